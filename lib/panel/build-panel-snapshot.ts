import { listAddedEvidence } from '../db/added-evidence';
import type { HireProofDb } from '../db/database';
import type { TabState } from '../messaging';
import type { PanelSnapshot } from './protocol';

/** What the panel shows for a tab, read from the database. Rebuilt whenever the candidate's data changes (lib/db/changes.ts). */
export async function buildPanelSnapshot(db: HireProofDb, tabState: TabState | undefined): Promise<PanelSnapshot> {
  if (!tabState) return { state: 'loading', notes: [] };
  if (tabState.status !== 'ready' || !tabState.candidateId) {
    return { state: 'no-candidate', error: tabState.error, notes: [] };
  }
  const candidateId = tabState.candidateId;
  const [candidate, assessment, notes, observations, addedEvidence] = await Promise.all([
    db.candidates.get(candidateId),
    db.assessments.get(candidateId),
    db.notes.where('candidateId').equals(candidateId).sortBy('createdAt'),
    db.observations.where('candidateId').equals(candidateId).toArray(),
    listAddedEvidence(db, candidateId),
  ]);
  if (!candidate) return { state: 'no-candidate', notes: [] };
  observations.sort((a, b) => b.observedAt - a.observedAt);
  const latest = observations[0]?.observation;
  return {
    state: 'ready',
    candidate: {
      id: candidate.id,
      displayName: candidate.displayName,
      otherNames: candidate.names.filter((n) => n !== candidate.displayName),
      headline: latest?.headline,
      location: latest?.location?.raw,
      sightings: observations.map((o) => ({ source: o.observation.source, pageUrl: o.observation.pageUrl, observedAt: o.firstSeenAt })),
      flaggedForReview: candidate.flaggedForReview === 1,
    },
    assessment,
    // Newest note first.
    notes: notes.reverse().map(({ id, text, createdAt }) => ({ id, text, createdAt })),
    addedEvidence,
  };
}

import { listAddedEvidence } from '../db/added-evidence';
import type { HireProofDb } from '../db/database';
import { decisionsOf } from '../db/decisions';
import type { DecisionRecord } from '../db/review-records';
import type { TabState } from '../messaging';
import { currentDecision } from '../review/decision-history';
import type { PanelSnapshot } from './protocol';

/** What the panel shows for a tab, read from the database. Rebuilt whenever the candidate's data changes (lib/db/changes.ts). */
export async function buildPanelSnapshot(db: HireProofDb, tabState: TabState | undefined): Promise<PanelSnapshot> {
  if (!tabState) return { state: 'loading', notes: [] };
  if (tabState.status !== 'ready' || !tabState.candidateId) {
    return { state: 'no-candidate', error: tabState.error, notes: [] };
  }
  const candidateId = tabState.candidateId;
  const [candidate, assessment, notes, observations, addedEvidence, decisions] = await Promise.all([
    db.candidates.get(candidateId),
    db.assessments.get(candidateId),
    db.notes.where('candidateId').equals(candidateId).sortBy('createdAt'),
    db.observations.where('candidateId').equals(candidateId).toArray(),
    listAddedEvidence(db, candidateId),
    decisionsOf(db, candidateId),
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
      ...decisionSnapshot(currentDecision(decisions)),
    },
    assessment,
    // Newest note first.
    notes: notes.reverse().map(({ id, text, createdAt }) => ({ id, text, createdAt })),
    addedEvidence,
  };
}

/** Only the state and its date reach the panel: the reviewer's reason stays on the case page. */
function decisionSnapshot(decision: DecisionRecord | undefined): { decision?: { state: Exclude<DecisionRecord['state'], 'reversed'>; at: number } } {
  return decision === undefined || decision.state === 'reversed' ? {} : { decision: { state: decision.state, at: decision.at } };
}

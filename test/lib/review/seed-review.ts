import type { HireProofDb } from '../../../lib/db/database';
import type { CandidateRecord } from '../../../lib/db/records';
import type { Assessment, SignalResult } from '../../../lib/risk/assessment';

/** Stores candidates (and their assessments and sightings) the way the background would have. */
export async function seedCandidate(
  db: HireProofDb,
  c: Partial<CandidateRecord> & { id: string; band?: Assessment['band']; score?: number; hits?: string[]; sources?: string[] },
): Promise<void> {
  const names = c.names ?? [c.displayName ?? c.id];
  await db.candidates.add({
    id: c.id,
    displayName: c.displayName ?? names[0] ?? c.id,
    names,
    identityKeys: c.identityKeys ?? [],
    falsePositiveSignalIds: c.falsePositiveSignalIds ?? [],
    flaggedForReview: c.flaggedForReview ?? 0,
    ...(c.flagReason === undefined ? {} : { flagReason: c.flagReason }),
    createdAt: c.createdAt ?? 1,
    updatedAt: c.updatedAt ?? 1,
  });
  if (c.band !== undefined) {
    const results: SignalResult[] = (c.hits ?? []).map((signalId) => ({
      signalId, title: `Title of ${signalId}`, severity: 'high', weight: 0.5, status: 'hit', evidence: [], falsePositive: false, contribution: 30,
    }));
    await db.assessments.add({ candidateId: c.id, assessedAt: 1, score: c.score ?? 0, band: c.band, results, explanation: [] });
  }
  for (const source of c.sources ?? []) {
    await db.observations.add({
      id: `${source}|${c.id}`,
      candidateId: c.id,
      observation: { source, pageUrl: `https://example.com/${source}/${c.id}`, observedAt: 1, names, emails: [], phones: [], links: [], employment: [], education: [], skills: [] },
      firstSeenAt: 1,
      observedAt: 1,
    });
  }
}

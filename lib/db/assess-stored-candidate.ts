import { buildCandidateView } from '../candidate/build-candidate-view';
import { identityKeys } from '../candidate/identity-keys';
import { isDisposableEmailDomain } from '../candidate/disposable-domains';
import { assessCandidate } from '../risk/score';
import type { Assessment } from '../risk/assessment';
import type { PhotoMatch, ReuseMatch, SummaryMatch } from '../signals/define-signal';
import type { HireProofDb } from './database';
import { recordAssessmentHistory } from './assessment-history';
import { findReuse } from './find-reuse';
import { networkAndPolicy } from './network-and-policy';
import { similarityContext } from './similarity-context';

/** The tables assessStoredCandidate reads and writes; a transaction calling it must cover them. */
export const assessmentTables = (db: HireProofDb) => [
  db.candidates,
  db.observations,
  db.addedEvidence,
  db.livenessSummaries,
  db.identityKeys,
  db.summaryFingerprints,
  db.summaryBands,
  db.photoHashes,
  db.photoBlocks,
  db.assessments,
  db.assessmentHistory,
];

/**
 * Recomputes and stores a candidate's assessment from what the database holds: its observations,
 * the identity keys other candidates share with it, near-duplicates of its summaries and photos,
 * and the recruiter's false-positive marks.
 * Call inside a transaction covering `assessmentTables(db)`.
 */
export async function assessStoredCandidate(
  db: HireProofDb,
  candidateId: string,
  now: number,
): Promise<{ assessment: Assessment; reuse: ReuseMatch[]; similar: { summaries: SummaryMatch[]; photos: PhotoMatch[] } }> {
  const candidate = await db.candidates.get(candidateId);
  if (!candidate) throw new Error(`No candidate ${candidateId}`);
  const records = await db.observations.where('candidateId').equals(candidateId).toArray();
  // Newest first: the latest page decides scalar fields and the health shown.
  records.sort((a, b) => b.observedAt - a.observedAt);
  const added = await db.addedEvidence.where('candidateId').equals(candidateId).toArray();
  const liveness = await db.livenessSummaries.where('candidateId').equals(candidateId).toArray();
  const view = buildCandidateView(
    candidateId,
    records.map((r) => r.observation),
    added.map((a) => a.evidence),
    liveness.map((l) => l.summary),
  );
  const [reuse, similar] = await Promise.all([
    findReuse(db, { candidateId, names: view.names, keys: identityKeys(view) }),
    Promise.all([
      db.summaryFingerprints.where('candidateId').equals(candidateId).toArray(),
      db.photoHashes.where('candidateId').equals(candidateId).toArray(),
    ]).then(([summaries, photos]) => similarityContext(db, { candidateId, names: view.names, summaries, photos })),
  ]);
  const applies = networkAndPolicy(view, now, similar.photoHashes);
  const assessment = assessCandidate({
    view,
    ctx: { now, reuse, isDisposableEmailDomain, summaryReuse: similar.summaryReuse, photoReuse: similar.photoReuse, ...applies.ctx },
    falsePositiveSignalIds: new Set(candidate.falsePositiveSignalIds),
    health: records[0]?.health,
    policy: applies.policy,
  });
  await db.assessments.put(assessment);
  // The case page shows how the score got here: a row whenever what a reviewer sees changed.
  await recordAssessmentHistory(db, assessment);
  return { assessment, reuse, similar: { summaries: similar.summaryReuse.matches, photos: similar.photoReuse.matches } };
}

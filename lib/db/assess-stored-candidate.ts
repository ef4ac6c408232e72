import { buildCandidateView } from '../candidate/build-candidate-view';
import { identityKeys } from '../candidate/identity-keys';
import { isDisposableEmailDomain } from '../candidate/disposable-domains';
import { listContext } from '../lists/active-lists';
import { assessCandidate } from '../risk/score';
import type { Assessment } from '../risk/assessment';
import type { ReuseMatch } from '../signals/define-signal';
import type { HireProofDb } from './database';
import { findReuse } from './find-reuse';

/**
 * Recomputes and stores a candidate's assessment from what the database holds: its observations,
 * the identity keys other candidates share with it, and the recruiter's false-positive marks.
 * Call inside a transaction covering candidates, observations, identityKeys and assessments.
 */
export async function assessStoredCandidate(
  db: HireProofDb,
  candidateId: string,
  now: number,
): Promise<{ assessment: Assessment; reuse: ReuseMatch[] }> {
  const candidate = await db.candidates.get(candidateId);
  if (!candidate) throw new Error(`No candidate ${candidateId}`);
  const records = await db.observations.where('candidateId').equals(candidateId).toArray();
  // Newest first: the latest page decides scalar fields and the health shown.
  records.sort((a, b) => b.observedAt - a.observedAt);
  const view = buildCandidateView(
    candidateId,
    records.map((r) => r.observation),
  );
  const reuse = await findReuse(db, { candidateId, names: view.names, keys: identityKeys(view) });
  const assessment = assessCandidate({
    view,
    ctx: { now, reuse, isDisposableEmailDomain, lists: listContext(view) },
    falsePositiveSignalIds: new Set(candidate.falsePositiveSignalIds),
    health: records[0]?.health,
  });
  await db.assessments.put(assessment);
  return { assessment, reuse };
}

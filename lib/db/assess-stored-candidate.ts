import { buildCandidateView } from '../candidate/build-candidate-view';
import { identityKeys } from '../candidate/identity-keys';
import { isDisposableEmailDomain } from '../candidate/disposable-domains';
import { appliedFilters, listContext, listWeights } from '../lists/active-lists';
import { ipFactsFor } from '../network/active-ip-geo';
import { claimedZones } from '../network/claimed-zones';
import { buildRiskPolicy } from '../risk/risk-policy';
import { activeSettings } from '../settings/active-settings';
import { assessCandidate } from '../risk/score';
import type { Assessment } from '../risk/assessment';
import type { ReuseMatch } from '../signals/define-signal';
import type { HireProofDb } from './database';
import { findReuse } from './find-reuse';

/** The tables assessStoredCandidate reads and writes; a transaction calling it must cover them. */
export const assessmentTables = (db: HireProofDb) => [db.candidates, db.observations, db.addedEvidence, db.livenessSummaries, db.identityKeys, db.assessments];

/**
 * Recomputes and stores a candidate's assessment from what the database holds: its observations,
 * the identity keys other candidates share with it, and the recruiter's false-positive marks.
 * Call inside a transaction covering `assessmentTables(db)`.
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
  const added = await db.addedEvidence.where('candidateId').equals(candidateId).toArray();
  const liveness = await db.livenessSummaries.where('candidateId').equals(candidateId).toArray();
  const view = buildCandidateView(
    candidateId,
    records.map((r) => r.observation),
    added.map((a) => a.evidence),
    liveness.map((l) => l.summary),
  );
  const reuse = await findReuse(db, { candidateId, names: view.names, keys: identityKeys(view) });
  const ipFacts = view.ipAddresses.length === 0 ? [] : ipFactsFor(view);
  const zones = view.utcOffsets.length === 0 ? undefined : claimedZones(view.location, now);
  const assessment = assessCandidate({
    view,
    ctx: {
      now,
      reuse,
      isDisposableEmailDomain,
      lists: listContext(view, ipFacts),
      ...(ipFacts === undefined ? {} : { ipFacts }),
      ...(zones === undefined ? {} : { claimedZones: zones }),
    },
    falsePositiveSignalIds: new Set(candidate.falsePositiveSignalIds),
    health: records[0]?.health,
    policy: buildRiskPolicy(activeSettings(), listWeights(), appliedFilters(view, ipFacts)),
  });
  await db.assessments.put(assessment);
  return { assessment, reuse };
}

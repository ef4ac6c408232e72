import { buildCandidateView } from '../candidate/build-candidate-view';
import type { CandidateObservation } from '../candidate/observation';
import { identityKeys, identityKeyString } from '../candidate/identity-keys';
import type { AddedEvidenceRecord, LivenessRecord, ObservationRecord } from './records';

/**
 * The key strings a set of sightings gives a candidate, derived the way recordObservation derives
 * them: the identity keys of the sightings' combined view (a phone written without a country code
 * is read in a location another page claimed, so keys come from the view, not page by page), plus
 * each page's site key.
 */
export function sightingKeys(
  candidateId: string,
  records: readonly ObservationRecord[],
  extra: { added?: readonly AddedEvidenceRecord[]; liveness?: readonly LivenessRecord[] } = {},
): Set<string> {
  const view = buildCandidateView(
    candidateId,
    records.map((r) => r.observation),
    (extra.added ?? []).map((a) => a.evidence),
    (extra.liveness ?? []).map((l) => l.summary),
  );
  const keys = new Set(identityKeys(view).map(identityKeyString));
  for (const r of records) {
    const site = siteKey(r.observation);
    if (site !== undefined) keys.add(site);
  }
  return keys;
}

/**
 * The site's own id for the person (`site:<source>:<id>`), the strongest key: the same profile is the
 * same candidate. lib/db/record-observation.ts keys pages with it too.
 */
export function siteKey(observation: CandidateObservation): string | undefined {
  const id = observation.siteCandidateId?.trim().toLowerCase();
  return id ? `site:${observation.source}:${id}` : undefined;
}

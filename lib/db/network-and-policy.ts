import type { CandidateView } from '../candidate/candidate-view';
import { appliedFilters, listContext, listWeights } from '../lists/active-lists';
import { ipFactsFor } from '../network/active-ip-geo';
import { claimedZones } from '../network/claimed-zones';
import { buildRiskPolicy } from '../risk/risk-policy';
import { activeSettings } from '../settings/active-settings';

/**
 * What every assessment of a stored candidate needs besides the candidate: the IP database's facts
 * for their addresses, the time zones their claimed location allows (only when something has a clock
 * or a send time to compare), the enabled lists, and the policy in force (turned-off checks, weights,
 * list filters). One function for both writers (recordObservation, assessStoredCandidate), so a page
 * being read and a re-check never disagree about what applies.
 */
export function networkAndPolicy(view: CandidateView, now: number, photoHashes: readonly string[]) {
  const ipFacts = view.ipAddresses.length === 0 ? [] : ipFactsFor(view);
  const zones = view.utcOffsets.length === 0 && view.messageTimes.length === 0 ? undefined : claimedZones(view.location, now);
  return {
    ctx: {
      lists: listContext(view, ipFacts, photoHashes),
      // Undefined while the IP database is not loaded: the IP checks then say so instead of "clean".
      ...(ipFacts === undefined ? {} : { ipFacts }),
      ...(zones === undefined ? {} : { claimedZones: zones }),
    },
    policy: buildRiskPolicy(activeSettings(), listWeights(), appliedFilters(view, ipFacts, photoHashes)),
  };
}

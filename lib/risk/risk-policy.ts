import type { AppliedFilter, ListWeight } from '../lists/active-lists';
import type { EffectiveSettings } from '../settings/effective-settings';

/**
 * What the organisation decided about the checks, for one candidate: signals turned off, weights
 * replaced, and signals a list's filter suppresses for this candidate. Each carries the sentence the
 * panel shows, so a recruiter always sees who changed a check and why.
 */
export interface RiskPolicy {
  /** Signal id -> why it was not run. */
  skipped: ReadonlyMap<string, string>;
  /** Signal id -> replacement weight and who set it. */
  weights: ReadonlyMap<string, { weight: number; setBy: string }>;
}

export const NO_POLICY: RiskPolicy = { skipped: new Map(), weights: new Map() };

/**
 * Settings win over lists: the options page (or the policy behind it) is the organisation speaking
 * for this browser, while a list is one source among several. Turning a signal off wins over a
 * filter, which wins over nothing.
 */
export function buildRiskPolicy(settings: EffectiveSettings | undefined, listWeights: readonly ListWeight[], filters: readonly AppliedFilter[]): RiskPolicy {
  const skipped = new Map<string, string>();
  const weights = new Map<string, { weight: number; setBy: string }>();
  for (const f of filters) {
    if (!skipped.has(f.signalId)) skipped.set(f.signalId, `Not applied to this applicant by the list "${f.listTitle}": ${f.reason}`);
  }
  for (const w of listWeights) weights.set(w.signalId, { weight: w.weight, setBy: `the list "${w.listTitle}": ${w.reason}` });
  if (settings) {
    const who = (name: 'disabledSignals' | 'signalWeights') => (settings.locked.has(name) ? "your organisation's policy" : 'HireProof options');
    for (const id of settings.settings.disabledSignals) skipped.set(id, `Turned off by ${who('disabledSignals')}`);
    for (const [id, weight] of Object.entries(settings.settings.signalWeights)) weights.set(id, { weight, setBy: who('signalWeights') });
  }
  return { skipped, weights };
}

import { describe, expect, it } from 'vitest';
import type { CandidateView } from '../../../lib/candidate/candidate-view';
import { normalisePhone } from '../../../lib/candidate/normalise-phone';
import type { SignalOutcome } from '../../../lib/signals/define-signal';
import signal from '../../../lib/signals/phone-region-mismatch';
import { makeCtx, makeView } from './make-view';

const at = (country: string | undefined, ...raw: string[]) =>
  makeView({
    location: { raw: 'somewhere', ...(country === undefined ? {} : { country }) },
    phones: raw.map((r) => normalisePhone(r, country)),
  });

describe('phone-region-mismatch', () => {
  const cases: Array<[string, CandidateView, SignalOutcome]> = [
    ['hit: Indian number, claims the US', at('US', '+91 98765 43210'), {
      status: 'hit',
      evidence: [{ messageId: 'mismatch', data: { phone: '+919876543210', phoneCountry: 'IN', claimedCountry: 'US' } }],
    }],
    ['hit: US number, claims Canada (same +1 plan, still reported)', at('CA', '+1 415 555 0134'), {
      status: 'hit',
      evidence: [{ messageId: 'mismatch', data: { phone: '+14155550134', phoneCountry: 'US', claimedCountry: 'CA' } }],
    }],
    ['miss: national number read in the claimed country', at('GB', '020 7946 0958'), { status: 'miss' }],
    ['miss: same country', at('DE', '+49 30 901820'), { status: 'miss' }],
    ['miss: UK mobile allocated to Guernsey range', at('GB', '+44 7911 123456'), { status: 'miss' }],
    ['skip: no claimed country', at(undefined, '+91 98765 43210'), { status: 'skip', reason: 'The claimed location has no known country' }],
    ['skip: no location at all', makeView({ phones: [normalisePhone('+91 98765 43210')] }),
      { status: 'skip', reason: 'The claimed location has no known country' }],
    ['skip: no phone with a country', at('US', 'ask me'), { status: 'skip', reason: 'No phone number with a known country' }],
  ];
  it.each(cases)('%s', (_label, view, expected) => {
    expect(signal.evaluate(view, makeCtx())).toEqual(expected);
  });
});

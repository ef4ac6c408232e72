import { describe, expect, it } from 'vitest';
import type { CandidateView } from '../../../lib/candidate/candidate-view';
import { normalisePhone } from '../../../lib/candidate/normalise-phone';
import type { SignalOutcome } from '../../../lib/signals/define-signal';
import signal from '../../../lib/signals/voip-phone';
import { makeCtx, makeView } from './make-view';

const phones = (...raw: string[]) => makeView({ phones: raw.map((r) => normalisePhone(r)) });

describe('voip-phone', () => {
  const cases: Array<[string, CandidateView, SignalOutcome]> = [
    ['hit on a UK VoIP range', phones('+44 7911 123456', '+44 56 1234 5678'), {
      status: 'hit',
      evidence: [{ messageId: 'voip', data: { phone: '+445612345678', country: 'GB' } }],
    }],
    ['hit on a Dutch VoIP range', phones('+31 85 123 4567'), {
      status: 'hit',
      evidence: [{ messageId: 'voip', data: { phone: '+31851234567', country: 'NL' } }],
    }],
    ['miss on a mobile number', phones('+91 98765 43210'), { status: 'miss' }],
    // The library cannot tell US VoIP apart: this is a documented blind spot, not a clean result.
    ['miss on a US number (FIXED_LINE_OR_MOBILE)', phones('+1 415 555 0134'), { status: 'miss' }],
    ['skip without phones', makeView(), { status: 'skip', reason: 'No phone number on the profile' }],
    ['skip when no number can be classified', phones('ask me', '12'), { status: 'skip', reason: 'No phone number could be classified' }],
  ];
  it.each(cases)('%s', (_label, view, expected) => {
    expect(signal.evaluate(view, makeCtx())).toEqual(expected);
  });
});

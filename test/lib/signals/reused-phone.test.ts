import { describe, expect, it } from 'vitest';
import type { CandidateView } from '../../../lib/candidate/candidate-view';
import type { SignalContext, SignalOutcome } from '../../../lib/signals/define-signal';
import signal from '../../../lib/signals/reused-phone';
import { makeCtx, makeMatch, makeView } from './make-view';

const phone = { raw: '+1 415 555 0134', e164: '+14155550134', country: 'US', type: 'FIXED_LINE_OR_MOBILE' };
const match = makeMatch({ keyKind: 'phone', keyValue: '+14155550134' });

describe('reused-phone', () => {
  const cases: Array<[string, CandidateView, SignalContext, SignalOutcome]> = [
    ['hit when another applicant has the number', makeView({ phones: [phone] }), makeCtx({ reuse: [match] }), {
      status: 'hit',
      evidence: [{
        messageId: 'reused',
        data: {
          keyValue: '+14155550134', otherName: 'Sam Okafor', otherSource: 'greenhouse',
          otherPageUrl: 'https://boards.greenhouse.io/acme/applications/42', otherSeenAt: '2026-11-20',
        },
      }],
    }],
    ['miss when nobody else has it', makeView({ phones: [phone] }), makeCtx(), { status: 'miss' }],
    ['miss when only other kinds are reused', makeView({ phones: [phone] }),
      makeCtx({ reuse: [makeMatch({ keyKind: 'email', keyValue: 'a@b.co' })] }), { status: 'miss' }],
    ['skip without phones', makeView(), makeCtx({ reuse: [match] }),
      { status: 'skip', reason: 'No phone number that could be read in international form' }],
    ['skip when no phone parses', makeView({ phones: [{ raw: 'ask me' }] }), makeCtx(),
      { status: 'skip', reason: 'No phone number that could be read in international form' }],
  ];
  it.each(cases)('%s', (_label, view, ctx, expected) => {
    expect(signal.evaluate(view, ctx)).toEqual(expected);
  });

  it('lists the earliest ten matches and counts the rest', () => {
    const reuse = Array.from({ length: 13 }, (_, i) =>
      makeMatch({ keyKind: 'phone', keyValue: '+14155550134', otherCandidateId: `c-${i}`, otherSeenAt: Date.UTC(2026, 0, 13 - i) }),
    );
    const outcome = signal.evaluate(makeView({ phones: [phone] }), makeCtx({ reuse }));
    expect(outcome.status === 'hit' && outcome.evidence.map((e) => e.data['otherSeenAt'] ?? e.data['count'])).toEqual([
      '2026-01-01', '2026-01-02', '2026-01-03', '2026-01-04', '2026-01-05', '2026-01-06', '2026-01-07',
      '2026-01-08', '2026-01-09', '2026-01-10', 3,
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import type { CandidateView } from '../../../lib/candidate/candidate-view';
import type { SignalContext, SignalOutcome } from '../../../lib/signals/define-signal';
import signal from '../../../lib/signals/reused-email';
import { makeCtx, makeMatch, makeView } from './make-view';

const email = { raw: 'Jordan.Ellis@gmail.com', folded: 'jordanellis@gmail.com', domain: 'gmail.com' };
const match = makeMatch({ keyKind: 'email', keyValue: 'jordanellis@gmail.com', otherSource: 'lever' });

describe('reused-email', () => {
  const cases: Array<[string, CandidateView, SignalContext, SignalOutcome]> = [
    ['hit when another applicant has the address', makeView({ emails: [email] }), makeCtx({ reuse: [match] }), {
      status: 'hit',
      evidence: [{
        messageId: 'reused',
        data: {
          keyValue: 'jordanellis@gmail.com', otherName: 'Sam Okafor', otherSource: 'lever',
          otherPageUrl: 'https://boards.greenhouse.io/acme/applications/42', otherSeenAt: '2026-11-20',
        },
      }],
    }],
    ['miss when nobody else has it', makeView({ emails: [email] }), makeCtx(), { status: 'miss' }],
    ['miss when only a phone is reused', makeView({ emails: [email] }),
      makeCtx({ reuse: [makeMatch({ keyKind: 'phone', keyValue: '+14155550134' })] }), { status: 'miss' }],
    ['skip without e-mails', makeView(), makeCtx({ reuse: [match] }), { status: 'skip', reason: 'No e-mail address on the profile' }],
  ];
  it.each(cases)('%s', (_label, view, ctx, expected) => {
    expect(signal.evaluate(view, ctx)).toEqual(expected);
  });
});

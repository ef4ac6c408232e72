import { describe, expect, it } from 'vitest';
import { isDisposableEmailDomain } from '../../../lib/candidate/disposable-domains';
import type { CandidateView, NormalisedEmail } from '../../../lib/candidate/candidate-view';
import type { SignalContext, SignalOutcome } from '../../../lib/signals/define-signal';
import signal from '../../../lib/signals/disposable-email';
import { makeCtx, makeView } from './make-view';

const gmail: NormalisedEmail = { raw: 'jordan@gmail.com', folded: 'jordan@gmail.com', domain: 'gmail.com' };
const throwaway: NormalisedEmail = { raw: 'J.Ellis@Mailinator.com', folded: 'j.ellis@mailinator.com', domain: 'mailinator.com' };
const ctx = makeCtx({ isDisposableEmailDomain });

describe('disposable-email', () => {
  const cases: Array<[string, CandidateView, SignalContext, SignalOutcome]> = [
    ['hit on a disposable domain', makeView({ emails: [gmail, throwaway] }), ctx, {
      status: 'hit',
      evidence: [{ messageId: 'disposable', data: { email: 'J.Ellis@Mailinator.com', domain: 'mailinator.com' } }],
    }],
    ['uses the lookup from the context', makeView({ emails: [gmail] }), makeCtx({ isDisposableEmailDomain: (d) => d === 'gmail.com' }), {
      status: 'hit',
      evidence: [{ messageId: 'disposable', data: { email: 'jordan@gmail.com', domain: 'gmail.com' } }],
    }],
    ['miss on ordinary providers', makeView({ emails: [gmail] }), ctx, { status: 'miss' }],
    ['skip without e-mails', makeView(), ctx, { status: 'skip', reason: 'No e-mail address on the profile' }],
  ];
  it.each(cases)('%s', (_label, view, context, expected) => {
    expect(signal.evaluate(view, context)).toEqual(expected);
  });
});

import { describe, expect, it } from 'vitest';
import type { LivenessSummary } from '../../../lib/liveness/liveness-summary';
import type { SignalOutcome } from '../../../lib/signals/define-signal';
import signal from '../../../lib/signals/liveness-face-inconsistent';
import { SHARED_SKIPS } from './liveness-signals.cases';
import { INTERVIEW, makeLiveness } from './make-liveness';
import { makeCtx, makeView } from './make-view';

describe('liveness-face-inconsistent', () => {
  it.each<[string, LivenessSummary[], SignalOutcome]>([
    ...SHARED_SKIPS,
    ['skip: too little video', [makeLiveness({ identityDrift: undefined, multipleFaces: undefined })], { status: 'skip', reason: 'Too little video was analysed to tell' }],
    ['miss: one steady face', [makeLiveness()], { status: 'miss' }],
    ['hit: drift and a second face', [makeLiveness({ identityDrift: true, multipleFaces: true })], {
      status: 'hit',
      evidence: [
        { messageId: 'drift', data: { interview: INTERVIEW } },
        { messageId: 'several', data: { interview: INTERVIEW } },
      ],
    }],
  ])('%s', (_name, liveness, expected) => {
    expect(signal.evaluate(makeView({ liveness }), makeCtx())).toEqual(expected);
  });
});

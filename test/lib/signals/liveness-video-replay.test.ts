import { describe, expect, it } from 'vitest';
import type { LivenessSummary } from '../../../lib/liveness/liveness-summary';
import type { SignalOutcome } from '../../../lib/signals/define-signal';
import signal from '../../../lib/signals/liveness-video-replay';
import { SHARED_SKIPS } from './liveness-signals.cases';
import { INTERVIEW, makeLiveness } from './make-liveness';
import { makeCtx, makeView } from './make-view';

describe('liveness-video-replay', () => {
  it.each<[string, LivenessSummary[], SignalOutcome]>([
    ...SHARED_SKIPS,
    ['skip: too little video', [makeLiveness({ frozenOrLooping: undefined })], { status: 'skip', reason: 'Too little video was analysed to tell' }],
    ['miss: live video', [makeLiveness()], { status: 'miss' }],
    ['hit: frozen', [makeLiveness({ frozenOrLooping: 'frozen' })], { status: 'hit', evidence: [{ messageId: 'replay', data: { kind: 'frozen', interview: INTERVIEW } }] }],
    ['hit: looping, next to a clean interview', [makeLiveness(), makeLiveness({ frozenOrLooping: 'looping' })], {
      status: 'hit',
      evidence: [{ messageId: 'replay', data: { kind: 'repeating', interview: INTERVIEW } }],
    }],
  ])('%s', (_name, liveness, expected) => {
    expect(signal.evaluate(makeView({ liveness }), makeCtx())).toEqual(expected);
  });
});

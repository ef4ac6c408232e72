import { describe, expect, it } from 'vitest';
import type { LivenessSummary } from '../../../lib/liveness/liveness-summary';
import type { SignalOutcome } from '../../../lib/signals/define-signal';
import signal from '../../../lib/signals/liveness-face-absent';
import { SHARED_SKIPS } from './liveness-signals.cases';
import { INTERVIEW, makeLiveness } from './make-liveness';
import { makeCtx, makeView } from './make-view';

describe('liveness-face-absent', () => {
  it.each<[string, LivenessSummary[], SignalOutcome]>([
    ...SHARED_SKIPS,
    ['skip: nothing measured', [makeLiveness({ faceFoundShare: undefined })], { status: 'skip', reason: 'Too little video was analysed to tell' }],
    ['miss: exactly half is not mostly absent', [makeLiveness({ faceFoundShare: 0.5 })], { status: 'miss' }],
    ['hit: face in 12% of the video', [makeLiveness({ faceFoundShare: 0.12 })], { status: 'hit', evidence: [{ messageId: 'absent', data: { share: '12%', interview: INTERVIEW } }] }],
  ])('%s', (_name, liveness, expected) => {
    expect(signal.evaluate(makeView({ liveness }), makeCtx())).toEqual(expected);
  });
});

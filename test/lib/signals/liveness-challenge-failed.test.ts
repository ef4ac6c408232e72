import { describe, expect, it } from 'vitest';
import type { ChallengeSummary, LivenessSummary } from '../../../lib/liveness/liveness-summary';
import type { SignalOutcome } from '../../../lib/signals/define-signal';
import signal from '../../../lib/signals/liveness-challenge-failed';
import { SHARED_SKIPS } from './liveness-signals.cases';
import { INTERVIEW, makeLiveness } from './make-liveness';
import { makeCtx, makeView } from './make-view';

const challenge = (kind: ChallengeSummary['kind'], outcome: ChallengeSummary['outcome'], reason = 'r'): ChallengeSummary => ({ kind, outcome, reason, at: 1 });

describe('liveness-challenge-failed', () => {
  it.each<[string, LivenessSummary[], SignalOutcome]>([
    ...SHARED_SKIPS,
    ['skip: no challenge run', [makeLiveness()], { status: 'skip', reason: 'No guided challenge was run' }],
    ['skip: only inconclusive', [makeLiveness({ challenges: [challenge('turn-head', 'inconclusive')] })], { status: 'skip', reason: 'Every guided challenge was inconclusive' }],
    ['miss: passed, with an inconclusive one', [makeLiveness({ challenges: [challenge('turn-head', 'pass'), challenge('hand-across-face', 'inconclusive')] })], { status: 'miss' }],
    ['hit: the turn reached only 18 degrees', [makeLiveness({ challenges: [challenge('turn-head', 'pass'), challenge('turn-head', 'fail', 'the head turned 18°, short of the 45° asked for')] })], {
      status: 'hit',
      evidence: [{ messageId: 'failed', data: { challenge: 'turn the head to the side', interview: INTERVIEW, reason: 'the head turned 18°, short of the 45° asked for' } }],
    }],
  ])('%s', (_name, liveness, expected) => {
    expect(signal.evaluate(makeView({ liveness }), makeCtx())).toEqual(expected);
  });
});

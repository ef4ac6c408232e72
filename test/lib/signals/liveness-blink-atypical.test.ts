import { describe, expect, it } from 'vitest';
import type { LivenessSummary } from '../../../lib/liveness/liveness-summary';
import type { SignalOutcome } from '../../../lib/signals/define-signal';
import signal from '../../../lib/signals/liveness-blink-atypical';
import { SHARED_SKIPS } from './liveness-signals.cases';
import { INTERVIEW, makeLiveness } from './make-liveness';
import { makeCtx, makeView } from './make-view';

describe('liveness-blink-atypical', () => {
  it.each<[string, LivenessSummary[], SignalOutcome]>([
    ...SHARED_SKIPS,
    ['skip: too short to judge', [makeLiveness({ blinkAssessment: 'too-short-to-judge' })], { status: 'skip', reason: 'The eyes were not visible long enough to judge' }],
    ['miss: within range', [makeLiveness()], { status: 'miss' }],
    ['hit: below range', [makeLiveness({ blinkAssessment: 'below-conversation-range', blinkRatePerMinute: 3.24 })], {
      status: 'hit',
      evidence: [{ messageId: 'atypical', data: { rate: '3.2', interview: INTERVIEW, direction: 'below' } }],
    }],
    ['hit: above range', [makeLiveness({ blinkAssessment: 'above-conversation-range', blinkRatePerMinute: 40 })], {
      status: 'hit',
      evidence: [{ messageId: 'atypical', data: { rate: '40.0', interview: INTERVIEW, direction: 'above' } }],
    }],
  ])('%s', (_name, liveness, expected) => {
    expect(signal.evaluate(makeView({ liveness }), makeCtx())).toEqual(expected);
  });

  it('weighs little: it can reflect a disability', () => {
    expect(signal.meta.weight).toBeLessThanOrEqual(0.05);
  });
});

import { describe, expect, it } from 'vitest';
import { createTimestampGuard } from '../../../../lib/vision/worker/timestamp-guard';

describe('createTimestampGuard', () => {
  it.each<[string, number[], (number | undefined)[]]>([
    ['rising timestamps, as times since the first', [1000, 1033, 1066], [0, 33, 66]],
    ['a repeated timestamp', [0, 0, 33], [0, undefined, 33]],
    ['a timestamp going back, then one after the last admitted', [100, 50, 101], [0, undefined, 1]],
    ['a step under 1 ms', [10, 10.5, 11], [0, undefined, 1]],
    ['fractional steps of at least 1 ms', [0.25, 16.92, 33.58], [0, 16.67, 33.33]],
    ['not a number, then a real time', [NaN, 5, Infinity, 7], [undefined, 0, undefined, 2]],
    ['a negative start', [-50, -10], [0, 40]],
  ])('%s: %j -> %j', (_, timestamps, expected) => {
    const guard = createTimestampGuard();
    const admitted = timestamps.map((t) => guard.admit(t));
    expect(admitted.map((t) => (t === undefined ? t : Math.round(t * 100) / 100))).toEqual(expected);
  });
});

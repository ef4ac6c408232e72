import { describe, expect, it } from 'vitest';
import { insufficientData, measured } from '../../../../lib/vision/cues/cue-result';

describe('cue results', () => {
  it.each<[string, unknown, unknown]>([
    ['insufficient data carries its reason', insufficientData('3 frames'), { status: 'insufficient-data', reason: '3 frames' }],
    ['a measurement carries its values', measured({ drift: 0.01, changed: false }), { status: 'measured', drift: 0.01, changed: false }],
  ])('%s', (_, result, expected) => {
    expect(result).toEqual(expected);
  });
});

import { describe, expect, it } from 'vitest';
import { median, quantile } from '../../../../lib/vision/cues/statistics';

describe('quantile', () => {
  it.each<[number[], number, number]>([
    [[3, 1, 2], 0.5, 2],
    [[4, 1, 3, 2], 0.5, 2.5],
    [[10, 20, 30, 40, 50], 0, 10],
    [[10, 20, 30, 40, 50], 1, 50],
    [[10, 20, 30, 40, 50], 0.9, 46],
    [[7], 0.3, 7],
    [[1, 2], 2, 2],
    [[1, 2], -1, 1],
  ])('of %j at %d is %d', (values, q, expected) => {
    expect(quantile(values, q)).toBeCloseTo(expected, 10);
  });

  it('is NaN for no values, and leaves its input in order', () => {
    const values = [3, 1, 2];
    expect(median(values)).toBe(2);
    expect(values).toEqual([3, 1, 2]);
    expect(median([])).toBeNaN();
  });
});

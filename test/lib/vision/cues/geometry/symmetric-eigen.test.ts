import { describe, expect, it } from 'vitest';
import { symmetricEigen } from '../../../../../lib/vision/cues/geometry/symmetric-eigen';

const times = (m: number[][], v: number[]) => m.map((row) => row.reduce((s, x, k) => s + x * (v[k] ?? 0), 0));

describe('symmetricEigen', () => {
  it.each<[string, number[][], number[]]>([
    ['diagonal', [[3, 0], [0, -1]], [-1, 3]],
    ['2 × 2', [[2, 1], [1, 2]], [1, 3]],
    ['3 × 3', [[2, -1, 0], [-1, 2, -1], [0, -1, 2]], [2 - Math.SQRT2, 2, 2 + Math.SQRT2]],
    ['4 × 4 with repeated values', [[1, 0, 0, 0], [0, 1, 0, 0], [0, 0, 5, 2], [0, 0, 2, 5]], [1, 1, 3, 7]],
  ])('%s: eigenvalues and A v = λ v', (_, matrix, expected) => {
    const { values, vectors } = symmetricEigen(matrix);
    expect([...values].sort((a, b) => a - b).map((v) => Number(v.toFixed(9)))).toEqual(expected.map((v) => Number(v.toFixed(9))));
    values.forEach((lambda, k) => {
      const v = vectors[k] ?? [];
      expect(Math.hypot(...v)).toBeCloseTo(1, 9);
      times(matrix, v).forEach((x, i) => expect(x).toBeCloseTo(lambda * (v[i] ?? NaN), 9));
    });
  });
});

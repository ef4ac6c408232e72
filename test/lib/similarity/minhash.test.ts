import { describe, expect, it } from 'vitest';
import { estimatedJaccard, MINHASH_SIZE, minhashSignature } from '../../../lib/similarity/minhash';

/** Two sets of `size` elements each sharing `shared` of them: Jaccard = shared / (2 size - shared). */
function pair(size: number, shared: number, offset: number): [Uint32Array, Uint32Array] {
  const a = Uint32Array.from({ length: size }, (_, i) => offset + i);
  const b = Uint32Array.from({ length: size }, (_, i) => (i < shared ? offset + i : offset + 1_000_000 + i));
  return [a, b];
}

describe('minhash', () => {
  it('signatures have 128 values; an empty set gives all ones', () => {
    expect(minhashSignature([1, 2, 3])).toHaveLength(MINHASH_SIZE);
    expect([...minhashSignature([])].every((v) => v === 0xffffffff)).toBe(true);
  });

  it('does not depend on the order or repetition of elements', () => {
    expect([...minhashSignature([5, 9, 1])]).toEqual([...minhashSignature([1, 1, 9, 5])]);
  });

  // Standard error sqrt(J(1-J)/128) is at most 0.045; 4 standard errors makes a flaky failure
  // (over 40 pairs per case) practically impossible while still catching a biased estimator.
  it.each<[string, number, number]>([
    ['identical', 200, 200],
    ['J = 0.8', 200, 178],
    ['J = 0.6', 200, 150],
    ['J = 0.3', 200, 92],
    ['disjoint', 200, 0],
  ])('estimates Jaccard without bias: %s', (_label, size, shared) => {
    const truth = shared / (2 * size - shared);
    const estimates = Array.from({ length: 40 }, (_, k) => {
      const [a, b] = pair(size, shared, k * 10_000_000);
      return estimatedJaccard(minhashSignature(a), minhashSignature(b));
    });
    for (const e of estimates) expect(Math.abs(e - truth)).toBeLessThanOrEqual(4 * 0.045);
    const mean = estimates.reduce((s, e) => s + e, 0) / estimates.length;
    expect(Math.abs(mean - truth)).toBeLessThan(0.03);
  });

  it.each<[string, number[], number[], number]>([
    ['equal', [1, 2, 3], [1, 2, 3], 1],
    ['half', [1, 2, 3, 4], [1, 2, 9, 9], 0.5],
    ['none', [1, 2], [3, 4], 0],
    ['empty', [], [], 0],
  ])('estimatedJaccard of signatures: %s', (_label, a, b, share) => {
    expect(estimatedJaccard(a, b)).toBe(share);
  });
});

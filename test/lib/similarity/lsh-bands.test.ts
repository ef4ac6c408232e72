import { describe, expect, it } from 'vitest';
import { LSH_BANDS, LSH_ROWS, lshBands } from '../../../lib/similarity/lsh-bands';
import { minhashSignature } from '../../../lib/similarity/minhash';

const sharesBand = (a: string[], b: string[]) => a.some((band) => b.includes(band));

describe('lshBands', () => {
  it('cuts the first 64 values into 16 bands of 4, keyed <band>:<8 hex digits>', () => {
    expect([LSH_BANDS, LSH_ROWS]).toEqual([16, 4]);
    const bands = lshBands(minhashSignature([1, 2, 3]));
    expect(bands).toHaveLength(16);
    bands.forEach((key, i) => expect(key).toMatch(new RegExp(`^${i}:[0-9a-f]{8}$`)));
  });

  it('one changed value changes exactly its own band; values past the bands change none', () => {
    const signature = minhashSignature([1, 2, 3]);
    const changed = signature.slice();
    changed[4 * 7 + 2] = 12345;
    const before = lshBands(signature);
    const after = lshBands(changed);
    expect(before.filter((key, i) => key !== after[i])).toEqual([before[7]]);
    changed[100] = 54321;
    expect(lshBands(changed)).toEqual(after);
  });

  it('the same values in different bands give different keys', () => {
    const flat = new Uint32Array(128).fill(7);
    expect(new Set(lshBands(flat)).size).toBe(16);
  });

  // Sets of 300 elements with a given Jaccard similarity, 200 pairs each: how often they share a
  // band, against 1 - (1 - s^4)^16 (0.9998 at 0.8, 0.99 at 0.7, 0.89 at 0.6, 0.12 at 0.3, 0.002 at 0.1).
  it.each<[number, number, number]>([
    [0.8, 0.98, 1],
    [0.7, 0.95, 1],
    [0.6, 0.8, 0.97],
    [0.3, 0.04, 0.22],
    [0.1, 0, 0.02],
  ])('at Jaccard %s texts share a band in %s..%s of pairs', (jaccard, low, high) => {
    const size = 300;
    const shared = Math.round((2 * size * jaccard) / (1 + jaccard));
    let candidates = 0;
    for (let k = 0; k < 200; k++) {
      const base = k * 10_000_000;
      const a = Uint32Array.from({ length: size }, (_, i) => base + i);
      const b = Uint32Array.from({ length: size }, (_, i) => (i < shared ? base + i : base + 5_000_000 + i));
      if (sharesBand(lshBands(minhashSignature(a)), lshBands(minhashSignature(b)))) candidates++;
    }
    expect(candidates / 200).toBeGreaterThanOrEqual(low);
    expect(candidates / 200).toBeLessThanOrEqual(high);
  });
});

import { describe, expect, it } from 'vitest';
import { hashString32, hex32, mix32 } from '../../../lib/similarity/hash32';

describe('hash32', () => {
  // Pinned: stored LSH band keys are made of these hashes, so a change would orphan every stored
  // summary fingerprint (lookups would silently stop finding them).
  it.each<[string, () => number, number]>([
    ['mix32(0)', () => mix32(0), 0],
    ['mix32(1)', () => mix32(1), 1364076727],
    ['mix32(0xffffffff)', () => mix32(0xffffffff), 2180083513],
    ['hashString32("")', () => hashString32(''), 2872998923],
    ['hashString32("a")', () => hashString32('a'), 444641715],
    ['hashString32("software engineer")', () => hashString32('software engineer'), 2287572723],
    ['hashString32("a", seed 1)', () => hashString32('a', 1), 3873127206],
  ])('%s', (_label, run, expected) => {
    expect(run()).toBe(expected);
  });

  it('returns unsigned 32-bit integers', () => {
    for (const text of ['', 'x', 'résumé', '名前', 'a'.repeat(1000)]) {
      const h = hashString32(text);
      expect(Number.isInteger(h) && h >= 0 && h <= 0xffffffff).toBe(true);
    }
  });

  it('spreads similar strings: each output bit is set for about half of 4,000 near-identical inputs', () => {
    const counts = new Array<number>(32).fill(0);
    const n = 4000;
    for (let i = 0; i < n; i++) {
      const h = hashString32(`shingle ${i}`);
      for (let b = 0; b < 32; b++) counts[b]! += (h >>> b) & 1;
    }
    for (const c of counts) expect(Math.abs(c / n - 0.5)).toBeLessThan(0.05);
  });

  it.each<[number, string]>([
    [0, '00000000'],
    [255, '000000ff'],
    [0xffffffff, 'ffffffff'],
    [-1, 'ffffffff'],
  ])('hex32(%i) = %s', (x, hex) => {
    expect(hex32(x)).toBe(hex);
  });
});

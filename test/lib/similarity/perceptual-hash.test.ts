import { describe, expect, it } from 'vitest';
import { hammingDistance } from '../../../lib/similarity/hamming-distance';
import { perceptualHash, THUMBNAIL_SIZE } from '../../../lib/similarity/perceptual-hash';
import { prng } from '../lists/indexes/random';

const N = THUMBNAIL_SIZE;
type Image = Float64Array;

/** A smooth synthetic "photo": a sum of random low-frequency waves around mid grey, seeded. */
function smooth(seed: number): Image {
  const rand = prng(seed);
  const waves = Array.from({ length: 12 }, () => ({ fx: rand() * 4, fy: rand() * 4, phase: rand() * 6.3, amp: 10 + rand() * 30 }));
  return Float64Array.from({ length: N * N }, (_, i) => {
    const x = i % N;
    const y = Math.floor(i / N);
    return 128 + waves.reduce((s, w) => s + w.amp * Math.sin((w.fx * x + w.fy * y) / 5 + w.phase), 0) / 4;
  });
}
const map = (image: Image, f: (v: number, x: number, y: number) => number): Image => image.map((v, i) => f(v, i % N, Math.floor(i / N)));
const ones = (hex: string) => [...hex].reduce((s, d) => s + (Number.parseInt(d, 16).toString(2).match(/1/g)?.length ?? 0), 0);
const photo = smooth(1);
const noise = prng(99);

describe('perceptualHash', () => {
  it('is 16 hex digits with 32 bits set (the median splits the 64 coefficients in half)', () => {
    const hash = perceptualHash(photo);
    expect(hash).toMatch(/^[0-9a-f]{16}$/);
    expect(ones(hash!)).toBe(32);
  });

  it.each<[string, (v: number, x: number, y: number) => number, number, number]>([
    ['brighter', (v) => v + 40, 0, 0],
    ['more contrast', (v) => 128 + (v - 128) * 1.8, 0, 0],
    ['darker, less contrast', (v) => 0.5 * v + 10, 0, 0],
    ['slight noise (±2 levels)', (v) => v + (noise() - 0.5) * 4, 0, 6],
    ['negative', (v) => 255 - v, 64, 64],
    ['a different image', (_v, x, y) => smooth(2)[y * N + x]!, 11, 64],
  ])('%s: distance within the expected range', (_label, edit, min, max) => {
    const d = hammingDistance(perceptualHash(photo)!, perceptualHash(map(photo, edit))!);
    expect(d).toBeGreaterThanOrEqual(min);
    expect(d).toBeLessThanOrEqual(max);
  });

  it('unrelated smooth images are far apart (40 pairs, none within 10 bits)', () => {
    for (let s = 10; s < 50; s++) expect(hammingDistance(perceptualHash(smooth(s))!, perceptualHash(smooth(s + 1000))!)).toBeGreaterThan(10);
  });

  it.each<[string, Image]>([
    ['one flat grey', new Float64Array(N * N).fill(128)],
    ['flat with rounding noise', Float64Array.from({ length: N * N }, (_, i) => 200 + (i % 3) * 1e-9)],
  ])('has no hash for an image without structure: %s', (_label, image) => {
    expect(perceptualHash(image)).toBeUndefined();
  });

  it('ignores the DC row and column: a horizontal-only gradient still hashes, from its few coefficients', () => {
    // Only u > 0, v = 0 coefficients are non-zero, and those are outside the 8 x 8 band used: flat.
    expect(perceptualHash(map(photo, (_v, x) => x * 8))).toBeUndefined();
  });

  it('refuses a thumbnail of the wrong size', () => {
    expect(() => perceptualHash(new Float64Array(16 * 16))).toThrow(/expected 1024 values/);
  });
});

import { describe, expect, it } from 'vitest';
import { frameHash, hashDistance, hashWords, wordsDistance } from '../../../../lib/vision/landmarks/frame-hash';

// Tests of lib/vision/landmarks/ live here for now: this change may only add files under
// test/lib/vision/cues/. They belong in test/lib/vision/landmarks/.

/** RGBA pixels from a grey-level function of (x, y). */
function image(width: number, height: number, grey: (x: number, y: number) => number): Uint8ClampedArray {
  const pixels = new Uint8ClampedArray(width * height * 4);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const v = grey(x, y);
      pixels.set([v, v, v, 255], (y * width + x) * 4);
    }
  }
  return pixels;
}

const W = 96;
const H = 64;
const rising = image(W, H, (x) => (x * 255) / W);
const falling = image(W, H, (x) => 255 - (x * 255) / W);
// A smooth pattern: neighbouring hash cells differ clearly, as in a real picture (a flat area would
// leave each bit to the noise, which is why a whole flat frame is not a useful case).
const wave = (x: number, y: number) => 128 + 100 * Math.sin(x / 9) * Math.cos(y / 7);
const blocks = image(W, H, wave);
const blocksNoisy = image(W, H, (x, y) => wave(x, y) + ((x * 7 + y * 13) % 5) - 2);
const blocksShifted = image(W, H, (x, y) => wave(x + 14, y));

describe('frameHash', () => {
  it.each<[string, Uint8ClampedArray, string]>([
    ['brightness rising to the right sets every bit', rising, 'f'.repeat(64)],
    ['brightness falling to the right clears every bit', falling, '0'.repeat(64)],
  ])('%s', (_, pixels, expected) => {
    expect(frameHash(pixels, W, H)).toBe(expected);
  });

  it.each<[string, Uint8ClampedArray, Uint8ClampedArray, number, number]>([
    ['the same picture', blocks, blocks, 0, 0],
    ['the same picture with faint noise', blocks, blocksNoisy, 0, 2],
    ['the picture moved sideways by 15% of its width', blocks, blocksShifted, 40, 256],
    ['opposite gradients', rising, falling, 256, 256],
  ])('%s: hashes differ by %#', (_, a, b, atLeast, atMost) => {
    const bits = hashDistance(frameHash(a, W, H), frameHash(b, W, H));
    expect(bits).toBeGreaterThanOrEqual(atLeast);
    expect(bits).toBeLessThanOrEqual(atMost);
  });

  it.each<[string, () => unknown]>([
    ['too few pixels', () => frameHash(new Uint8ClampedArray(16 * 16 * 4), 16, 16)],
    ['a buffer of the wrong length', () => frameHash(new Uint8ClampedArray(10), W, H)],
    ['a malformed hash', () => hashWords('xyz')],
  ])('throws on %s', (_, run) => {
    expect(run).toThrow();
  });

  it('counts bits the same way from strings and from words', () => {
    const [a, b, c] = ['0123456789abcdef'.repeat(4), 'fedcba9876543210'.repeat(4), '0f'.repeat(32)];
    expect(hashDistance(a, b)).toBe(wordsDistance(hashWords(a), hashWords(b)));
    expect(hashDistance(a, b)).toBe(256); // each digit pair sums to f: every bit differs
    expect(hashDistance('0'.repeat(64), c)).toBe(128);
    expect(hashDistance(a, a)).toBe(0);
  });
});

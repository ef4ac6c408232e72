import { describe, expect, it } from 'vitest';
import { grayThumbnail } from '../../../lib/similarity/gray-thumbnail';

/** RGBA pixels from a function of (x, y) returning [r, g, b, a]. */
function rgba(width: number, height: number, at: (x: number, y: number) => [number, number, number, number]): Uint8ClampedArray {
  const data = new Uint8ClampedArray(width * height * 4);
  for (let y = 0; y < height; y++) for (let x = 0; x < width; x++) data.set(at(x, y), (y * width + x) * 4);
  return data;
}
const close = (actual: ArrayLike<number>, expected: number[]) => expected.forEach((v, i) => expect(actual[i]).toBeCloseTo(v, 9));

describe('grayThumbnail', () => {
  it.each<[string, [number, number, number, number], number]>([
    ['white', [255, 255, 255, 255], 255],
    ['black', [0, 0, 0, 255], 0],
    ['pure red (Rec. 601 luma)', [255, 0, 0, 255], 0.299 * 255],
    ['pure green', [0, 255, 0, 255], 0.587 * 255],
    ['transparent black shows as white', [0, 0, 0, 0], 255],
    ['black at 20 % opacity is light grey', [0, 0, 0, 51], 204],
  ])('a uniform %s image', (_label, pixel, gray) => {
    const out = grayThumbnail(rgba(10, 7, () => pixel), 10, 7, 4);
    expect(out).toHaveLength(16);
    close(out, new Array<number>(16).fill(gray));
  });

  it('averages whole blocks when the size divides evenly', () => {
    // 4 x 4 -> 2 x 2: each target is the mean of a 2 x 2 block.
    const values = [0, 10, 20, 30, 40, 50, 60, 70, 80, 90, 100, 110, 120, 130, 140, 150];
    const out = grayThumbnail(rgba(4, 4, (x, y) => { const v = values[y * 4 + x]!; return [v, v, v, 255]; }), 4, 4, 2);
    close(out, [25, 45, 105, 125]);
  });

  it('weights partly covered pixels by their share (3 -> 2 columns)', () => {
    // Target 0 covers source 0 and half of 1; target 1 half of 1 and source 2.
    const out = grayThumbnail(rgba(3, 1, (x) => { const v = [0, 90, 180][x]!; return [v, v, v, 255]; }), 3, 1, 2);
    expect(out[0]).toBeCloseTo((0 * 1 + 90 * 0.5) / 1.5, 9);
    expect(out[1]).toBeCloseTo((90 * 0.5 + 180 * 1) / 1.5, 9);
  });

  it('upsizes a smaller image by repeating pixels', () => {
    const out = grayThumbnail(rgba(2, 1, (x) => (x === 0 ? [0, 0, 0, 255] : [255, 255, 255, 255])), 2, 1, 4);
    close(out.slice(0, 4), [0, 0, 255, 255]);
  });

  it('keeps the mean brightness whatever the scale', () => {
    const image = rgba(97, 61, (x, y) => { const v = (x * 7 + y * 13) % 256; return [v, v, v, 255]; });
    let mean = 0;
    for (let p = 0; p < 97 * 61; p++) mean += image[p * 4]!;
    mean /= 97 * 61;
    const out = grayThumbnail(image, 97, 61, 32);
    expect(out.reduce((s, v) => s + v, 0) / out.length).toBeCloseTo(mean, 6);
  });

  it('refuses pixel data that does not match the size', () => {
    expect(() => grayThumbnail(new Uint8ClampedArray(12), 2, 2)).toThrow(/does not match/);
    expect(() => grayThumbnail(new Uint8ClampedArray(0), 0, 0)).toThrow(/does not match/);
  });
});

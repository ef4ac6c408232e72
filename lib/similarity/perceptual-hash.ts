import { dct2d } from './dct-2d';

/**
 * The 64-bit DCT perceptual hash of a 32 x 32 grayscale thumbnail (the pHash construction, Zauner
 * 2010, https://phash.org/docs/pubs/thesis_zauner.pdf): DCT of the thumbnail, the 8 x 8 lowest
 * frequencies after the DC row and column (u, v = 1..8; the DC term only says how bright the image
 * is, and the first row and column mostly follow it), one bit per coefficient, set when it is above
 * the median of the 64. Low frequencies survive resizing, small crops and recompression; the median
 * makes the hash independent of brightness and contrast. Written as 16 lower-case hex digits, the
 * first digit holding coefficients (v=1, u=1..4), row by row.
 *
 * Undefined for an image without structure (one flat colour, a blank placeholder): its coefficients
 * are rounding noise, and a hash of noise would match other blank images at random.
 */
export const THUMBNAIL_SIZE = 32;
const BAND = 8;
// Spread of the 64 coefficients (gray levels 0..255, orthonormal DCT) under which an image counts as
// flat. Photos spread over hundreds; a flat image over about 1e-12.
const MIN_SPREAD = 1;

export function perceptualHash(thumbnail: ArrayLike<number>): string | undefined {
  const coefficients = dct2d(thumbnail, THUMBNAIL_SIZE);
  const low: number[] = [];
  for (let v = 1; v <= BAND; v++) for (let u = 1; u <= BAND; u++) low.push(coefficients[v * THUMBNAIL_SIZE + u] as number);
  const sorted = [...low].sort((a, b) => a - b);
  if ((sorted[63] as number) - (sorted[0] as number) < MIN_SPREAD) return undefined;
  const median = ((sorted[31] as number) + (sorted[32] as number)) / 2;
  let hex = '';
  for (let nibble = 0; nibble < 16; nibble++) {
    let value = 0;
    for (let bit = 0; bit < 4; bit++) value = (value << 1) | ((low[nibble * 4 + bit] as number) > median ? 1 : 0);
    hex += value.toString(16);
  }
  return hex;
}

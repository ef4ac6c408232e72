/**
 * A 256-bit difference hash of a whole video frame (Krawetz's "dHash", at 16 × 16): the frame is
 * averaged down to 17 × 16 grey cells and each bit says whether a cell is darker than its right-hand
 * neighbour. It survives compression noise and rescaling, so a frozen or replayed picture gives the
 * same or nearly the same hash while any real movement flips bits. 64 hex digits.
 */

const COLUMNS = 16;
const ROWS = 16;
export const FRAME_HASH_PATTERN = /^[0-9a-f]{64}$/;

/** Hash of RGBA pixels (row-major, 4 bytes a pixel, as in ImageData). */
export function frameHash(rgba: Uint8Array | Uint8ClampedArray, width: number, height: number): string {
  if (width < COLUMNS + 1 || height < ROWS || rgba.length !== width * height * 4) {
    throw new Error(`frameHash needs at least ${COLUMNS + 1} × ${ROWS} RGBA pixels, got ${width} × ${height} (${rgba.length} bytes)`);
  }
  const sums = new Float64Array((COLUMNS + 1) * ROWS);
  const counts = new Uint32Array(sums.length);
  for (let y = 0; y < height; y++) {
    const row = Math.floor((y * ROWS) / height) * (COLUMNS + 1);
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 4;
      // Rec. 601 luma: the usual grey for perceptual hashes.
      const grey = 0.299 * (rgba[i] ?? 0) + 0.587 * (rgba[i + 1] ?? 0) + 0.114 * (rgba[i + 2] ?? 0);
      const cell = row + Math.floor((x * (COLUMNS + 1)) / width);
      sums[cell] = (sums[cell] ?? 0) + grey;
      counts[cell] = (counts[cell] ?? 0) + 1;
    }
  }
  const mean = (cell: number) => (sums[cell] ?? 0) / Math.max(1, counts[cell] ?? 0);
  let hex = '';
  for (let r = 0; r < ROWS; r++) {
    for (let c = 0; c < COLUMNS; c += 4) {
      let nibble = 0;
      for (let b = 0; b < 4; b++) {
        const cell = r * (COLUMNS + 1) + c + b;
        nibble = (nibble << 1) | (mean(cell) < mean(cell + 1) ? 1 : 0);
      }
      hex += nibble.toString(16);
    }
  }
  return hex;
}

/** A hash as eight 32-bit words, so that comparing many pairs costs a few popcounts each. */
export function hashWords(hash: string): Uint32Array {
  if (!FRAME_HASH_PATTERN.test(hash)) throw new Error(`Not a frame hash: ${hash.slice(0, 70)}`);
  return Uint32Array.from({ length: 8 }, (_, k) => parseInt(hash.slice(k * 8, k * 8 + 8), 16));
}

function popcount(v: number): number {
  // Bit-parallel count (Hacker's Delight, 5-1).
  let x = v - ((v >>> 1) & 0x55555555);
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24);
}

/** How many of the 256 bits differ between two hashes given as words. */
export function wordsDistance(a: Uint32Array, b: Uint32Array): number {
  let bits = 0;
  for (let k = 0; k < 8; k++) bits += popcount(((a[k] ?? 0) ^ (b[k] ?? 0)) >>> 0);
  return bits;
}

/** How many of the 256 bits differ between two frame hashes. */
export function hashDistance(a: string, b: string): number {
  return wordsDistance(hashWords(a), hashWords(b));
}

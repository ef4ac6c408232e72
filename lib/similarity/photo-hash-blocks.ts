/**
 * Near-duplicate search over 64-bit photo hashes by multi-index hashing (Norouzi, Punjani, Fleet,
 * "Fast Search in Hamming Space with Multi-Index Hashing", CVPR 2012,
 * https://www.cs.toronto.edu/~norouzi/research/papers/multi_index_hashing.pdf): the hash is cut into
 * blocks, and each block value is a key under which every hash with that block is filed. Two hashes
 * at most d bits apart differ in at most floor(d / blocks) bits in at least one block (pigeonhole),
 * so a lookup reads the keys of every block value within that radius of the query's blocks, and
 * nothing within d can be missed.
 *
 * Eleven blocks (nine of 6 bits, two of 5) at d = 10 give radius 0: 10 differing bits cannot touch
 * all 11 blocks, so a hash within the distance shares at least one block value exactly, and a lookup
 * reads just the 11 rows of the query's own block values (about 1,600 to 3,100 entries each with
 * 100,000 hashes, compared in a typed array in about a millisecond). Fewer, wider blocks need a
 * radius: four 16-bit blocks at radius 2 read 548 keys, six 11-bit blocks at radius 1 read 70. In
 * IndexedDB the number of reads costs more than the bytes they carry (headless Chromium, 100,000
 * hashes: 70 rows 9.5 ms median, 11 rows of numbers 4.7 ms), so eleven blocks it is.
 */

/**
 * Largest Hamming distance at which two photo hashes count as the same photo. Measured in headless
 * Chromium on the shared test portraits (test/vision/photo-hash.spec.ts): resized to 50 % or 25 % and
 * recompressed as JPEG at quality 60 or 30, 0 to 2 bits; 5 % cropped off, 4 to 8; 10 % cropped off,
 * 12 to 14; mirrored, 28 to 34; different portraits, 22 to 36 (two different photos of one person,
 * 36). 10 takes in small crops with a margin and stays far from different photos.
 */
export const PHOTO_MATCH_MAX_DISTANCE = 10;
/** Bits per block, most significant first; they add up to 64. */
const BLOCK_BITS = [6, 6, 6, 6, 6, 6, 6, 6, 6, 5, 5];
const PROBE_RADIUS = Math.floor(PHOTO_MATCH_MAX_DISTANCE / BLOCK_BITS.length);

const PHOTO_HASH = /^[0-9a-f]{16}$/;
export const isPhotoHash = (value: string): boolean => PHOTO_HASH.test(value);

const hexOf = (value: number, bits: number) => value.toString(16).padStart(Math.ceil(bits / 4), '0');

/** The hash's block values, most significant block first. */
function blocksOf(hash: string): number[] {
  if (!isPhotoHash(hash)) throw new Error(`not a 64-bit photo hash: ${hash}`);
  let rest = BigInt(`0x${hash}`);
  let left = 64;
  return BLOCK_BITS.map((bits) => {
    left -= bits;
    const value = Number((rest >> BigInt(left)) & ((1n << BigInt(bits)) - 1n));
    rest &= (1n << BigInt(left)) - 1n;
    return value;
  });
}

/** The keys a hash is filed under, one per block: `<block>:<block value in hex>`. */
export function photoBlockKeys(hash: string): string[] {
  return blocksOf(hash).map((value, b) => `${b}:${hexOf(value, BLOCK_BITS[b] as number)}`);
}

/** Keys (as photoBlockKeys writes them) under which every hash within PHOTO_MATCH_MAX_DISTANCE of `hash` is filed at least once. */
export function photoBlockProbes(hash: string): string[] {
  return blocksOf(hash).flatMap((value, b) => {
    const bits = BLOCK_BITS[b] as number;
    return withinRadius(value, bits, PROBE_RADIUS).map((v) => `${b}:${hexOf(v, bits)}`);
  });
}

/** The two 32-bit halves of a hash, as the block rows store it. */
export function photoHashHalves(hash: string): [number, number] {
  if (!isPhotoHash(hash)) throw new Error(`not a 64-bit photo hash: ${hash}`);
  return [Number.parseInt(hash.slice(0, 8), 16), Number.parseInt(hash.slice(8), 16)];
}

/** Every `bits`-bit value that differs from `value` in at most `radius` bits, `value` first. */
function withinRadius(value: number, bits: number, radius: number): number[] {
  const out = [value];
  const flip = (from: number, start: number, left: number) => {
    for (let bit = start; bit < bits; bit++) {
      const next = from ^ (1 << bit);
      out.push(next);
      if (left > 1) flip(next, bit + 1, left - 1);
    }
  };
  if (radius > 0) flip(value, 0, radius);
  return out;
}

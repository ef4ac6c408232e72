/**
 * Small, fast 32-bit hashing for the similarity indexes. Not cryptographic: collisions only cost a
 * wasted comparison, because every candidate pair an index proposes is confirmed on the full data.
 */

/** MurmurHash3's finaliser: a bijection on 32-bit integers in which every input bit flips about half the output bits. */
export function mix32(x: number): number {
  let h = x >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** FNV-1a over the UTF-16 code units of `text`, then `mix32` (FNV alone spreads short strings poorly). */
export function hashString32(text: string, seed = 0): number {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return mix32(h);
}

/** Lower-case hex of an unsigned 32-bit integer, always 8 digits. */
export function hex32(x: number): string {
  return (x >>> 0).toString(16).padStart(8, '0');
}

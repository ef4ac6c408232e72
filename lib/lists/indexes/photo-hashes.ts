import { popcount32 } from '../../similarity/hamming-distance';
import { isPhotoHash, PHOTO_MATCH_MAX_DISTANCE } from '../../similarity/photo-hash-blocks';
import { toMatch, type IndexEntry, type IndexMatch } from './types';

/**
 * `photo-hash` entries that are 64-bit hashes (16 hex digits, the perceptual hash HireProof computes)
 * matched by Hamming distance, so a listed photo still matches after it was resized, recompressed or
 * slightly cropped. A linear scan over two Uint32Arrays: one popcount pair per entry, about a
 * millisecond for a million listed photos, and lists hold far fewer. Entries of other lengths come
 * from other hash functions and only ever match exactly (the exact set handles them).
 */
export interface PhotoHashIndex {
  /** Entries within PHOTO_MATCH_MAX_DISTANCE bits of `hash`, nearest first. */
  lookup(hash: string): IndexMatch[];
  readonly size: number;
}

export function buildPhotoHashIndex(entries: Iterable<IndexEntry>): PhotoHashIndex {
  const listed = [...entries].filter((e) => e.kind === 'photo-hash' && isPhotoHash(e.value));
  const high = Uint32Array.from(listed, (e) => Number.parseInt(e.value.slice(0, 8), 16));
  const low = Uint32Array.from(listed, (e) => Number.parseInt(e.value.slice(8), 16));
  return {
    lookup(hash) {
      if (listed.length === 0 || !isPhotoHash(hash)) return [];
      const h = Number.parseInt(hash.slice(0, 8), 16);
      const l = Number.parseInt(hash.slice(8), 16);
      const found: Array<[number, number]> = [];
      for (let i = 0; i < listed.length; i++) {
        const distance = popcount32((high[i] as number) ^ h) + popcount32((low[i] as number) ^ l);
        if (distance <= PHOTO_MATCH_MAX_DISTANCE) found.push([distance, i]);
      }
      return found.sort((a, b) => a[0] - b[0] || a[1] - b[1]).map(([, i]) => toMatch(listed[i] as IndexEntry, hash));
    },
    size: listed.length,
  };
}

import { hashString32 } from './hash32';

/** Words per shingle. Five is specific enough that stock phrases ("years of experience in") seldom make two unrelated summaries overlap, and short enough that one edited word breaks only five shingles. */
export const SHINGLE_WORDS = 5;

/**
 * The distinct `size`-word shingles of `words` (every run of `size` consecutive words), each as a
 * 32-bit hash, sorted. Fewer words than `size` give no shingles.
 */
export function wordShingles(words: readonly string[], size = SHINGLE_WORDS): Uint32Array {
  const hashes = new Set<number>();
  for (let i = 0; i + size <= words.length; i++) {
    // U+0001 cannot occur in a folded word, so joined shingles never collide by concatenation.
    hashes.add(hashString32(words.slice(i, i + size).join('\u0001')));
  }
  return Uint32Array.from(hashes).sort();
}

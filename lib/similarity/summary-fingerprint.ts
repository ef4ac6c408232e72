import { lshBands } from './lsh-bands';
import { minhashSignature } from './minhash';
import { summaryWords } from './summary-words';
import { wordShingles } from './word-shingles';

/**
 * What the text index stores of a summary: its MinHash signature and LSH band keys, never the text.
 * Texts too short or too repetitive to say anything are not fingerprinted: two 20-word summaries
 * sharing a stock sentence look alike by chance, and placeholder text is shared by design.
 */

/** Fewer words than this are not compared (a headline-length "about" is too short to be distinctive). */
export const MIN_SUMMARY_WORDS = 40;
/** Fewer distinct 5-word shingles than this: the text repeats itself ("test test test ..."). */
const MIN_DISTINCT_SHINGLES = 20;
/**
 * Estimated Jaccard similarity of the 5-word shingle sets from which two summaries count as
 * near-duplicates. 0.6 means well over half of all 5-word runs are shared: a copy in which about one
 * word in twenty was changed (names and numbers are masked first, so swapping those costs
 * nothing) still passes; two summaries that only share stock phrases score below 0.1.
 */
export const SUMMARY_MATCH_MIN_JACCARD = 0.6;

// Placeholder text that sites and templates put where a summary would be, folded as summaryWords folds.
const PLACEHOLDERS = ['lorem ipsum', 'dolor sit amet'];

export interface SummaryFingerprint {
  signature: Uint32Array;
  bands: string[];
  words: number;
}

export type SummaryFingerprintResult =
  | { ok: true; fingerprint: SummaryFingerprint }
  | { ok: false; reason: 'too-short' | 'placeholder' | 'repetitive' };

export function summaryFingerprint(text: string, names: readonly string[] = []): SummaryFingerprintResult {
  const words = summaryWords(text, names);
  if (words.length < MIN_SUMMARY_WORDS) return { ok: false, reason: 'too-short' };
  const joined = ` ${words.join(' ')} `;
  if (PLACEHOLDERS.some((p) => joined.includes(` ${p} `))) return { ok: false, reason: 'placeholder' };
  const shingles = wordShingles(words);
  if (shingles.length < MIN_DISTINCT_SHINGLES) return { ok: false, reason: 'repetitive' };
  const signature = minhashSignature(shingles);
  return { ok: true, fingerprint: { signature, bands: lshBands(signature), words: words.length } };
}

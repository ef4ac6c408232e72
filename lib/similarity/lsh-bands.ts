import { hashString32, hex32 } from './hash32';

/**
 * Locality-sensitive hashing over MinHash signatures (Leskovec, Rajaraman, Ullman, "Mining of
 * Massive Datasets", ch. 3.4, http://www.mmds.org/): the first 64 signature values are cut into
 * `LSH_BANDS` bands of `LSH_ROWS` values, and two texts become candidates for comparison when any
 * band is identical. With Jaccard similarity s that happens with probability 1 - (1 - s^4)^16:
 * 0.9998 at s = 0.8, 0.99 at 0.7, 0.89 at 0.6 (the reporting threshold), 0.12 at 0.3 and 0.002 at
 * 0.1, so a lookup reads the texts that can pass the threshold and almost none of the others. All
 * 128 values still go into the similarity estimate that confirms a candidate.
 *
 * Each band is one index entry to write and one read per lookup, and in IndexedDB the reads are
 * what a lookup costs: with 100,000 summaries stored, 32 bands took about 6 ms per lookup and 3.5 ms
 * per stored summary in headless Chromium, about twice 16. Sixteen bands of four keep near-duplicate
 * copies (0.7 and up) found almost always and halve that cost; 32 would also catch 99 % of pairs right
 * at 0.6.
 */
export const LSH_BANDS = 16;
export const LSH_ROWS = 4;

/**
 * One key per band, `<band>:<hash of its values>`, e.g. `7:0a1b2c3d`. The band number keeps equal
 * values in different bands apart; a 32-bit hash of the values can collide, which only adds a
 * candidate that the Jaccard check then drops.
 */
export function lshBands(signature: ArrayLike<number>): string[] {
  const keys: string[] = [];
  for (let b = 0; b < LSH_BANDS; b++) {
    let text = '';
    for (let r = 0; r < LSH_ROWS; r++) text += `${hex32(signature[b * LSH_ROWS + r] ?? 0)}`;
    keys.push(`${b}:${hex32(hashString32(text))}`);
  }
  return keys;
}

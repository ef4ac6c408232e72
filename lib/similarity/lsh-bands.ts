import { hashString32, hex32 } from './hash32';
import { MINHASH_SIZE } from './minhash';

/**
 * Locality-sensitive hashing over MinHash signatures (Leskovec, Rajaraman, Ullman, "Mining of
 * Massive Datasets", ch. 3.4, http://www.mmds.org/): the signature is cut into `LSH_BANDS` bands of
 * `LSH_ROWS` values, and two texts become candidates for comparison when any band is identical.
 * With Jaccard similarity s, that happens with probability 1 - (1 - s^4)^32: 0.99 at s = 0.6 (the
 * reporting threshold), 0.87 at 0.5, 0.23 at 0.3 and 0.0003 at 0.1, so a lookup reads the texts
 * that can pass the threshold and almost none of the others.
 */
export const LSH_BANDS = 32;
export const LSH_ROWS = MINHASH_SIZE / LSH_BANDS;

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

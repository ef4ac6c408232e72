import { mix32 } from './hash32';

/**
 * MinHash (Broder 1997, https://doi.org/10.1109/SEQUEN.1997.666900): for each of `MINHASH_SIZE`
 * hash functions, the smallest hash over a set's elements. Two sets agree at one position with
 * probability equal to their Jaccard similarity, so the share of agreeing positions estimates it
 * with a standard error of sqrt(J(1-J)/128), about 0.04 around J = 0.6.
 */
export const MINHASH_SIZE = 128;

// One seed per hash function, derived once. h_i(x) = mix32(x ^ seed_i): mix32 is a bijection, so each
// h_i is a permutation of the 32-bit values, and the inputs are already uniform shingle hashes.
const SEEDS = Uint32Array.from({ length: MINHASH_SIZE }, (_, i) => mix32(0x9e3779b9 + Math.imul(i, 0x7f4a7c15)));

/** The MinHash signature of a set of 32-bit element hashes; all 0xffffffff for an empty set. */
export function minhashSignature(elements: ArrayLike<number>): Uint32Array {
  const signature = new Uint32Array(MINHASH_SIZE).fill(0xffffffff);
  for (let e = 0; e < elements.length; e++) {
    const x = (elements[e] as number) >>> 0;
    for (let i = 0; i < MINHASH_SIZE; i++) {
      const h = mix32(x ^ (SEEDS[i] as number));
      if (h < (signature[i] as number)) signature[i] = h;
    }
  }
  return signature;
}

/** Share of positions at which two signatures agree: the estimated Jaccard similarity of their sets. */
export function estimatedJaccard(a: ArrayLike<number>, b: ArrayLike<number>): number {
  const n = Math.min(a.length, b.length);
  if (n === 0) return 0;
  let same = 0;
  for (let i = 0; i < n; i++) if (a[i] === b[i]) same++;
  return same / n;
}

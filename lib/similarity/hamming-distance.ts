/** Set bits in a 32-bit integer (SWAR popcount). */
export function popcount32(x: number): number {
  let v = x >>> 0;
  v -= (v >>> 1) & 0x55555555;
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (Math.imul((v + (v >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24) & 0xff;
}

/**
 * Bits in which two hex hashes of the same length differ, 8 hex digits (32 bits) at a time;
 * undefined when the lengths differ or either is not hex (hashes of two kinds do not compare).
 */
export function hammingDistance(a: string, b: string): number | undefined {
  if (a.length !== b.length || !/^[0-9a-f]*$/i.test(a) || !/^[0-9a-f]*$/i.test(b)) return undefined;
  let distance = 0;
  for (let i = 0; i < a.length; i += 8) distance += popcount32(Number.parseInt(a.slice(i, i + 8), 16) ^ Number.parseInt(b.slice(i, i + 8), 16));
  return distance;
}

import { describe, expect, it } from 'vitest';
import { hammingDistance } from '../../../lib/similarity/hamming-distance';
import { isPhotoHash, PHOTO_MATCH_MAX_DISTANCE, photoBlockKeys, photoBlockProbes, photoHashHalves } from '../../../lib/similarity/photo-hash-blocks';
import { prng, randomBits } from '../lists/indexes/random';

const rand = prng(20261124);
const randomHash = () => randomBits(rand, 64).toString(16).padStart(16, '0');
/** `hash` with `bits` distinct random bits flipped. */
function flip(hash: string, bits: number): string {
  let v = BigInt(`0x${hash}`);
  const chosen = new Set<number>();
  while (chosen.size < bits) chosen.add(Math.floor(rand() * 64));
  for (const b of chosen) v ^= 1n << BigInt(b);
  return v.toString(16).padStart(16, '0');
}
const found = (query: string, stored: string) => {
  const probes = photoBlockProbes(query);
  return photoBlockKeys(stored).some((key) => probes.includes(key));
};

describe('photo hash blocks', () => {
  it('keys are <block>:<its value in hex>, nine blocks of 6 bits and two of 5', () => {
    expect(photoBlockKeys('0123456789abcdef')).toEqual(['0:00', '1:12', '2:0d', '3:05', '4:19', '5:38', '6:26', '7:2b', '8:33', '9:0f', '10:0f']);
    expect(photoBlockKeys('ffffffffffffffff')).toEqual(['0:3f', '1:3f', '2:3f', '3:3f', '4:3f', '5:3f', '6:3f', '7:3f', '8:3f', '9:1f', '10:1f']);
  });

  it('halves a hash into two 32-bit integers', () => {
    expect(photoHashHalves('0123456789abcdef')).toEqual([0x01234567, 0x89abcdef]);
    expect(photoHashHalves('ffffffffffffffff')).toEqual([0xffffffff, 0xffffffff]);
  });

  it("probes only the hash's own eleven block values (radius 0)", () => {
    expect(photoBlockProbes('0123456789abcdef')).toEqual(photoBlockKeys('0123456789abcdef'));
  });

  // The pigeonhole guarantee: every hash within the distance is found, however the bits fall.
  it.each(Array.from({ length: PHOTO_MATCH_MAX_DISTANCE + 1 }, (_, d) => [d]))('finds every hash %i bits away (300 random pairs)', (d) => {
    for (let i = 0; i < 300; i++) {
      const a = randomHash();
      const b = flip(a, d);
      expect(hammingDistance(a, b)).toBe(d);
      expect(found(a, b)).toBe(true);
    }
  });

  it('finds 10 flipped bits spread over as many blocks as they can reach', () => {
    // One bit in each of blocks 0 to 9: only block 10 is left as it was, and that is enough.
    const a = '0000000000000000';
    const b = '0410410410410420';
    expect(hammingDistance(a, b)).toBe(10);
    expect(found(a, b)).toBe(true);
  });

  it('an unrelated hash shares a block value about as often as the block sizes predict', () => {
    let shared = 0;
    for (let i = 0; i < 4000; i++) if (found(randomHash(), randomHash())) shared++;
    // 1 - (63/64)^9 (31/32)^2 = 19 %: those entries are read from the block rows, then dropped.
    expect(shared / 4000).toBeGreaterThan(0.16);
    expect(shared / 4000).toBeLessThan(0.22);
  });

  it.each<[string, boolean]>([['0123456789abcdef', true], ['0123456789ABCDEF', false], ['0123', false], ['0123456789abcdeg', false]])('isPhotoHash(%s) = %s', (value, ok) => {
    expect(isPhotoHash(value)).toBe(ok);
    if (!ok) expect(() => photoBlockKeys(value)).toThrow(/not a 64-bit photo hash/);
  });
});

import { describe, expect, it } from 'vitest';
import { hammingDistance, popcount32 } from '../../../lib/similarity/hamming-distance';

describe('hammingDistance', () => {
  it.each<[string, string, number | undefined]>([
    ['0000000000000000', '0000000000000000', 0],
    ['0000000000000000', 'ffffffffffffffff', 64],
    ['0000000000000001', '0000000000000000', 1],
    ['8000000000000000', '0000000000000000', 1],
    ['00000000ffffffff', 'ffffffff00000000', 64],
    ['f0e1d2c3b4a59687', 'F0E1D2C3B4A59687', 0],
    ['f0e1d2c3b4a59687', 'f0e1d2c3b4a59686', 1],
    ['abcdef01', 'abcdef00', 1],
    ['ab', 'abc', undefined],
    ['xyz0000000000000', '0000000000000000', undefined],
    ['', '', 0],
  ])('%s vs %s: %s', (a, b, distance) => {
    expect(hammingDistance(a, b)).toBe(distance);
  });

  it.each<[number, number]>([[0, 0], [1, 1], [0xffffffff, 32], [-1, 32], [0x80000000, 1], [0x55555555, 16], [0x0f0f0f0f, 16]])('popcount32(%i) = %i', (x, bits) => {
    expect(popcount32(x)).toBe(bits);
  });
});

import { crc32 as zlibCrc32 } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { crc32 } from '../../../../lib/vision/model/crc32';

const ascii = (s: string) => new TextEncoder().encode(s);

describe('crc32', () => {
  // Published check values of CRC-32/ISO-HDLC, the variant zip uses.
  it.each<[string, Uint8Array, number]>([
    ['empty input', new Uint8Array(), 0x00000000],
    ['"a"', ascii('a'), 0xe8b7be43],
    ['"123456789" (the catalogue check value)', ascii('123456789'), 0xcbf43926],
    ['the quick brown fox', ascii('The quick brown fox jumps over the lazy dog'), 0x414fa339],
  ])('%s', (_, bytes, expected) => {
    expect(crc32(bytes)).toBe(expected);
  });

  it.each([1, 7, 255, 4096, 100_003])('agrees with node:zlib on %i pseudo-random bytes', (length) => {
    const bytes = new Uint8Array(length);
    let state = length;
    for (let i = 0; i < length; i++) bytes[i] = (state = (Math.imul(state, 1103515245) + 12345) >>> 0) >>> 24;
    expect(crc32(bytes)).toBe(zlibCrc32(bytes));
  });
});

import { describe, expect, it } from 'vitest';
import { parseIp } from '../../../../lib/lists/ip';
import { readAddress } from '../../../../lib/lists/indexes/address-words';
import { formatV4, formatV6, prng, randomBits, randomInt } from './random';

/** readAddress's answer as [version, bigint] so it compares with parseIp's. */
function read(text: string): [number, bigint] | 0 {
  const out = new Uint32Array(4);
  const version = readAddress(text, out);
  if (version === 0) return 0;
  if (version === 4) return [4, BigInt(out[3]!)];
  return [6, [...out].reduce((acc, w) => (acc << 32n) | BigInt(w), 0n)];
}

describe('readAddress', () => {
  it.each<[string, [number, bigint] | 0]>([
    ['0.0.0.0', [4, 0n]],
    ['255.255.255.255', [4, 0xffffffffn]],
    ['10.1.2.3', [4, 0x0a010203n]],
    ['::', [6, 0n]],
    ['::1', [6, 1n]],
    ['1::', [6, 1n << 112n]],
    ['ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff', [6, (1n << 128n) - 1n]],
    ['FFFF:FFFF:FFFF:FFFF:FFFF:FFFF:FFFF:FFFF', [6, (1n << 128n) - 1n]],
    ['2001:db8::1', [6, (0x20010db8n << 96n) | 1n]],
    ['2001:0db8:0000:0000:0000:0000:0000:0001', [6, (0x20010db8n << 96n) | 1n]],
    ['2001:db8:0:0:1::', [6, (0x20010db8n << 96n) | (1n << 48n)]],
    ['1:2:3:4:5:6:7::', [6, 0x00010002000300040005000600070000n]],
    ['::2:3:4:5:6:7:8', [6, 0x00000002000300040005000600070008n]],
    ['::ffff:1.2.3.4', [4, 0x01020304n]], // IPv4-mapped is IPv4
    ['0:0:0:0:0:ffff:1.2.3.4', [4, 0x01020304n]],
    ['::ffff:102:304', [4, 0x01020304n]],
    ['::1.2.3.4', [6, 0x01020304n]], // IPv4-compatible (deprecated) stays IPv6
    ['64:ff9b::1.2.3.4', [6, (0x0064ff9bn << 96n) | 0x01020304n]],
    // Not addresses, or spellings left to parseIp:
    ['', 0],
    ['1.2.3', 0],
    ['1.2.3.4.5', 0],
    ['1.2.3.256', 0],
    ['01.2.3.4', 0],
    ['1.2.3.4 ', 0],
    ['1..3.4', 0],
    ['1.2.3.', 0],
    [':', 0],
    [':::', 0],
    ['1:::2', 0],
    ['1::2::3', 0],
    [':1:2:3:4:5:6:7', 0],
    ['1:2:3:4:5:6:7:', 0],
    ['1:2:3:4:5:6:7', 0],
    ['1:2:3:4:5:6:7:8:9', 0],
    ['1:2:3:4:5:6:7:8::', 0],
    ['12345::', 0],
    ['g::', 0],
    ['fe80::1%eth0', 0],
    ['1:2:3:4:5:6:7:1.2.3.4', 0],
    ['::1.2.3', 0],
    ['::1.2.3.4:5', 0],
  ])('%s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it.each([31, 32, 33])('agrees with parseIp on random addresses in several spellings (seed %i)', (seed) => {
    const rand = prng(seed);
    const wrong: string[] = [];
    for (let i = 0; i < 3000; i++) {
      // Sparse values so that '::' runs of every length appear.
      const value = [...Array(8)].reduce<bigint>((acc) => (acc << 16n) | (rand() < 0.5 ? 0n : randomBits(rand, randomInt(rand, 17))), 0n);
      const v4 = randomBits(rand, 32);
      const full = [...Array(8)].map((_, g) => ((value >> BigInt(112 - 16 * g)) & 0xffffn).toString(16).padStart(4, '0')).join(':');
      const spellings: [string, 4 | 6, bigint][] = [
        [formatV4(v4), 4, v4],
        [formatV6(value), 6, value],
        [full, 6, value],
        [`::ffff:${formatV4(v4)}`, 4, v4],
      ];
      for (const [text, version, expected] of spellings) {
        const parsed = parseIp(text);
        const mine = read(text);
        const theirs = parsed && parsed.value;
        if (mine === 0 || mine[0] !== version || mine[1] !== expected || (theirs !== undefined && theirs !== (version === 4 && text.startsWith('::') ? (0xffffn << 32n) | expected : expected))) {
          wrong.push(`${text}: read ${String(mine)}, parseIp ${String(theirs)}`);
        }
      }
    }
    expect(wrong).toEqual([]);
  });
});

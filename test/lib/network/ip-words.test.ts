import { describe, expect, it } from 'vitest';
import { parseIp, unmapIpv4 } from '../../../lib/lists/ip';
import { IPV4_WORD, readIpWords } from '../../../lib/network/ip-words';
import { formatV4, formatV6, prng, randomBits, randomInt } from '../lists/indexes/random';

/** readIpWords's answer as text: 'v4 01020304', 'v6 <four words>', or 'refused'. */
function show(text: string): string {
  const out = new Uint32Array(4);
  const family = readIpWords(text, out);
  if (family === 0) return 'refused';
  if (family === 4) return `v4 ${hex(out[IPV4_WORD]!)}`;
  return `v6 ${[...out].map(hex).join(' ')}`;
}
const hex = (word: number) => word.toString(16).padStart(8, '0');

/** The canonical parser's answer in the same terms (IPv4-mapped IPv6 as IPv4, as readIpWords does). */
function canonical(text: string): string {
  const parsed = parseIp(text);
  if (!parsed) return 'refused';
  const { version, value } = unmapIpv4(parsed);
  if (version === 4) return `v4 ${hex(Number(value))}`;
  return `v6 ${[96n, 64n, 32n, 0n].map((shift) => hex(Number((value >> shift) & 0xffffffffn))).join(' ')}`;
}

const V6_ZERO = 'v6 00000000 00000000 00000000 00000000';
const V6_ONE = 'v6 00000000 00000000 00000000 00000001';
const V6_MAX = 'v6 ffffffff ffffffff ffffffff ffffffff';
const DOC = 'v6 20010db8 00000000 0000ff00 00428329';

// Every row is also held to lib/lists/ip.ts: the fast reader must give the canonical answer.
describe('readIpWords: IPv4', () => {
  it.each<[string, string]>([
    ['0.0.0.0', 'v4 00000000'],
    ['1.2.3.4', 'v4 01020304'],
    ['8.8.8.8', 'v4 08080808'],
    ['10.1.2.3', 'v4 0a010203'],
    ['0.10.100.255', 'v4 000a64ff'],
    ['192.0.2.1', 'v4 c0000201'],
    ['255.255.255.255', 'v4 ffffffff'],
    // Wrong number of parts, empty parts.
    ['', 'refused'],
    ['1', 'refused'],
    ['1.2.3', 'refused'],
    ['1.2.3.4.5', 'refused'],
    ['1.2.3.', 'refused'],
    ['.1.2.3', 'refused'],
    ['1..3.4', 'refused'],
    ['...', 'refused'],
    // Leading zeros: octal to inet_aton, so ambiguous.
    ['01.2.3.4', 'refused'],
    ['00.1.2.3', 'refused'],
    ['010.0.0.1', 'refused'],
    ['1.2.3.04', 'refused'],
    ['1.2.3.00', 'refused'],
    // Out-of-range octets.
    ['256.0.0.0', 'refused'],
    ['1.2.3.256', 'refused'],
    ['999.1.1.1', 'refused'],
    ['1000.1.1.1', 'refused'],
    ['1.2.3.2555', 'refused'],
    // Other spellings and junk.
    ['1.2.3.-4', 'refused'],
    ['+1.2.3.4', 'refused'],
    ['0x1.2.3.4', 'refused'],
    ['0x7f.0.0.1', 'refused'],
    ['1.2.3.4/24', 'refused'],
    ['1.2.3.4:80', 'refused'],
    ['１.2.3.4', 'refused'], // a full-width digit
    ['localhost', 'refused'],
  ])('%j -> %s', (text, expected) => {
    expect(show(text)).toBe(expected);
    expect(canonical(text)).toBe(expected);
  });
});

describe('readIpWords: IPv6', () => {
  it.each<[string, string]>([
    ['::', V6_ZERO],
    ['::0', V6_ZERO],
    ['0:0:0:0:0:0:0:0', V6_ZERO],
    ['::1', V6_ONE],
    ['0000:0000:0000:0000:0000:0000:0000:0001', V6_ONE],
    ['1::', 'v6 00010000 00000000 00000000 00000000'],
    ['1::8', 'v6 00010000 00000000 00000000 00000008'],
    ['2001:db8::ff00:42:8329', DOC],
    ['2001:0DB8:0000:0000:0000:FF00:0042:8329', DOC], // leading zeros, upper case
    ['2001:Db8:0:0:0:fF00:42:8329', DOC],
    ['2001:db8:0:0:1::', 'v6 20010db8 00000000 00010000 00000000'],
    ['1:2:3:4::6:7:8', 'v6 00010002 00030004 00000006 00070008'], // '::' for exactly one group
    ['1:2:3:4:5:6:7::', 'v6 00010002 00030004 00050006 00070000'],
    ['::2:3:4:5:6:7:8', 'v6 00000002 00030004 00050006 00070008'],
    ['ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff', V6_MAX],
    ['FFFF:FFFF:FFFF:FFFF:FFFF:FFFF:FFFF:FFFF', V6_MAX],
    ['ffff:ffff:ffff:ffff:ffff:ffff:255.255.255.255', V6_MAX], // 45 characters, the longest address
    // A trailing dotted quad is the last 32 bits.
    ['::1.2.3.4', 'v6 00000000 00000000 00000000 01020304'], // IPv4-compatible (deprecated) stays IPv6
    ['::0.0.0.0', V6_ZERO],
    ['64:ff9b::1.2.3.4', 'v6 0064ff9b 00000000 00000000 01020304'],
    ['1:2:3:4:5:6:1.2.3.4', 'v6 00010002 00030004 00050006 01020304'],
    // IPv4-mapped IPv6 is IPv4, in any notation.
    ['::ffff:1.2.3.4', 'v4 01020304'],
    ['::FFFF:8.8.8.8', 'v4 08080808'],
    ['::ffff:102:304', 'v4 01020304'],
    ['::FFFF:808:808', 'v4 08080808'],
    ['0:0:0:0:0:ffff:1.2.3.4', 'v4 01020304'],
    ['0:0:0:0:0:ffff:102:304', 'v4 01020304'],
    ['0000:0000:0000:0000:0000:ffff:255.255.255.255', 'v4 ffffffff'],
    ['::ffff:0.0.0.0', 'v4 00000000'],
    ['::ffff:0:0', 'v4 00000000'],
    // Next to ::ffff:0:0/96 but outside it.
    ['::fffe:1.2.3.4', 'v6 00000000 00000000 0000fffe 01020304'],
    ['::1:ffff:1.2.3.4', 'v6 00000000 00000000 0001ffff 01020304'],
    ['ffff::1.2.3.4', 'v6 ffff0000 00000000 00000000 01020304'],
    // Zone ids.
    ['fe80::1%eth0', 'refused'],
    ['fe80::1%25eth0', 'refused'],
    ['fe80::%1', 'refused'],
    ['::ffff:1.2.3.4%eth0', 'refused'],
    // Too many groups, or too few.
    ['1:2:3:4:5:6:7:8:9', 'refused'],
    ['1:2:3:4:5:6:7:8::', 'refused'],
    ['::1:2:3:4:5:6:7:8', 'refused'],
    ['1::2:3:4:5:6:7:8', 'refused'], // '::' must stand for at least one group
    ['1:2:3:4:5:6:7:1.2.3.4', 'refused'],
    ['1:2:3:4:5:6:7:8:1.2.3.4', 'refused'],
    ['1:2:3:4:5:6:7', 'refused'],
    ['1:2:3:4:5:1.2.3.4', 'refused'],
    ['1:2', 'refused'],
    // Double '::' and stray colons.
    ['1::2::3', 'refused'],
    ['::1::', 'refused'],
    ['1::2:3::', 'refused'],
    ['1:::2', 'refused'],
    [':::', 'refused'],
    ['::::', 'refused'],
    [':', 'refused'],
    [':1::', 'refused'],
    [':1:2:3:4:5:6:7', 'refused'],
    ['1:2:3:4:5:6:7:', 'refused'],
    ['1::2:', 'refused'],
    // Groups: more than four digits, not hex.
    ['12345::', 'refused'],
    ['::00000', 'refused'],
    ['1:2:3:4:5:6:7:12345', 'refused'],
    ['g::', 'refused'],
    ['::g', 'refused'],
    ['2001:db8::1x', 'refused'],
    // A dotted quad anywhere but at the end, or not a dotted quad.
    ['::1.2.3', 'refused'],
    ['::1.2.3.4.5', 'refused'],
    ['::1.2.3.4:5', 'refused'],
    ['1.2.3.4::', 'refused'],
    ['1.2.3.4::1', 'refused'],
    ['::ffff:1.2.3.4.', 'refused'],
    ['::ffff:1.2.3.256', 'refused'],
    ['::ffff:01.2.3.4', 'refused'],
    ['::1a.2.3.4', 'refused'],
    ['::ffff1.2.3.4', 'refused'],
    // Brackets, ports, prefixes, overlong text.
    ['[::1]', 'refused'],
    ['[::1]:80', 'refused'],
    ['2001:db8::/32', 'refused'],
    ['a'.repeat(46), 'refused'],
    [`${'1:'.repeat(40)}1`, 'refused'],
  ])('%j -> %s', (text, expected) => {
    expect(show(text)).toBe(expected);
    expect(canonical(text)).toBe(expected);
  });
});

describe('readIpWords: whitespace', () => {
  // Surrounding whitespace is the caller's to trim (lib/geo/ip-geo.ts trims, the range index falls
  // back to parseIp), so the fast reader refuses what parseIp accepts here. Inside, both refuse.
  it.each<[string, string]>([
    [' 1.2.3.4', 'v4 01020304'],
    ['1.2.3.4 ', 'v4 01020304'],
    ['\t::1', V6_ONE],
    ['::1\n', V6_ONE],
    [' ::ffff:1.2.3.4 ', 'v4 01020304'],
    ['\u00a02001:db8::ff00:42:8329', DOC],
  ])('%j: left to the caller', (text, trimmed) => {
    expect(show(text)).toBe('refused');
    expect(canonical(text)).toBe(trimmed);
    expect(show(text.trim())).toBe(trimmed);
  });

  it.each(['1.2. 3.4', ':: 1', '2001:db8:: 1', '1 .2.3.4', ' '])('%j: refused', (text) => {
    expect(show(text)).toBe('refused');
    expect(canonical(text)).toBe('refused');
  });
});

describe('readIpWords: where the words go', () => {
  it.each<[string, number[]]>([
    ['1.2.3.4', [0, 0, 0xffff, 0x01020304]],
    ['::ffff:1.2.3.4', [0, 0, 0xffff, 0x01020304]],
    ['::ffff:102:304', [0, 0, 0xffff, 0x01020304]],
    ['2001:db8::ff00:42:8329', [0x20010db8, 0, 0xff00, 0x00428329]],
  ])('%s fills all four words, IPv4 as its mapped form', (text, words) => {
    const out = new Uint32Array(4).fill(0xdeadbeef);
    readIpWords(text, out);
    expect([...out]).toEqual(words);
  });

  it.each(['1.2.3.256', '1:2:3:4:5:6:7', '::ffff:1.2.3.4%eth0', ' ::1'])('%j leaves the words as they were', (text) => {
    const out = Uint32Array.of(1, 2, 3, 4);
    expect(readIpWords(text, out)).toBe(0);
    expect([...out]).toEqual([1, 2, 3, 4]);
  });

  it('refuses a megabyte of text without reading it', () => {
    expect(readIpWords('1.'.repeat(500_000), new Uint32Array(4))).toBe(0);
  });
});

describe('readIpWords against lib/lists/ip.ts', () => {
  it('gives parseIp answer on every string up to 7 characters over "01f:."', () => {
    const alphabet = ['0', '1', 'f', ':', '.'];
    const wrong: string[] = [];
    let accepted = 0;
    let strings = [''];
    for (let length = 0; length <= 7; length++) {
      for (const text of strings) {
        const mine = show(text);
        if (mine !== canonical(text)) wrong.push(`${text}: ${mine}, parseIp ${canonical(text)}`);
        if (mine !== 'refused') accepted++;
      }
      strings = strings.flatMap((s) => alphabet.map((c) => s + c));
    }
    expect(wrong).toEqual([]);
    expect(accepted).toBeGreaterThan(100);
  });

  // Seeded random addresses in many spellings, and corruptions of them. The fast reader must give
  // parseIp's answer or defer (refuse); it may defer only on surrounding whitespace, since the geo
  // lookup has no slow path, and never on a spelling generated as valid.
  it.each([31, 32, 33])('same answer or defers, on random addresses and corruptions (seed %i)', (seed) => {
    const rand = prng(seed);
    const wrong: string[] = [];
    const tally = { read: 0, refused: 0, deferred: 0 };
    const check = (text: string, valid: boolean) => {
      const mine = show(text);
      const theirs = canonical(text);
      if (mine === 'refused') {
        const deferred = theirs !== 'refused';
        if (deferred && (valid || text === text.trim())) wrong.push(`${JSON.stringify(text)}: refused, parseIp ${theirs}`);
        tally[deferred ? 'deferred' : 'refused']++;
      } else {
        if (mine !== theirs) wrong.push(`${JSON.stringify(text)}: ${mine}, parseIp ${theirs}`);
        tally.read++;
      }
    };
    for (let i = 0; i < 1500; i++) {
      const value = sparseV6(rand);
      const v4 = randomBits(rand, 32);
      const spellings = [
        formatV4(v4),
        formatV6(value),
        spellV6(rand, value),
        spellV6(rand, value),
        `::ffff:${formatV4(v4)}`,
        spellV6(rand, (0xffffn << 32n) | v4),
      ];
      for (const text of spellings) {
        check(text, true);
        check(`${pick(rand, WHITESPACE)}${text}${pick(rand, WHITESPACE)}`, false);
        for (let k = 0; k < 4; k++) check(corrupt(rand, text), false);
      }
    }
    expect(wrong.slice(0, 20)).toEqual([]);
    // Not vacuous: plenty of each outcome.
    expect(tally.read).toBeGreaterThan(10_000);
    expect(tally.refused).toBeGreaterThan(10_000);
    expect(tally.deferred).toBeGreaterThan(1_000);
  });
});

const WHITESPACE = ['', ' ', '\t', '\n', '\u00a0'];
const CORRUPTING = [...'0123456789abcdefABCDEFgx:.%/[] '];
const pick = <T,>(rand: () => number, of: readonly T[]): T => of[randomInt(rand, of.length)]!;

/** Groups zero half the time and of random width otherwise, so '::' runs of every length appear. */
function sparseV6(rand: () => number): bigint {
  let value = 0n;
  for (let g = 0; g < 8; g++) value = (value << 16n) | (rand() < 0.5 ? 0n : randomBits(rand, 1 + randomInt(rand, 16)));
  return value;
}

/**
 * A valid but random spelling: each group padded with 0-3 leading zeros and in random case, any
 * run of zero groups (not only the longest) maybe written as '::', and maybe a dotted-quad tail.
 */
function spellV6(rand: () => number, value: bigint): string {
  const dotted = rand() < 0.3;
  const count = dotted ? 6 : 8;
  const groups = Array.from({ length: count }, (_, g) => Number((value >> BigInt(112 - 16 * g)) & 0xffffn));
  const pieces = groups.map((group) => {
    const digits = group.toString(16);
    const padded = digits.padStart(digits.length + randomInt(rand, 5 - digits.length), '0');
    return rand() < 0.5 ? padded.toUpperCase() : padded;
  });
  if (dotted) pieces.push(formatV4(value & 0xffffffffn));
  const zeros = groups.flatMap((group, g) => (group === 0 ? [g] : []));
  if (zeros.length === 0 || rand() < 0.3) return pieces.join(':');
  // A random stretch of zero groups: from one of them up to the end of its run.
  const from = pick(rand, zeros);
  let to = from + 1;
  while (to < count && groups[to] === 0 && rand() < 0.8) to++;
  return `${pieces.slice(0, from).join(':')}::${pieces.slice(to).join(':')}`;
}

/** One to three random edits: insert, delete or replace a character, or double a stretch. */
function corrupt(rand: () => number, text: string): string {
  let t = text;
  for (let edits = 1 + randomInt(rand, 3); edits > 0; edits--) {
    const at = randomInt(rand, t.length + 1);
    const op = randomInt(rand, 4);
    if (op === 0) t = t.slice(0, at) + pick(rand, CORRUPTING) + t.slice(at);
    else if (op === 1) t = t.slice(0, at) + t.slice(at + 1);
    else if (op === 2) t = t.slice(0, at) + pick(rand, CORRUPTING) + t.slice(at + 1);
    else t = t.slice(0, at) + t.slice(at, at + 1 + randomInt(rand, 5)) + t.slice(at);
  }
  return t;
}

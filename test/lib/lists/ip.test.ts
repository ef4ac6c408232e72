import { describe, expect, it } from 'vitest';
import { canonicalCidr, canonicalIp, formatIpv6, parseCidr, parseIp } from '../../../lib/lists/ip';

const V6_MAX = (1n << 128n) - 1n;

describe('parseIp', () => {
  it.each<[string, 4 | 6, bigint]>([
    ['0.0.0.0', 4, 0n],
    ['255.255.255.255', 4, 0xffffffffn],
    ['192.0.2.1', 4, 0xc0000201n],
    [' 192.0.2.1 ', 4, 0xc0000201n],
    ['::', 6, 0n],
    ['::1', 6, 1n],
    ['2001:db8::', 6, 0x20010db8n << 96n],
    ['2001:DB8:0:0:0:0:0:1', 6, (0x20010db8n << 96n) | 1n],
    ['2001:db8:0:0:1::1', 6, (0x20010db8n << 96n) | (1n << 48n) | 1n],
    ['1::2:3:4:5:6:7', 6, 0x0001_0000_0002_0003_0004_0005_0006_0007n],
    ['1:2:3:4:5:6:7::', 6, 0x0001_0002_0003_0004_0005_0006_0007_0000n],
    ['ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff', 6, V6_MAX],
    ['::ffff:192.0.2.1', 6, (0xffffn << 32n) | 0xc0000201n],
    ['::192.0.2.1', 6, 0xc0000201n],
    ['64:ff9b::198.51.100.7', 6, (0x64ff9bn << 96n) | 0xc6336407n],
  ])('%s', (text, version, value) => {
    expect(parseIp(text)).toEqual({ version, value });
  });

  it.each([
    '',
    '1.2.3',
    '1.2.3.4.5',
    '256.0.0.1',
    '010.0.0.1', // octal in inet_aton: ambiguous
    '1.2.3.-1',
    '0x7f.0.0.1',
    '1.2.3.4/32',
    ':',
    ':::',
    '1::2::3',
    '1:2:3:4:5:6:7:8:9',
    '1:2:3:4:5:6:7',
    '1::2:3:4:5:6:7:8',
    '12345::',
    'g::1',
    'fe80::1%eth0',
    '[2001:db8::1]',
    '1.2.3.4::',
    '::1.2.3.4:5',
    '::ffff:256.1.1.1',
    `${'1:'.repeat(40)}1`,
    'localhost',
  ])('refuses %j', (text) => {
    expect(parseIp(text)).toBeUndefined();
  });
});

describe('parseCidr', () => {
  it.each<[string, 4 | 6, bigint, bigint, number]>([
    ['192.0.2.0/24', 4, 0xc0000200n, 0xc00002ffn, 24],
    ['192.0.2.77/24', 4, 0xc0000200n, 0xc00002ffn, 24],
    ['10.1.2.3/32', 4, 0x0a010203n, 0x0a010203n, 32],
    ['0.0.0.0/0', 4, 0n, 0xffffffffn, 0],
    ['2001:db8::/32', 6, 0x20010db8n << 96n, (0x20010db8n << 96n) | ((1n << 96n) - 1n), 32],
    ['::/0', 6, 0n, V6_MAX, 0],
    ['::ffff:172.16.0.0/108', 6, (0xffffn << 32n) | 0xac100000n, (0xffffn << 32n) | 0xac1fffffn, 108],
  ])('%s', (text, version, first, last, prefix) => {
    expect(parseCidr(text)).toEqual({ version, first, last, prefix });
  });

  it.each(['192.0.2.0', '192.0.2.0/33', '2001:db8::/129', '192.0.2.0/', '192.0.2.0/024', '192.0.2.0/-1', '1.2.3.4/8/8', 'x/8'])(
    'refuses %j',
    (text) => {
      expect(parseCidr(text)).toBeUndefined();
    },
  );
});

describe('canonical text', () => {
  it.each([
    ['192.0.2.1', '192.0.2.1'],
    ['2001:DB8:0000:0000:0000:0000:0000:0001', '2001:db8::1'],
    ['2001:db8:0:0:1:0:0:1', '2001:db8::1:0:0:1'], // first of two equal zero runs
    ['2001:db8:0:1:1:1:1:1', '2001:db8:0:1:1:1:1:1'], // a single zero group is not compressed
    ['0:0:0:0:0:0:0:0', '::'],
    ['::ffff:192.0.2.1', '192.0.2.1'], // IPv4-mapped is IPv4
    ['::ffff:c000:201', '192.0.2.1'],
    ['fe80:0:0:0:0:0:0:0', 'fe80::'],
  ])('address %s -> %s', (text, expected) => {
    expect(canonicalIp(text)).toBe(expected);
  });

  it.each([
    ['192.0.2.77/24', '192.0.2.0/24'],
    ['2001:DB8::1/32', '2001:db8::/32'],
    ['::ffff:10.0.0.0/104', '10.0.0.0/8'],
    ['::ffff:0:0/96', '0.0.0.0/0'],
    ['::/95', '::/95'],
  ])('range %s -> %s', (text, expected) => {
    expect(canonicalCidr(text)?.text).toBe(expected);
  });

  it('formats every value back to text that parses to it', () => {
    const values = [0n, 1n, V6_MAX, 0x20010db8n << 96n, (0xffffn << 32n) | 1n, 0x00010000000000000000000000000001n];
    for (const value of values) expect(parseIp(formatIpv6(value))).toEqual({ version: 6, value });
  });
});

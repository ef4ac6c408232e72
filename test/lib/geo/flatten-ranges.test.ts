import { describe, expect, it } from 'vitest';
import { cidrRange, flattener, withoutSpecialPurpose, type Row } from '../../../lib/geo/flatten-ranges';

const LIMIT = 100n;
/** Segments as "start:value" pairs, '-' for a gap. */
const flat = (rows: [number, number, number][]) => {
  const f = flattener(LIMIT);
  for (const [start, end, value] of rows) f.add({ start: BigInt(start), end: BigInt(end), value } satisfies Row);
  return show(f.finish());
};
const show = (s: { starts: bigint[]; values: number[] }) => s.starts.map((start, i) => `${start}:${s.values[i]! < 0 ? '-' : s.values[i]}`).join(' ');

describe('flattener', () => {
  it.each<[string, [number, number, number][], string]>([
    ['nothing', [], ''],
    ['one range, gap after', [[10, 19, 1]], '10:1 20:-'],
    ['range to the end of the space', [[10, 99, 1]], '10:1'],
    ['adjacent same value merge', [[0, 9, 1], [10, 19, 1]], '0:1 20:-'],
    ['adjacent different values', [[0, 9, 1], [10, 19, 2]], '0:1 10:2 20:-'],
    ['gap between ranges', [[0, 9, 1], [15, 19, 2]], '0:1 10:- 15:2 20:-'],
    ['gap between same values stays a gap', [[0, 9, 1], [15, 19, 1]], '0:1 10:- 15:1 20:-'],
    ['nested: the inner range wins', [[0, 49, 1], [10, 19, 2]], '0:1 10:2 20:1 50:-'],
    ['nested at the same start', [[0, 49, 1], [0, 9, 2]], '0:2 10:1 50:-'],
    ['nested at the same end', [[0, 49, 1], [40, 49, 2]], '0:1 40:2 50:-'],
    ['nested with the same value', [[0, 49, 1], [10, 19, 1]], '0:1 50:-'],
    ['two levels deep', [[0, 89, 1], [10, 59, 2], [20, 29, 3], [40, 49, 3]], '0:1 10:2 20:3 30:2 40:3 50:2 60:1 90:-'],
    ['partial overlap: the later start wins', [[0, 29, 1], [20, 39, 2]], '0:1 20:2 40:-'],
    ['range shadowed by a later one', [[0, 9, 1], [0, 9, 2]], '0:2 10:-'],
  ])('%s', (_, rows, expected) => {
    expect(flat(rows)).toBe(expected);
  });
});

describe('withoutSpecialPurpose', () => {
  it.each<[string, [bigint, bigint]]>([
    ['10.0.0.0/8', [0x0a000000n, 0x0affffffn]],
    ['224.0.0.0/3', [0xe0000000n, 0xffffffffn]],
    ['192.0.2.0/24', [0xc0000200n, 0xc00002ffn]],
  ])('IPv4 block %s', (cidr, range) => {
    expect(cidrRange(cidr, 4)).toEqual(range);
  });

  it('IPv6 block 2001:db8::/32', () => {
    expect(cidrRange('2001:db8::/32', 6)).toEqual([0x20010db8n << 96n, (0x20010db9n << 96n) - 1n]);
  });

  const v4 = (ip: string) => ip.split('.').reduce((n, p) => (n << 8n) | BigInt(p), 0n);
  const dotted = (n: bigint) => [24n, 16n, 8n, 0n].map((s) => (n >> s) & 255n).join('.');
  it.each<[string, [string, string][], string]>([
    ['untouched outside the holes', [['1.0.0.0', '1.255.255.255']], '1.0.0.0:0 2.0.0.0:-'],
    ['hole in the middle', [['9.0.0.0', '11.0.0.0']], '9.0.0.0:0 10.0.0.0:- 11.0.0.0:0 11.0.0.1:-'],
    ['range inside a hole disappears', [['10.1.0.0', '10.1.255.255']], ''],
    ['hole at the start', [['10.255.255.0', '11.0.0.255']], '11.0.0.0:0 11.0.1.0:-'],
    ['three holes in one range', [['192.0.0.0', '192.255.255.255']],
      '192.0.1.0:0 192.0.2.0:- 192.0.3.0:0 192.168.0.0:- 192.169.0.0:0 193.0.0.0:-'],
    ['multicast and reserved to the end', [['223.255.255.0', '255.255.255.255']], '223.255.255.0:0 224.0.0.0:-'],
  ])('%s', (_, rows, expected) => {
    const f = flattener(1n << 32n);
    for (const [start, end] of rows) f.add({ start: v4(start), end: v4(end), value: 0 });
    const out = withoutSpecialPurpose(f.finish(), 4, 1n << 32n);
    expect(out.starts.map((s, i) => `${dotted(s)}:${out.values[i]! < 0 ? '-' : out.values[i]}`).join(' ')).toBe(expected);
  });
});

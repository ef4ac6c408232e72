import { describe, expect, it } from 'vitest';
import { buildIpRangeIndex } from '../../../../lib/lists/indexes/ip-ranges';
import type { IndexEntry } from '../../../../lib/lists/indexes/types';
import { formatIp, prng, randomBits, randomInt } from './random';

const MAX6 = 'ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff';
const entry = (listId: string, value: string): IndexEntry => ({ kind: value.includes('/') ? 'cidr' : 'ip', value, listId });
const hits = (index: ReturnType<typeof buildIpRangeIndex>, ip: string) => index.lookup(ip).map((m) => m.listId).sort();

const edges = buildIpRangeIndex([
  entry('zero4', '0.0.0.0'),
  entry('max4', '255.255.255.255'),
  entry('ten', '10.0.0.0/8'),
  entry('ten-one', '10.1.0.0/16'),
  entry('host', '10.1.2.3'),
  entry('host32', '10.1.2.3/32'),
  entry('lan0', '192.168.0.0/24'),
  entry('lan1', '192.168.1.0/24'),
  entry('mapped', '::ffff:172.16.0.0/108'),
  entry('mapped-host', '::ffff:8.8.8.8'),
  entry('zero6', '::'),
  entry('max6', MAX6),
  entry('doc', '2001:db8::/32'),
  entry('doc128', '2001:db8::1/128'),
  entry('doc64', '2001:db8:0:1::/64'),
  { kind: 'email', value: '10.0.0.1', listId: 'not-an-ip-kind' },
]);

describe('IP range index: edges', () => {
  it.each<[string, string[]]>([
    ['0.0.0.0', ['zero4']],
    ['0.0.0.1', []],
    ['255.255.255.255', ['max4']],
    ['255.255.255.254', []],
    ['9.255.255.255', []],
    ['10.0.0.0', ['ten']],
    ['10.0.0.1', ['ten']],
    ['10.255.255.255', ['ten']],
    ['11.0.0.0', []],
    ['10.0.255.255', ['ten']],
    ['10.1.0.0', ['ten', 'ten-one']],
    ['10.1.2.2', ['ten', 'ten-one']],
    ['10.1.2.3', ['host', 'host32', 'ten', 'ten-one']],
    ['10.1.2.4', ['ten', 'ten-one']],
    ['10.1.255.255', ['ten', 'ten-one']],
    ['10.2.0.0', ['ten']],
    ['192.167.255.255', []],
    ['192.168.0.0', ['lan0']],
    ['192.168.0.255', ['lan0']],
    ['192.168.1.0', ['lan1']],
    ['192.168.1.255', ['lan1']],
    ['192.168.2.0', []],
    // IPv4-mapped IPv6 is IPv4, in queries and in entries.
    ['::ffff:10.1.2.3', ['host', 'host32', 'ten', 'ten-one']],
    ['::ffff:0.0.0.0', ['zero4']],
    ['::ffff:255.255.255.255', ['max4']],
    ['172.16.0.0', ['mapped']],
    ['172.31.255.255', ['mapped']],
    ['172.32.0.0', []],
    ['::ffff:172.20.1.1', ['mapped']],
    ['8.8.8.8', ['mapped-host']],
    ['::', ['zero6']],
    ['::1', []],
    [MAX6, ['max6']],
    ['ffff:ffff:ffff:ffff:ffff:ffff:ffff:fffe', []],
    ['2001:db7:ffff:ffff:ffff:ffff:ffff:ffff', []],
    ['2001:db8::', ['doc']],
    ['2001:db8::1', ['doc', 'doc128']],
    ['2001:db8::2', ['doc']],
    ['2001:db8:0:1::', ['doc', 'doc64']],
    ['2001:db8:0:1:ffff:ffff:ffff:ffff', ['doc', 'doc64']],
    ['2001:db8:0:2::', ['doc']],
    ['2001:db8:ffff:ffff:ffff:ffff:ffff:ffff', ['doc']],
    ['2001:db9::', []],
    ['not an ip', []],
    ['', []],
    ['10.0.0.256', []],
    ['10.0.0.0/8', []],
  ])('%s', (ip, expected) => {
    expect(hits(edges, ip)).toEqual(expected);
  });

  it('returns the entry, its list and the query as asked', () => {
    expect(edges.lookup('::ffff:10.1.2.3')).toEqual([
      { listId: 'ten', kind: 'cidr', value: '10.0.0.0/8', query: '::ffff:10.1.2.3' },
      { listId: 'ten-one', kind: 'cidr', value: '10.1.0.0/16', query: '::ffff:10.1.2.3' },
      { listId: 'host', kind: 'ip', value: '10.1.2.3', query: '::ffff:10.1.2.3' },
      { listId: 'host32', kind: 'cidr', value: '10.1.2.3/32', query: '::ffff:10.1.2.3' },
    ]);
    expect(edges.size).toBe(15);
  });
});

describe('IP range index: whole address spaces', () => {
  const all = buildIpRangeIndex([entry('all4', '0.0.0.0/0'), entry('all6', '::/0'), { ...entry('note', '1.2.3.4'), note: 'seen in case 7' }]);
  it.each<[string, string[]]>([
    ['0.0.0.0', ['all4', 'all6']], // ::/0 contains ::ffff:0:0/96, which is IPv4
    ['255.255.255.255', ['all4', 'all6']],
    ['1.2.3.4', ['all4', 'all6', 'note']],
    ['::', ['all6']],
    [MAX6, ['all6']],
    ['::fffe:ffff:ffff', ['all6']],
    ['::1:0:0:0', ['all6']],
  ])('%s', (ip, expected) => {
    expect(hits(all, ip)).toEqual(expected);
  });
  it('keeps the note', () => {
    expect(all.lookup('1.2.3.4').find((m) => m.listId === 'note')?.note).toBe('seen in case 7');
  });
  it('an empty index finds nothing', () => {
    expect(buildIpRangeIndex([]).lookup('1.2.3.4')).toEqual([]);
    expect(buildIpRangeIndex([]).lookup('::1')).toEqual([]);
  });
});

interface Truth {
  version: 4 | 6;
  first: bigint;
  last: bigint;
  entry: IndexEntry;
}

/** Ranges packed into a small corner of each space (10.0.0.0/16, 2001:db8::/112) so they overlap. */
function randomRanges(seed: number, count: number): Truth[] {
  const rand = prng(seed);
  const unique = new Map<string, Truth>();
  for (let i = 0; i < count; i++) {
    const version = rand() < 0.5 ? 4 : 6;
    const width = version === 4 ? 32 : 128;
    const base = version === 4 ? 0x0a000000n : 0x20010db8n << 96n;
    const prefix = width - randomInt(rand, rand() < 0.1 ? 17 : 9);
    const host = (1n << BigInt(width - prefix)) - 1n;
    const first = (base | randomBits(rand, 16)) & ~host;
    const text = formatIp(version, first);
    const value = prefix === width && rand() < 0.5 ? text : `${text}/${prefix}`;
    const listId = `list-${randomInt(rand, 8)}`;
    unique.set(`${listId} ${value}`, { version, first, last: first | host, entry: entry(listId, value) });
  }
  return [...unique.values()];
}

describe('IP range index agrees with a linear scan', () => {
  it.each([11, 12, 13])('seed %i', (seed) => {
    const truth = randomRanges(seed, 3000);
    const index = buildIpRangeIndex(truth.map((t) => t.entry));
    const rand = prng(seed * 7);
    const probes: [4 | 6, bigint][] = truth.flatMap((t) => [
      [t.version, t.first - 1n],
      [t.version, t.first],
      [t.version, t.last],
      [t.version, t.last + 1n],
    ]);
    for (let i = 0; i < 2000; i++) {
      const version = rand() < 0.5 ? 4 : 6;
      probes.push([version, (version === 4 ? 0x0a000000n : 0x20010db8n << 96n) | randomBits(rand, 17)]);
    }
    // Mismatches are collected and compared once: 14,000 expect() calls would dominate the run.
    const wrong: string[] = [];
    for (const [version, value] of probes) {
      const ip = formatIp(version, value);
      const expected = truth
        .filter((t) => t.version === version && t.first <= value && value <= t.last)
        .map((t) => `${t.entry.listId} ${t.entry.value}`)
        .sort();
      const actual = index.lookup(ip).map((m) => `${m.listId} ${m.value}`).sort();
      if (actual.join('|') !== expected.join('|')) wrong.push(`${ip}: ${actual.join(',')} != ${expected.join(',')}`);
    }
    expect(wrong).toEqual([]);
  });
});

import { cpus, release, totalmem, type as osType } from 'node:os';
import { buildListIndex, type ListQuery } from '../../lib/lists/indexes';
import { buildIpRangeIndex } from '../../lib/lists/indexes/ip-ranges';
import type { IndexEntry } from '../../lib/lists/indexes/types';
import { formatIp, prng, randomBits, randomInt } from '../lib/lists/indexes/random';

/**
 * `npx tsx test/bench/lists-bench.ts`: speed of the signal-list indexes at sizes a security team
 * could plausibly load, printed as a Markdown table to fold into BENCHMARKS.md. Pure Node, no
 * browser: the indexes are plain code over typed arrays and Maps, so V8 in Node and in Chromium's
 * service worker behave alike. Seeded, so runs differ only by the machine.
 */

const RANGES = 500_000;
const LOOKUPS = 1_000_000;
const MIXED = 1_000_000;
const EVALUATIONS = 1_000;
const RUNS = 5;

const rand = prng(20261124);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const now = () => process.hrtime.bigint();
const elapsedNs = (since: bigint) => Number(process.hrtime.bigint() - since);

interface RangeSpec {
  version: 4 | 6;
  first: bigint;
  last: bigint;
  /** Canonical list text: a bare address for a single host. */
  text: string;
  cidr: string;
}

/** Shaped like real blocklists: mostly hosts and /24s (IPv4) or /48-/64s (IPv6), a few wide blocks. */
function randomRange(): RangeSpec {
  const version = rand() < 0.5 ? 4 : 6;
  const width = version === 4 ? 32 : 128;
  const prefixes = version === 4 ? [32, 32, 32, 32, 32, 28, 24, 24, 24, 22, 20, 16] : [128, 128, 128, 64, 64, 64, 56, 48, 48, 40, 32];
  const prefix = prefixes[randomInt(rand, prefixes.length)]!;
  const host = (1n << BigInt(width - prefix)) - 1n;
  // IPv6 from 2000::/3, where global unicast lives.
  const first = (version === 4 ? randomBits(rand, 32) : (1n << 125n) | randomBits(rand, 125)) & ~host;
  const addr = formatIp(version, first);
  const cidr = `${addr}/${prefix}`;
  return { version, first, last: first | host, text: prefix === width ? addr : cidr, cidr };
}

/** Half the addresses fall inside a listed range, half anywhere in the family's space. */
function randomAddresses(ranges: RangeSpec[], count: number, version?: 4 | 6): string[] {
  const pool = version ? ranges.filter((r) => r.version === version) : ranges;
  return Array.from({ length: count }, () => {
    const r = pool[randomInt(rand, pool.length)]!;
    if (rand() < 0.5) return formatIp(r.version, r.first + ((r.last - r.first) * BigInt(randomInt(rand, 1024))) / 1024n);
    return formatIp(r.version, r.version === 4 ? randomBits(rand, 32) : (1n << 125n) | randomBits(rand, 125));
  });
}

function benchIpRanges() {
  const ranges = Array.from({ length: RANGES }, randomRange);
  const entries: IndexEntry[] = ranges.map((r, i) => ({ kind: r.text.includes('/') ? 'cidr' : 'ip', value: r.text, listId: `list-${i % 20}` }));
  const builds: number[] = [];
  let index = buildIpRangeIndex(entries);
  for (let run = 0; run < 3; run++) {
    const t = now();
    index = buildIpRangeIndex(entries);
    builds.push(elapsedNs(t));
  }
  const perLookup = (addresses: string[]) => {
    let hits = 0;
    for (const a of addresses) hits += index.lookup(a).length; // warm-up, so the JIT has settled
    const runs: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      const t = now();
      for (const a of addresses) hits += index.lookup(a).length;
      runs.push(elapsedNs(t) / addresses.length);
    }
    return { ns: median(runs), hitRate: hits / (addresses.length * (RUNS + 1)) };
  };
  return {
    buildMs: median(builds) / 1e6,
    segments: index.segments,
    mixed: perLookup(randomAddresses(ranges, LOOKUPS)),
    v4: perLookup(randomAddresses(ranges, LOOKUPS, 4)),
    v6: perLookup(randomAddresses(ranges, LOOKUPS, 6)),
  };
}

const word = () => Math.floor(rand() * 36 ** 6).toString(36);
const digits = (n: number) => Array.from({ length: n }, () => randomInt(rand, 10)).join('');

/** Share of each kind among the mixed entries, summing to 1. */
const MIX: [string, number, () => string][] = [
  ['email', 0.3, () => `${word()}.${word()}@${word()}.example`],
  ['email-domain', 0.1, () => `${word()}.example`],
  ['phone', 0.15, () => `+1${digits(10)}`],
  ['phone-prefix', 0.05, () => `+${digits(4 + randomInt(rand, 5))}`], // country + area, like premium-rate blocks
  ['ip', 0.1, () => formatIp(4, randomBits(rand, 32))],
  ['cidr', 0.1, () => randomRange().cidr],
  ['github', 0.05, () => word()],
  ['linkedin', 0.05, () => `${word()}-${word()}`],
  ['name', 0.05, () => `${word()} ${word()}`],
  ['employer-domain', 0.02, () => `${word()}.example`],
  ['asn', 0.02, () => `AS${randomInt(rand, 400_000)}`],
  ['photo-hash', 0.01, () => randomBits(rand, 64).toString(16).padStart(16, '0')],
];

function benchCandidate() {
  const entries: IndexEntry[] = [];
  for (const [kind, share, make] of MIX) {
    for (let i = 0; i < MIXED * share; i++) entries.push({ kind, value: make(), listId: `list-${i % 20}` });
  }
  const t = now();
  const index = buildListIndex(entries);
  const buildMs = elapsedNs(t) / 1e6;
  const pick = (kind: string) => {
    const of = entries.filter((e) => e.kind === kind);
    return () => of[randomInt(rand, of.length)]!.value;
  };
  const [email, phone, ip, github] = ['email', 'phone', 'ip', 'github'].map(pick) as [() => string, () => string, () => string, () => string];
  // Each candidate repeats one listed e-mail, phone, IP and handle, so matches are built too.
  const candidates: ListQuery[] = Array.from({ length: EVALUATIONS }, () => ({
    emails: [email(), `${word()}@gmail.com`, `${word()}@sub.${word()}.example`],
    phones: [phone(), `+44${digits(10)}`],
    ips: [ip(), formatIp(4, randomBits(rand, 32)), formatIp(6, (1n << 125n) | randomBits(rand, 125)), `::ffff:${formatIp(4, randomBits(rand, 32))}`],
    asns: [`AS${randomInt(rand, 400_000)}`],
    github: [github()],
    linkedin: [`${word()}-${word()}`],
    names: [`${word()} ${word()}`],
    employerDomains: [`careers.${word()}.example`],
  }));
  let found = 0;
  for (const c of candidates) found += index.match(c).length; // warm-up
  const times = candidates.map((c) => {
    const start = now();
    found += index.match(c).length;
    return elapsedNs(start);
  });
  return { buildMs, size: index.size, medianUs: median(times) / 1e3, matchesPer: found / (2 * EVALUATIONS) };
}

const ip = benchIpRanges();
const candidate = benchCandidate();
const cpu = cpus();
const verdict = (value: number, target: number) => (value < target ? 'met' : 'missed');
const us = (ns: number) => `${(ns / 1000).toFixed(2)} µs`;

console.log(`## Signal-list indexes

Written by \`npx tsx test/bench/lists-bench.ts\`: ${RANGES.toLocaleString('en')} random IPv4+IPv6 ranges
(IPv4 /32 to /16, IPv6 /128 to /32, 20 lists, seeded), ${LOOKUPS.toLocaleString('en')} addresses per run (half inside a listed range),
median of ${RUNS} runs; one candidate (3 e-mails, 2 phones, 4 IPs, ASN, handles, names, employer) against
${candidate.size.toLocaleString('en')} mixed entries, median of ${EVALUATIONS.toLocaleString('en')} evaluations.

- Date: ${new Date().toISOString().slice(0, 10)}
- Machine: ${cpu.length} × ${cpu[0]?.model.trim() ?? 'unknown CPU'}, ${Math.round(totalmem() / 2 ** 30)} GiB, ${osType()} ${release()}, Node ${process.version}

| measure | result | target | |
|---|---|---|---|
| IP index build, ${RANGES.toLocaleString('en')} ranges -> ${ip.segments.v4.toLocaleString('en')} IPv4 + ${ip.segments.v6.toLocaleString('en')} IPv6 segments (median of 3) | ${ip.buildMs.toFixed(0)} ms | | |
| IP lookup, IPv4+IPv6 mixed (hit rate ${ip.mixed.hitRate.toFixed(2)}) | ${us(ip.mixed.ns)} | < 2 µs | ${verdict(ip.mixed.ns, 2000)} |
| IP lookup, IPv4 only | ${us(ip.v4.ns)} | < 2 µs | ${verdict(ip.v4.ns, 2000)} |
| IP lookup, IPv6 only | ${us(ip.v6.ns)} | < 2 µs | ${verdict(ip.v6.ns, 2000)} |
| mixed index build, ${candidate.size.toLocaleString('en')} entries | ${candidate.buildMs.toFixed(0)} ms | | |
| one candidate evaluated (${candidate.matchesPer.toFixed(1)} matches each) | ${candidate.medianUs.toFixed(1)} µs | < 1 ms | ${verdict(candidate.medianUs, 1000)} |
`);

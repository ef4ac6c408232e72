import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { cpus, tmpdir, totalmem } from 'node:os';
import path from 'node:path';
import { buildGeoDb } from '../../lib/build/geo-db';
import { timeZoneForPlace, utcOffsetsMinutes } from '../../lib/geo/city-timezone';
import { decodeGeoTable } from '../../lib/geo/geo-format';
import { createIpGeo } from '../../lib/geo/ip-geo';

/**
 * `npx tsx test/bench/geo-bench.ts`: how long the install-time geo build takes, how big its tables
 * are, and what one lookup costs, printed as Markdown for BENCHMARKS.md. Pure Node: the reader is
 * typed arrays and a binary search, which V8 runs alike in Node and in the service worker.
 * Seeded, so runs differ only by the machine.
 */

const LOOKUPS = 1_000_000;
const RUNS = 5;
const BUILDS = 2;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** mulberry32: small, seeded, good enough to spread addresses. */
function prng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rand = prng(20261124);
const word16 = () => Math.floor(rand() * 0x10000);
const randomV4 = () => [0, 0, 0, 0].map(() => Math.floor(rand() * 256)).join('.');
/**
 * Random IPv6 is almost never allocated, so half the addresses keep the top 64 bits of a random
 * segment of the country table (real networks), the other half are anywhere in 2000::/3.
 */
function randomV6(countryV6: ArrayBuffer): () => string {
  const { starts } = decodeGeoTable(countryV6, { label: 'ip-country-v6.bin', kind: 'country', family: 6 });
  const segments = starts.length / 4;
  return () => {
    const groups = [0x2000 | (word16() & 0x1fff), ...Array.from({ length: 7 }, word16)];
    if (rand() < 0.5) {
      const at = Math.floor(rand() * segments) * 4;
      [0, 1].forEach((w) => groups.splice(w * 2, 2, starts[at + w]! >>> 16, starts[at + w]! & 0xffff));
    }
    return groups.map((g) => g.toString(16)).join(':');
  };
}

async function main() {
  const out = await mkdtemp(path.join(tmpdir(), 'hireproof-geo-bench-'));
  try {
    const buildMs: number[] = [];
    let files: { file: string; bytes: number; segments: number }[] = [];
    for (let i = 0; i < BUILDS; i++) {
      const result = await buildGeoDb({ outDir: out, force: true });
      buildMs.push(result.ms);
      files = result.files;
    }
    const skipMs = (await buildGeoDb({ outDir: out })).ms;

    const read = async (name: string) => new Uint8Array(await readFile(path.join(out, name))).buffer;
    const buffers = {
      countryV4: await read('ip-country-v4.bin'),
      countryV6: await read('ip-country-v6.bin'),
      asnV4: await read('ip-asn-v4.bin'),
      asnV6: await read('ip-asn-v6.bin'),
    };
    const loadMs: number[] = [];
    let geo = createIpGeo(buffers);
    for (let i = 0; i < RUNS; i++) {
      const t = performance.now();
      geo = createIpGeo(buffers);
      loadMs.push(performance.now() - t);
    }

    const perLookup = (addresses: string[]) => {
      let hits = 0;
      for (const a of addresses) if (geo.lookup(a)) hits++; // warm-up: JIT settles, AS names get cached
      const runs: number[] = [];
      for (let run = 0; run < RUNS; run++) {
        const t = process.hrtime.bigint();
        for (const a of addresses) if (geo.lookup(a)) hits++;
        runs.push(Number(process.hrtime.bigint() - t) / addresses.length);
      }
      return { ns: median(runs), hitRate: hits / (addresses.length * (RUNS + 1)) };
    };
    const v4 = perLookup(Array.from({ length: LOOKUPS }, randomV4));
    const v6 = perLookup(Array.from({ length: LOOKUPS }, randomV6(buffers.countryV6)));

    let t = performance.now();
    timeZoneForPlace({ city: 'Portland', region: 'OR', country: 'US' });
    const cityFirstMs = performance.now() - t;
    t = performance.now();
    for (let i = 0; i < 10_000; i++) timeZoneForPlace({ city: 'Manchester', country: 'GB' });
    const cityUs = ((performance.now() - t) / 10_000) * 1000;
    t = performance.now();
    for (let i = 0; i < 100; i++) utcOffsetsMinutes('Europe/London', Date.UTC(2026, 0, 1) + i * 86_400_000);
    const offsetsMs = (performance.now() - t) / 100;

    const mb = (n: number) => `${(n / 1e6).toFixed(2)} MB`;
    console.log(`- Date: ${new Date().toISOString().slice(0, 10)}`);
    console.log(`- Machine: ${cpus().length} × ${cpus()[0]?.model.trim()}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}\n`);
    console.log('| table | segments | size |\n|---|---|---|');
    for (const f of files) console.log(`| ${f.file} | ${f.segments.toLocaleString('en')} | ${mb(f.bytes)} |`);
    console.log(`| total | | ${mb(files.reduce((s, f) => s + f.bytes, 0))} |\n`);
    console.log('| measure | value |\n|---|---|');
    console.log(`| build from CSVs (--force, median of ${BUILDS}) | ${(median(buildMs) / 1000).toFixed(1)} s |`);
    console.log(`| build when current (skipped) | ${skipMs.toFixed(0)} ms |`);
    console.log(`| createIpGeo: validate 4 tables (median of ${RUNS}) | ${median(loadMs).toFixed(1)} ms |`);
    console.log(`| lookup, random IPv4 (${LOOKUPS.toLocaleString('en')}, median of ${RUNS}) | ${v4.ns.toFixed(0)} ns (${(v4.hitRate * 100).toFixed(0)}% known) |`);
    console.log(`| lookup, IPv6, half in known networks (${LOOKUPS.toLocaleString('en')}, median of ${RUNS}) | ${v6.ns.toFixed(0)} ns (${(v6.hitRate * 100).toFixed(0)}% known) |`);
    console.log(`| timeZoneForPlace, first call (builds the name index) | ${cityFirstMs.toFixed(1)} ms |`);
    console.log(`| timeZoneForPlace, later calls | ${cityUs.toFixed(1)} µs |`);
    console.log(`| utcOffsetsMinutes (a year, weekly samples) | ${offsetsMs.toFixed(2)} ms |`);
  } finally {
    await rm(out, { recursive: true, force: true });
  }
}

await main();

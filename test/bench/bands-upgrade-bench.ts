import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, release, tmpdir, totalmem, type as osType } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { CHROMIUM_PATH } from '../e2e/browser';
import { openSimilarityPage } from '../vision/similarity-page';
import { BACKFILL_BATCH_SIZE } from '../../lib/db/backfill-summary-bands';
import type { BandsUpgradeBenchApi, Design } from './bands-upgrade-bench-page-entry';
import { sampleMemory, type MemoryPeaks } from './chromium-memory';

/**
 * `npx tsx test/bench/bands-upgrade-bench.ts`: opening a database stored at schema version 6 with
 * `--summaries` fingerprints (10,000 and 100,000) with the current schema, i.e. the upgrade to
 * version 7, which files summaries under their bands in rows of their own; for both designs
 * (bands-upgrade-bench-page-entry.ts): filing every band row inside the upgrade, and the upgrade
 * recording a backfill that files them in batches afterwards (timed too, batch by batch).
 * Headless Chromium, IndexedDB on disk (a persistent profile), the real lib/db code on a page built by
 * Vite. Each stored summary is generated as the similarity bench's are (60-140 words, own words plus
 * stock phrases), fingerprinted by the real code. Prints Markdown; progress goes to stderr.
 */
const { values } = parseArgs({
  options: {
    summaries: { type: 'string', default: '10000,100000' },
    designs: { type: 'string', default: 'in-upgrade,backfill' },
    batch: { type: 'string', default: '2000' },
    // Summaries per backfill transaction; a list runs the backfill once per size.
    'backfill-batch': { type: 'string', default: String(BACKFILL_BATCH_SIZE) },
    // An upgrade still running after this many seconds is given up (and reported so).
    limit: { type: 'string', default: '900' },
    // A folder keeping the seeded version-6 profiles between runs (seeding 100,000 takes minutes);
    // each measurement runs on a fresh copy, since the upgrade changes the database.
    cache: { type: 'string', default: '' },
  },
});
const sizes = values.summaries.split(',').map(Number);
const designs = values.designs.split(',') as Design[];
const batch = Number(values.batch);
const backfillBatches = values['backfill-batch'].split(',').map(Number);
const limitMs = Number(values.limit) * 1000;
const log = (line: string) => console.error(line);
const ENTRY = 'test/bench/bands-upgrade-bench-page-entry.ts';
const GLOBAL = 'bandsUpgradeBench';
const open = (profile: string) => openSimilarityPage<BandsUpgradeBenchApi>(ENTRY, GLOBAL, profile);
const quantile = (xs: readonly number[], q: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))] ?? NaN;

/** A profile folder holding `count` summaries at version 6: from the cache when seeded before. */
async function seededProfile(count: number): Promise<{ dir: string; seedSeconds: number }> {
  const dir = values.cache ? path.resolve(values.cache, `v6-${count}`) : mkdtempSync(path.join(tmpdir(), 'hireproof-bands-v6-'));
  const marker = `${dir}.json`;
  if (existsSync(marker)) return { dir, seedSeconds: (JSON.parse(readFileSync(marker, 'utf8')) as { seedSeconds: number }).seedSeconds };
  rmSync(dir, { recursive: true, force: true });
  const page = await open(dir);
  const t0 = performance.now();
  try {
    for (let start = 0; start < count; start += batch) {
      await page.call('seed', start, Math.min(count, start + batch));
      if ((start / batch) % 10 === 0) log(`seeded ${Math.min(count, start + batch)} / ${count}`);
    }
    const stored = await page.call('storedAtVersion6');
    if (stored !== count) throw new Error(`seeded ${stored} summaries, not ${count}`);
  } finally {
    await page.close();
  }
  const seedSeconds = (performance.now() - t0) / 1000;
  writeFileSync(marker, JSON.stringify({ seedSeconds }));
  return { dir, seedSeconds };
}

interface Run {
  count: number;
  design: Design;
  /** Summaries per backfill transaction (backfill only). */
  batchSize?: number;
  seedSeconds: number;
  openAt6Ms: number;
  /** Undefined: still running at the limit. */
  openMs?: number;
  phases: Array<[string, number]>;
  upgradeMemory: MemoryPeaks;
  backfill?: { totalMs: number; batchMs: number[]; filed: number; memory: MemoryPeaks };
  bands?: { rows: number; ids: number; digest: string };
}

async function measure(count: number, design: Design, seeded: { dir: string; seedSeconds: number }, batchSize?: number): Promise<Run> {
  const dir = mkdtempSync(path.join(tmpdir(), 'hireproof-bands-run-'));
  cpSync(seeded.dir, dir, { recursive: true });
  const page = await open(dir);
  try {
    log(`${design}: upgrading ${count}`);
    const sampler = await sampleMemory(page.page, dir);
    let timer: number | undefined;
    const limit = new Promise<undefined>((resolve) => (timer = Number(setTimeout(resolve, limitMs))));
    const upgraded = await Promise.race([page.call('upgrade', design), limit]).finally(() => clearTimeout(timer));
    const upgradeMemory = await sampler.stop();
    const run: Run = { count, design, ...(batchSize ? { batchSize } : {}), seedSeconds: seeded.seedSeconds, openAt6Ms: upgraded?.openAt6Ms ?? NaN, phases: await page.call('phases'), upgradeMemory };
    if (!upgraded) return run;
    if (upgraded.version !== 7) throw new Error(`opened at version ${upgraded.version}`);
    run.openMs = upgraded.openMs;
    if (batchSize) {
      log(`${design}: backfilling ${count}, ${batchSize} per batch`);
      const during = await sampleMemory(page.page, dir);
      const filled = await page.call('backfill', batchSize);
      run.backfill = { ...filled, memory: await during.stop() };
    }
    log(`${design}: reading the band rows`);
    run.bands = await page.call('bandRows');
    return run;
  } finally {
    await page.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

const runs: Run[] = [];
for (const count of sizes) {
  const seeded = await seededProfile(count);
  for (const design of designs) {
    for (const batchSize of design === 'backfill' ? backfillBatches : [undefined]) {
      const run = await measure(count, design, seeded, batchSize);
      log(JSON.stringify({ ...run, backfill: run.backfill && { ...run.backfill, batchMs: undefined, longestMs: Math.max(...run.backfill.batchMs) } }));
      runs.push(run);
    }
  }
  if (!values.cache) rmSync(seeded.dir, { recursive: true, force: true });
}

const sec = (x: number | undefined) => (x === undefined ? `> ${values.limit} s (given up)` : `${(x / 1000).toFixed(2)} s`);
const mb = (x: number | undefined) => (x === undefined ? '' : `${x.toFixed(0)} MB`);
const rss = (m: MemoryPeaks | undefined, kind: string) => (m ? `${mb(m.rssMb[kind])} (${mb(m.startRssMb[kind])})` : '');
const cpu = cpus();
console.log(`## Upgrade to database version 7 (summary bands)

Written by \`npx tsx test/bench/bands-upgrade-bench.ts\`: a database stored at version 6 with generated
summary fingerprints (and their candidates) opened with every version declared, for two designs of
the upgrade: \`in-upgrade\` files every band row inside the upgrade (as first written), \`backfill\`
only records that filing is due, and the background files them in batches of the size shown
afterwards (lib/db/backfill-summary-bands.ts). Headless Chromium, IndexedDB on disk, the real lib/db
code on a Vite-built page. The database is first opened at version 6, so that the storage backend's
start is not counted. Memory is the peak sampled every 100 ms: the page's JS heap and the resident
memory of the browser process and of the renderers (in brackets: before).

- Date: ${new Date().toISOString().slice(0, 10)}
- Machine: ${cpu.length} × ${cpu[0]?.model.trim() ?? 'unknown CPU'}, ${Math.round(totalmem() / 2 ** 30)} GiB, ${osType()} ${release()}, Node ${process.version}, ${execFileSync(CHROMIUM_PATH, ['--version'], { encoding: 'utf8' }).trim()}
- Load average at the end: ${loadavg().map((x) => x.toFixed(2)).join(', ')}

| summaries stored | design | upgrade (opening) | page heap peak | browser RSS | renderers RSS | backfill total | batch size | batches | batch p50 | batch p95 | longest batch | page heap peak | browser RSS | band rows | ids filed | digest |
|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|
${runs
  .map((r) => {
    const b = r.backfill;
    const backfill = b
      ? [sec(b.totalMs), r.batchSize, b.batchMs.length, `${quantile(b.batchMs, 0.5).toFixed(0)} ms`, `${quantile(b.batchMs, 0.95).toFixed(0)} ms`, `${Math.max(...b.batchMs).toFixed(0)} ms`, mb(b.memory.pageHeapMb), rss(b.memory, 'browser')]
      : ['', '', '', '', '', '', '', ''];
    const bands = r.bands ? [r.bands.rows.toLocaleString('en'), r.bands.ids.toLocaleString('en'), r.bands.digest] : ['', '', ''];
    return `| ${[r.count.toLocaleString('en'), r.design, sec(r.openMs), mb(r.upgradeMemory.pageHeapMb), rss(r.upgradeMemory, 'browser'), rss(r.upgradeMemory, 'renderer'), ...backfill, ...bands].join(' | ')} |`;
  })
  .join('\n')}

Where the upgrades' time went (ms since the call, seeding excluded: ${runs.map((r) => `${r.count.toLocaleString('en')} seeded in ${r.seedSeconds.toFixed(0)} s`).filter((x, i, all) => all.indexOf(x) === i).join(', ')}):

${runs.map((r) => `- ${r.count.toLocaleString('en')}, ${r.design}${r.batchSize ? ` (${r.batchSize})` : ''}: ${r.phases.map(([phase, at]) => `${phase} ${at.toFixed(0)}`).join(' → ')}`).join('\n')}
`);

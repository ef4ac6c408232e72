import { execFileSync } from 'node:child_process';
import { cpus, release, totalmem, type as osType } from 'node:os';
import { parseArgs } from 'node:util';
import { CHROMIUM_PATH } from '../e2e/browser';
import { openSimilarityPage } from '../vision/similarity-page';
import type { SimilarityBenchApi } from './similarity-bench-page-entry';

/**
 * `npx tsx test/bench/similarity-bench.ts`: the reused-resume-text and reused-photo lookups with
 * `--candidates` (100,000) stored, printed as Markdown for BENCHMARKS.md. In headless Chromium with
 * IndexedDB on disk (a persistent profile), through the same Dexie schema and lookup code as the
 * background (lib/db/find-similar-*.ts), on a page built by Vite: the built extension has no hook
 * to call them with chosen input, and the IndexedDB engine is the same. Each candidate stored has a
 * generated summary (60-140 words, own words plus stock phrases) and a random 64-bit photo hash.
 */
const { values } = parseArgs({
  options: {
    candidates: { type: 'string', default: '100000' },
    lookups: { type: 'string', default: '200' },
    batch: { type: 'string', default: '2000' },
    // A browser profile folder kept between runs: seeding (minutes) is skipped when its database
    // already holds the candidates. For working on the lookups; the bench proper starts fresh.
    profile: { type: 'string', default: '' },
  },
});
const stored = Number(values.candidates);
const lookups = Number(values.lookups);
const batch = Number(values.batch);
const WARMUP = 10;

const quantile = (xs: readonly number[], q: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))] ?? NaN;
const ms = (x: number) => `${x.toFixed(1)} ms`;

const page = await openSimilarityPage<SimilarityBenchApi>('test/bench/similarity-bench-page-entry.ts', 'similarityBench', values.profile);
try {
  let fingerprintMs = 0;
  let writeMs = 0;
  const seedStart = performance.now();
  const seeded = (await page.call('counts')).photos >= stored;
  for (let start = 0; start < (seeded ? 0 : stored); start += batch) {
    const t = await page.call('seed', start, Math.min(stored, start + batch));
    fingerprintMs += t.fingerprintMs;
    writeMs += t.writeMs;
    if ((start / batch) % 10 === 0) console.error(`seeded ${Math.min(stored, start + batch)} / ${stored}`);
  }
  const seedSeconds = (performance.now() - seedStart) / 1000;
  const counts = await page.call('counts');

  // Half the new candidates bring a summary or photo of their own, half a copy of a stored one.
  const rows: Array<[string, number[], number[]]> = [];
  const run = async (label: string, once: (i: number) => Promise<{ lookupMs: number; matches: number }>) => {
    const times: number[] = [];
    const found: number[] = [];
    for (let i = 0; i < lookups + WARMUP; i++) {
      const r = await once(i);
      if (i >= WARMUP) {
        times.push(r.lookupMs);
        found.push(r.matches);
      }
    }
    rows.push([label, times, found]);
  };
  const summaryFingerprints: number[] = [];
  await run('reused-resume-text: a summary of its own', async (i) => {
    const r = await page.call('lookupSummary', i, -1);
    summaryFingerprints.push(r.fingerprintMs);
    return r;
  });
  await run('reused-resume-text: a renamed copy of a stored summary', (i) => page.call('lookupSummary', i, (i * 7919) % stored));
  await run('reused-photo: a photo of its own', (i) => page.call('lookupPhoto', i, -1, 0));
  await run('reused-photo: a stored photo, 3 bits changed', (i) => page.call('lookupPhoto', i, (i * 7919) % stored, 3));
  const pipelineRows: Array<[string, number[]]> = [];
  const photoStores: number[] = [];
  for (const [kind, label] of [
    ['plain', 'new applicant, no summary, no photo'],
    ['summary', 'new applicant with a summary (text lookup; a new photo is hashed after the reply)'],
    ['revisit-plain', 'applicant seen again, no summary, no photo'],
    ['revisit', 'applicant seen again, same summary and hashed photo (matches from their rows\' near lists)'],
  ] as const) {
    // Pages read again are first all read once, so the first visits' writes have settled.
    if (kind === 'revisit' || kind === 'revisit-plain') {
      for (let i = 0; i < lookups + WARMUP; i++) {
        const t = await page.call('firstVisit', i, kind);
        if (kind === 'revisit' && i >= WARMUP) photoStores.push(t);
      }
    }
    const times: number[] = [];
    for (let i = 0; i < lookups + WARMUP; i++) {
      const t = await page.call('pipeline', i, kind);
      if (i >= WARMUP) times.push(t);
    }
    pipelineRows.push([label, times]);
  }

  const chromium = execFileSync(CHROMIUM_PATH, ['--version'], { encoding: 'utf8' }).trim();
  const cpu = cpus();
  const table = rows
    .map(([label, times, found]) => {
      return `| ${label} | ${times.length} | ${ms(quantile(times, 0.5))} | ${ms(quantile(times, 0.95))} | ${(found.reduce((s, x) => s + x, 0) / found.length).toFixed(2)} |`;
    })
    .join('\n');
  console.log(`## Similarity lookups (reused-resume-text, reused-photo)

Written by \`npx tsx test/bench/similarity-bench.ts\`: ${counts.candidates.toLocaleString('en')} candidates stored, each with a
summary fingerprint (MinHash, 16 LSH bands) and a photo hash (filed under 11 multi-index blocks): ${counts.summaries.toLocaleString('en')}
fingerprints, ${counts.photos.toLocaleString('en')} photo hashes, ${counts.blocks.toLocaleString('en')} block rows. Headless Chromium, IndexedDB on disk, the extension's Dexie schema and lookup code
(lib/db/find-similar-summaries.ts, lib/db/find-similar-photos.ts) on a Vite-built page. Each lookup is one
read-only transaction for one new candidate, timed in the page; ${lookups} per row after ${WARMUP} warm-up lookups.
The observation pipeline runs both lookups together, only for a page with a summary or a hashed photo
(its budget: the first table, p95 under 20 ms for the whole observation).
Stored photo hashes are uniformly random; real portraits cluster more, so block rows are less even.

- Date: ${new Date().toISOString().slice(0, 10)}
- Machine: ${cpu.length} × ${cpu[0]?.model.trim() ?? 'unknown CPU'}, ${Math.round(totalmem() / 2 ** 30)} GiB, ${osType()} ${release()}, Node ${process.version}, ${chromium}

| measure | samples | median | p95 | matches per lookup |
|---|---|---|---|---|
${table}
| fingerprinting one summary (words, shingles, MinHash, bands) | ${summaryFingerprints.length - WARMUP} | ${ms(quantile(summaryFingerprints.slice(WARMUP), 0.5))} | ${ms(quantile(summaryFingerprints.slice(WARMUP), 0.95))} | |

The observation pipeline on the same database (recordObservation from the call to the candidate's
assessment committed; no signal lists enabled; the background's figure in the first table adds
message parsing). A new summary is filed under its 16 bands, with its near list, after that, in the
transaction that re-checks the other applicants concerned, and a new photo is hashed after the reply:
neither is timed here. Summary and photo rows list their near-duplicates (kept both ways where
summaries are filed and hashes stored: lib/db/summary-near.ts, lib/db/photo-near.ts), so a page read
again with the same summary and photo reads neither band nor block rows. The stored summaries are
seeded the same way (filed with their lists).

| observation recorded | samples | median | p95 |
|---|---|---|---|
${pipelineRows.map(([label, times]) => `| ${label} | ${times.length} | ${ms(quantile(times, 0.5))} | ${ms(quantile(times, 0.95))} |`).join('\n')}
| a downloaded photo's hash stored (after the reply: block rows, the applicant re-assessed) | ${photoStores.length} | ${ms(quantile(photoStores, 0.5))} | ${ms(quantile(photoStores, 0.95))} |

| seeding ${stored.toLocaleString('en')} candidates (batches of ${batch.toLocaleString('en')}) | |
|---|---|
| total | ${seedSeconds.toFixed(0)} s |
| fingerprinting the summaries | ${(fingerprintMs / 1000).toFixed(1)} s |
| IndexedDB writes (candidates, fingerprints, photo hashes and block rows) | ${(writeMs / 1000).toFixed(1)} s |
`);
} finally {
  await page.close();
}

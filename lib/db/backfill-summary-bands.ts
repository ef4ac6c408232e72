import { z } from 'zod';
import type { HireProofDb } from './database';
import { fileSummaries } from './summary-near';

/**
 * Files the summaries stored before database version 7 under their bands, in batches, after the
 * upgrade. Filing them inside the upgrade took 6.4 minutes with 100,000 stored (1.6 million band
 * rows, 3 GB more memory), and in two runs of three it had not finished when given up after 11 and
 * 20 minutes (BENCHMARKS.md): all that time in the versionchange transaction, which blocks every
 * page's checks and starts over from nothing when Chrome stops the service worker. Here each batch
 * is one short transaction that also saves how far filing got, so a stopped worker resumes there at
 * its next start. The total work is about the same (8 minutes of the worker's time with 100,000
 * stored), spread over as many worker starts as it takes.
 *
 * Until the backfill is done, a lookup simply misses the stored summaries not filed yet (they are
 * found again once filed); a page read meanwhile files its own summary, as any page whose filing
 * was lost does (lib/db/record-observation.ts), and filing it again here changes nothing.
 */

/** The settings row saying filing is due, written by the version 7 upgrade; removed when done. */
export const SUMMARY_BANDS_BACKFILL_KEY = 'summaryBandsBackfill';

/** `filedThrough`: the last fingerprint id (primary key order) filed; absent: none yet. */
export const BackfillProgressSchema = z.object({ filedThrough: z.string().optional() });
export type BackfillProgress = z.infer<typeof BackfillProgressSchema>;

/**
 * Fingerprints per batch. Each is filed under 16 band rows, read and written at about 0.3 ms a row
 * in Chromium, and given its near list: 100 take about 0.5 s (median; p95 0.7 s, the slowest
 * 2.4 s), which is the most a page's check queued behind a batch waits. 500 held every check for
 * 2 s (BENCHMARKS.md).
 */
export const BACKFILL_BATCH_SIZE = 100;

/** Files the next batch and saves the progress, in one transaction. `done`: nothing is left to file. */
export async function fileSummaryBandsBatch(db: HireProofDb, size = BACKFILL_BATCH_SIZE): Promise<{ filed: number; done: boolean }> {
  return db.transaction('rw', [db.settings, db.summaryFingerprints, db.summaryBands], async () => {
    const due = await db.settings.get(SUMMARY_BANDS_BACKFILL_KEY);
    if (!due) return { filed: 0, done: true };
    // Progress that does not parse starts over: filing a summary already filed changes nothing.
    const after = BackfillProgressSchema.safeParse(due.value).data?.filedThrough;
    const from = after === undefined ? db.summaryFingerprints.toCollection() : db.summaryFingerprints.where(':id').above(after);
    const batch = await from.limit(size).toArray();
    // With their near lists, so a summary filed here is in the lists of those filed before it.
    await fileSummaries(db, batch.map((row) => ({ id: row.id, to: row.bands })));
    const last = batch.at(-1);
    const done = last === undefined || batch.length < size;
    if (done) await db.settings.delete(SUMMARY_BANDS_BACKFILL_KEY);
    else await db.settings.put({ key: SUMMARY_BANDS_BACKFILL_KEY, value: { filedThrough: last.id } satisfies BackfillProgress });
    return { filed: batch.length, done };
  });
}

/**
 * Files batches until none is left; returns how many summaries were filed (0: nothing was due).
 * Yields to the event loop between batches, so a page's check queued meanwhile waits for one batch
 * at most, not for the whole backfill.
 */
export async function backfillSummaryBands(db: HireProofDb, options: { batchSize?: number } = {}): Promise<number> {
  let total = 0;
  for (;;) {
    const { filed, done } = await fileSummaryBandsBatch(db, options.batchSize);
    total += filed;
    if (done) return total;
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
}

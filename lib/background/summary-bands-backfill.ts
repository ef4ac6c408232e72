import type { HireProofDb } from '../db/database';
import { backfillSummaryBands } from '../db/backfill-summary-bands';

/**
 * Files summaries stored before database version 7 under their bands (lib/db/backfill-summary-bands.ts)
 * each time the service worker starts, not only on `runtime.onStartup`: Chrome stops an idle worker
 * whenever it likes, and the next start (for any event) must pick up where the last one stopped.
 * When nothing is due this is one settings read. Waits for `ready` (settings and lists loaded), so
 * the first checks after a start do not queue behind the batches. Resolves when done (or failed:
 * logged; the next start tries again from the saved progress).
 */
export function startSummaryBandsBackfill(db: HireProofDb, options: { ready?: Promise<unknown> } = {}): Promise<void> {
  return Promise.resolve(options.ready)
    .then(() => backfillSummaryBands(db))
    .then(
      () => undefined,
      (error: unknown) => console.error('HireProof: filing stored summaries under their bands failed', error),
    );
}

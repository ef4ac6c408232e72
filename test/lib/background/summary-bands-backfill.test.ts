import { afterEach, describe, expect, it, vi } from 'vitest';
import { startSummaryBandsBackfill } from '../../../lib/background/summary-bands-backfill';
import { SUMMARY_BANDS_BACKFILL_KEY } from '../../../lib/db/backfill-summary-bands';
import { openDatabase, type HireProofDb } from '../../../lib/db/database';

/** The background files summaries stored before version 7 when its worker starts, once it is ready. */

let db: HireProofDb;
let n = 0;
afterEach(async () => {
  vi.restoreAllMocks();
  db.close();
  await db.delete();
});

/** A database upgraded from version 6 with one stored summary, so filing is due. */
async function upgradedWithOneSummary(): Promise<HireProofDb> {
  const name = `summary-bands-backfill-start-${n++}`;
  const old = openDatabase(name, 6);
  await old.summaryFingerprints.add({
    id: 'linkedin|ada', candidateId: 'c1', bands: ['0:a', '1:b'], signature: new Uint32Array(128), words: 80, source: 'linkedin', pageUrl: 'https://www.linkedin.com/in/ada', seenAt: 1,
  });
  old.close();
  const upgraded = openDatabase(name);
  await upgraded.open();
  return upgraded;
}

describe('startSummaryBandsBackfill', () => {
  it('waits until the background is ready, then files what is due', async () => {
    db = await upgradedWithOneSummary();
    let ready = () => {};
    const started = startSummaryBandsBackfill(db, { ready: new Promise<void>((resolve) => (ready = resolve)) });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(await db.summaryBands.count()).toBe(0);
    ready();
    await started;
    expect(await db.summaryBands.toArray()).toEqual([{ band: '0:a', ids: ['linkedin|ada'] }, { band: '1:b', ids: ['linkedin|ada'] }]);
    expect(await db.settings.get(SUMMARY_BANDS_BACKFILL_KEY)).toBeUndefined();
  });

  it('logs a failure instead of throwing it; the filing stays due for the next start', async () => {
    db = await upgradedWithOneSummary();
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    // Any failure will do: here the connection is closed under it.
    db.close();
    await startSummaryBandsBackfill(db);
    expect(logged).toHaveBeenCalledWith('HireProof: filing stored summaries under their bands failed', expect.any(Error));
    await db.open();
    expect(await db.settings.get(SUMMARY_BANDS_BACKFILL_KEY)).toBeDefined();
  });
});

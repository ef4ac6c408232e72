import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, type HireProofDb } from '../../../lib/db/database';
import { backfillSummaryBands, fileSummaryBandsBatch, SUMMARY_BANDS_BACKFILL_KEY } from '../../../lib/db/backfill-summary-bands';
import { MAX_BAND_IDS } from '../../../lib/db/summary-bands';
import { fileSummaries, staleAfterChange } from '../../../lib/db/summary-near';
import type { SummaryFingerprintRecord } from '../../../lib/db/records';

/**
 * Summaries stored before version 7 are filed under their bands after the upgrade, in batches that
 * survive the service worker being stopped, next to pages that file their own summaries meanwhile.
 */

let open: HireProofDb[] = [];
let n = 0;
afterEach(async () => {
  for (const db of open) {
    db.close();
    await db.delete();
  }
  open = [];
});

const fingerprint = (id: string, bands: string[]): SummaryFingerprintRecord => ({
  id, candidateId: `c-${id}`, bands, signature: new Uint32Array(128), words: 80, source: 'linkedin', pageUrl: `https://www.linkedin.com/in/${id}`, seenAt: 1,
});
/** Seven summaries, some sharing bands (as near-duplicates and stock phrases do), ids out of order. */
const SEVEN = [
  fingerprint('s3', ['0:a', '1:b']), fingerprint('s1', ['0:a', '1:c']), fingerprint('s7', ['0:d', '1:b']), fingerprint('s2', ['0:e', '1:f']),
  fingerprint('s5', ['0:a', '1:g']), fingerprint('s4', ['0:h', '1:b']), fingerprint('s6', ['0:i', '1:j']),
];
/** More summaries under one band than a row holds: which ones are kept must not change. */
const CROWDED = Array.from({ length: MAX_BAND_IDS + 3 }, (_, i) => fingerprint(`t${i}`, ['0:same', `1:${i}`]));

/** A database stored at version 6 with `rows`, opened (so upgraded) with every version declared. */
async function upgradedWith(rows: readonly SummaryFingerprintRecord[]): Promise<HireProofDb> {
  const name = `backfill-summary-bands-${n++}`;
  const old = openDatabase(name, 6);
  await old.summaryFingerprints.bulkAdd([...rows]);
  old.close();
  return reopen(name);
}
async function reopen(name: string): Promise<HireProofDb> {
  const db = openDatabase(name);
  await db.open();
  open.push(db);
  return db;
}

/** What the version 7 upgrade used to write in one go: every band's ids in id order, capped. */
function filedAtOnce(rows: readonly SummaryFingerprintRecord[]): Array<[string, string[]]> {
  const filed = new Map<string, string[]>();
  for (const row of [...rows].sort((a, b) => (a.id < b.id ? -1 : 1))) for (const band of row.bands) filed.set(band, [...(filed.get(band) ?? []), row.id]);
  return [...filed].map(([band, ids]): [string, string[]] => [band, ids.slice(0, MAX_BAND_IDS)]).sort(([a], [b]) => (a < b ? -1 : 1));
}
const bandRows = async (db: HireProofDb) => (await db.summaryBands.toArray()).map((r): [string, string[]] => [r.band, r.ids]);
const due = (db: HireProofDb) => db.settings.get(SUMMARY_BANDS_BACKFILL_KEY);

describe('backfillSummaryBands', () => {
  const stops: Array<{ name: string; rows: SummaryFingerprintRecord[]; size: number; before: (db: HireProofDb) => Promise<unknown> }> = [
    { name: 'files everything in one run', rows: SEVEN, size: 2, before: async () => undefined },
    { name: 'a count that the batch size divides ends with an empty batch', rows: SEVEN.slice(0, 6), size: 3, before: async () => undefined },
    { name: 'a worker stopped between batches resumes after the last batch saved', rows: SEVEN, size: 2,
      before: async (db) => [await fileSummaryBandsBatch(db, 2), await fileSummaryBandsBatch(db, 2)] },
    // A stopped worker aborts its open transaction: the batch and its progress are both undone.
    { name: 'a worker stopped inside a batch files that batch again', rows: SEVEN, size: 2,
      before: async (db) => {
        await fileSummaryBandsBatch(db, 2);
        await db.transaction('rw', [db.settings, db.summaryFingerprints, db.summaryBands], async () => {
          await fileSummaryBandsBatch(db, 2);
          throw new Error('stopped');
        }).catch(() => undefined);
      } },
    { name: 'unreadable progress starts over', rows: SEVEN, size: 2,
      before: async (db) => [await fileSummaryBandsBatch(db, 2), await db.settings.put({ key: SUMMARY_BANDS_BACKFILL_KEY, value: 'garbage' })] },
    { name: `a band with more than ${MAX_BAND_IDS} summaries keeps the first by id`, rows: CROWDED, size: 100,
      before: async (db) => fileSummaryBandsBatch(db, 100) },
  ];
  it.each(stops)('$name: the band rows equal those the upgrade wrote at once', async ({ rows, size, before }) => {
    const first = await upgradedWith(rows);
    expect(await due(first)).toEqual({ key: SUMMARY_BANDS_BACKFILL_KEY, value: {} });
    await before(first);
    // The next start of the worker: another connection, which knows only what was saved.
    first.close();
    const next = await reopen(first.name);
    await backfillSummaryBands(next, { batchSize: size });
    expect(await bandRows(next)).toEqual(filedAtOnce(rows));
    expect(await due(next)).toBeUndefined();
    expect(await backfillSummaryBands(next)).toBe(0);
  });

  // What pages read during the backfill do (lib/db/record-observation.ts files a page's summary when
  // its row has no near list, and a changed text's row names the lists that may still hold it;
  // lib/db/remove-candidate-rows.ts unfiles a deleted one), after the first batch.
  const file = (db: HireProofDb, changes: Parameters<typeof fileSummaries>[1]) =>
    db.transaction('rw', [db.summaryFingerprints, db.summaryBands], () => fileSummaries(db, changes));
  const changeText = async (db: HireProofDb, id: string, to: string[]) => {
    const old = (await db.summaryFingerprints.get(id))!;
    await db.summaryFingerprints.put({ ...fingerprint(id, to), ...staleAfterChange(old) });
    await file(db, [{ id, from: old.bands }, { id, to }]);
  };
  const pages: Array<{ name: string; change: (db: HireProofDb) => Promise<unknown> }> = [
    { name: 'a page not reached yet files its own summary', change: (db) => file(db, [{ id: 's5', from: ['0:a', '1:g'] }, { id: 's5', to: ['0:a', '1:g'] }]) },
    { name: 'a page filed already is filed again', change: (db) => file(db, [{ id: 's1', from: ['0:a', '1:c'] }, { id: 's1', to: ['0:a', '1:c'] }]) },
    { name: 'a page filed already shows another summary', change: (db) => changeText(db, 's1', ['0:new', '1:b']) },
    { name: 'a page not reached yet shows another summary', change: (db) => changeText(db, 's6', ['0:a', '1:new']) },
    { name: 'a new page before the progress', change: async (db) => {
      await db.summaryFingerprints.put(fingerprint('a0', ['0:a', '1:b']));
      await file(db, [{ id: 'a0', to: ['0:a', '1:b'] }]);
    } },
    { name: 'a summary not reached yet is deleted', change: async (db) => {
      await db.summaryFingerprints.delete('s4');
      await file(db, [{ id: 's4', from: ['0:h', '1:b'] }]);
    } },
    { name: 'a summary filed already is deleted', change: async (db) => {
      const old = (await db.summaryFingerprints.get('s1'))!;
      await db.summaryFingerprints.delete('s1');
      await file(db, [{ id: 's1', from: old.bands, listedBy: old.near ?? [] }]);
    } },
  ];
  it.each(pages)('$name: every summary stored is filed under its bands exactly once', async ({ change }) => {
    const db = await upgradedWith(SEVEN);
    await fileSummaryBandsBatch(db, 2);
    await change(db);
    await backfillSummaryBands(db, { batchSize: 2 });
    // Pages filed meanwhile sit where they were filed, not in id order: compare the ids as sets.
    const sorted = (rows: Array<[string, string[]]>) => rows.map(([band, ids]) => [band, [...ids].sort()]);
    const stored = await db.summaryFingerprints.toArray();
    expect(sorted(await bandRows(db))).toEqual(sorted(filedAtOnce(stored)));
    expect(await due(db)).toBeUndefined();
    // And each carries its near list: the signatures here are all alike, so every row sharing a band.
    for (const row of stored) {
      const sharing = stored.filter((o) => o.id !== row.id && o.bands.some((b) => row.bands.includes(b))).map((o) => o.id);
      expect({ id: row.id, near: [...(row.near ?? ['(none)'])].sort(), stale: row.stale }).toEqual({ id: row.id, near: sharing.sort(), stale: undefined });
    }
  });

  it.each([
    { name: 'a database stored at version 6 without summaries', make: () => upgradedWith([]) },
    { name: 'a new database', make: () => reopen(`backfill-summary-bands-${n++}`) },
  ])('$name: nothing is due and nothing is filed', async ({ make }) => {
    const db = await make();
    expect(await due(db)).toBeUndefined();
    expect(await backfillSummaryBands(db)).toBe(0);
    expect(await db.summaryBands.count()).toBe(0);
  });
});

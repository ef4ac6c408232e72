import { describe, expect, it } from 'vitest';
import type { HireProofDb } from '../../../lib/db/database';
import { useFreshDatabase } from './fresh-database';
import { MAX_BAND_IDS, readSummaryBands, refileSummaryBands, type BandChange } from '../../../lib/db/summary-bands';
import type { SummaryBandRecord } from '../../../lib/db/records';

let db: HireProofDb;
useFreshDatabase('summary-bands', (opened) => (db = opened));

const rows = async () => (await db.summaryBands.toArray()).map((r) => [r.band, r.ids] as const);

describe('refileSummaryBands', () => {
  const cases: Array<[string, SummaryBandRecord[], BandChange[], Array<readonly [string, string[]]>]> = [
    ['a first summary is filed under each band', [], [{ id: 's1', to: ['a', 'b'] }], [['a', ['s1']], ['b', ['s1']]]],
    ['a second sighting joins the rows it shares', [{ band: 'a', ids: ['s1'] }], [{ id: 's2', to: ['a', 'c'] }], [['a', ['s1', 's2']], ['c', ['s2']]]],
    ['a changed summary leaves bands it lost and joins new ones', [{ band: 'a', ids: ['s1'] }, { band: 'b', ids: ['s1', 's2'] }],
      [{ id: 's1', from: ['a', 'b'], to: ['b', 'c'] }], [['b', ['s1', 's2']], ['c', ['s1']]]],
    ['a summary gone leaves every band; emptied rows are deleted', [{ band: 'a', ids: ['s1'] }, { band: 'b', ids: ['s2', 's1'] }],
      [{ id: 's1', from: ['a', 'b'] }], [['b', ['s2']]]],
    ['the same bands again change nothing', [{ band: 'a', ids: ['s1'] }], [{ id: 's1', from: ['a'], to: ['a'] }], [['a', ['s1']]]],
    ['an id already filed is not filed twice', [{ band: 'a', ids: ['s1'] }], [{ id: 's1', to: ['a'] }], [['a', ['s1']]]],
    ['out of every old band and into every new one in one call (the pipeline\'s form)', [{ band: 'a', ids: ['s1'] }, { band: 'b', ids: ['s1', 's2'] }],
      [{ id: 's1', from: ['a', 'b'] }, { id: 's1', to: ['b', 'c'] }], [['b', ['s2', 's1']], ['c', ['s1']]]],
    ['several sightings in one call (a deletion)', [{ band: 'a', ids: ['s1', 's2', 's3'] }],
      [{ id: 's1', from: ['a'] }, { id: 's3', from: ['a'] }], [['a', ['s2']]]],
  ];
  it.each(cases)('%s', async (_label, before, changes, after) => {
    await db.summaryBands.bulkPut(before);
    await refileSummaryBands(db, changes);
    expect(await rows()).toEqual(after);
  });

  it(`files at most ${MAX_BAND_IDS} sightings under one band`, async () => {
    await db.summaryBands.put({ band: 'a', ids: Array.from({ length: MAX_BAND_IDS }, (_, i) => `s${i}`) });
    await refileSummaryBands(db, [{ id: 'late', to: ['a', 'b'] }]);
    expect((await db.summaryBands.get('a'))?.ids).toHaveLength(MAX_BAND_IDS);
    expect((await db.summaryBands.get('a'))?.ids).not.toContain('late');
    expect((await db.summaryBands.get('b'))?.ids).toEqual(['late']);
  });

  it('uses the rows the caller read instead of reading them again', async () => {
    await db.summaryBands.put({ band: 'a', ids: ['stored'] });
    // The caller's copy is what this transaction saw; a stale row on disk must not be read back.
    await refileSummaryBands(db, [{ id: 's1', to: ['a'] }], new Map([['a', { band: 'a', ids: ['seen'] }]]));
    expect(await rows()).toEqual([['a', ['seen', 's1']]]);
  });
});

describe('readSummaryBands', () => {
  it('answers every band asked, undefined where nothing is filed', async () => {
    await db.summaryBands.put({ band: 'a', ids: ['s1'] });
    expect([...(await readSummaryBands(db, ['a', 'b', 'a']))]).toEqual([['a', { band: 'a', ids: ['s1'] }], ['b', undefined]]);
    expect((await readSummaryBands(db, [])).size).toBe(0);
  });
});

import type { HireProofDb } from './database';
import type { SummaryBandRecord } from './records';

/**
 * Most sighting ids filed under one band. Bands are shared only by near-identical texts, so this is
 * reached only when one template is behind hundreds of applicants; the evidence lists the first few
 * anyway, and each more id would make the row's rewrite slower. Ids past the cap are not filed.
 */
export const MAX_BAND_IDS = 500;

/**
 * A summary's band rows by band (undefined where nothing is filed yet): one primary-key read each,
 * issued together. Always a Dexie promise, even for no bands: awaiting a native promise that no
 * database request settles loses the transaction's zone, and the next read then fails.
 */
export function readSummaryBands(db: HireProofDb, bands: readonly string[]): PromiseLike<Map<string, SummaryBandRecord | undefined>> {
  const unique = [...new Set(bands)];
  return db.summaryBands.bulkGet(unique).then((rows) => new Map(unique.map((band, i) => [band, rows[i]])));
}

export interface BandChange {
  /** The sighting (summary fingerprint row id). */
  id: string;
  /** Bands it was filed under (absent: a first summary). */
  from?: readonly string[];
  /** Bands it is to be filed under (absent: the summary is gone). */
  to?: readonly string[];
  /** For a summary gone: the sightings whose near lists may name it (lib/db/summary-near.ts). */
  listedBy?: readonly string[];
}

/**
 * Files sightings under their summary's bands and takes them out of bands they left. Reads only the
 * band rows concerned that `known` (rows this transaction read already) does not hold, then writes
 * them in one go. Returns the ids each band it changed now lists. Call inside a transaction covering summaryBands.
 */
export async function refileSummaryBands(
  db: HireProofDb,
  changes: readonly BandChange[],
  known: ReadonlyMap<string, SummaryBandRecord | undefined> = new Map(),
): Promise<Map<string, string[]>> {
  const removals = new Map<string, Set<string>>();
  const additions = new Map<string, Set<string>>();
  const note = (into: Map<string, Set<string>>, band: string, id: string) => into.set(band, (into.get(band) ?? new Set()).add(id));
  for (const { id, from = [], to = [] } of changes) {
    const next = new Set(to);
    for (const band of from) if (!next.has(band)) note(removals, band, id);
    const before = new Set(from);
    for (const band of next) if (!before.has(band)) note(additions, band, id);
  }
  const bands = [...new Set([...removals.keys(), ...additions.keys()])];
  const missing = bands.filter((band) => !known.has(band));
  const read = await readSummaryBands(db, missing);
  const rows = bands.map((band): SummaryBandRecord => {
    const old = (known.has(band) ? known.get(band) : read.get(band))?.ids ?? [];
    const gone = removals.get(band) ?? new Set<string>();
    const kept = old.filter((id) => !gone.has(id));
    const added = [...(additions.get(band) ?? [])].filter((id) => !kept.includes(id));
    return { band, ids: [...kept, ...added].slice(0, Math.max(kept.length, MAX_BAND_IDS)) };
  });
  await Promise.all([
    db.summaryBands.bulkPut(rows.filter((r) => r.ids.length > 0)),
    db.summaryBands.bulkDelete(rows.filter((r) => r.ids.length === 0).map((r) => r.band)),
  ]);
  return new Map(rows.map((r) => [r.band, r.ids]));
}

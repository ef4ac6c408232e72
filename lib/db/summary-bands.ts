import type { HireProofDb } from './database';
import type { SummaryBandRecord } from './records';

/**
 * Most sighting ids filed under one band. Bands are shared only by near-identical texts, so this is
 * reached only when one template is behind hundreds of applicants; the evidence lists the first few
 * anyway, and each more id would make the row's rewrite slower. Ids past the cap are not filed.
 */
export const MAX_BAND_IDS = 500;

/** A summary's band rows by band (undefined where nothing is filed yet): one primary-key read each, issued together. */
export async function readSummaryBands(db: HireProofDb, bands: readonly string[]): Promise<Map<string, SummaryBandRecord | undefined>> {
  const unique = [...new Set(bands)];
  const rows = unique.length > 0 ? await db.summaryBands.bulkGet(unique) : [];
  return new Map(unique.map((band, i) => [band, rows[i]]));
}

/** Whether a band row (as read) should list the sighting and does not: missing, and the row not full. */
export function isUnfiled(row: SummaryBandRecord | undefined, sightingId: string): boolean {
  return !row?.ids.includes(sightingId) && (row?.ids.length ?? 0) < MAX_BAND_IDS;
}

export interface BandChange {
  /** The sighting (summary fingerprint row id). */
  id: string;
  /** Bands it was filed under (absent: a first summary). */
  from?: readonly string[];
  /** Bands it is to be filed under (absent: the summary is gone). */
  to?: readonly string[];
}

/**
 * Files sightings under their summary's bands and takes them out of bands they left. Reads only the
 * band rows concerned that `known` (rows this transaction read already) does not hold, then writes
 * them in one go. Call inside a transaction covering summaryBands.
 */
export async function refileSummaryBands(
  db: HireProofDb,
  changes: readonly BandChange[],
  known: ReadonlyMap<string, SummaryBandRecord | undefined> = new Map(),
): Promise<void> {
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
  if (bands.length === 0) return;
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
}

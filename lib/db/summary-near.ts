import { estimatedJaccard } from '../similarity/minhash';
import { SUMMARY_MATCH_MIN_JACCARD } from '../similarity/summary-fingerprint';
import type { HireProofDb } from './database';
import { MAX_SUMMARY_ROWS } from './find-similar-summaries';
import type { SummaryFingerprintRecord } from './records';
import { readSummaryBands, refileSummaryBands, type BandChange } from './summary-bands';

/**
 * Each filed summary row lists the other sightings whose text is a near-duplicate of its own (its
 * `near`: estimated Jaccard similarity at least SUMMARY_MATCH_MIN_JACCARD), so a page read again
 * with the same text finds its matches from its own row, which the pipeline reads anyway, instead
 * of its 16 band rows. The lists are written where summaries are filed under their bands, and from
 * band rows read in that same transaction: a list computed earlier could miss a summary filed
 * in between. Filing a summary also adds it to its neighbours' lists and takes it out of the lists
 * that named it for an earlier text (`stale`) or for a summary now gone.
 *
 * A row without `near` (its filing is still to come, was lost with a stopped worker, or it was
 * stored before lists existed) is looked up through its band rows, and filed on its page's next
 * read; neighbours without a list are left alone, as they compute theirs when filed.
 */

/**
 * Most entries in one list, the most similar kept. Reached only when one template is behind
 * hundreds of applicants; the evidence lists the first few anyway, and filing a summary then
 * rewrites at most this many other rows.
 */
export const MAX_NEAR_SUMMARIES = 500;

const unique = <T>(xs: Iterable<T>): T[] => [...new Set(xs)];

export const sameBands = (a: readonly string[], b: readonly string[]): boolean => a.length === b.length && a.every((band, i) => band === b[i]);

/**
 * The lists a row carries into a new text: none, and the sightings that may still name it (its old
 * list and what was still to be cleaned) as `stale`.
 */
export function staleAfterChange(previous: Pick<SummaryFingerprintRecord, 'near' | 'stale'> | undefined): Pick<SummaryFingerprintRecord, 'stale'> {
  const stale = unique([...(previous?.near ?? []), ...(previous?.stale ?? [])]).slice(0, 2 * MAX_NEAR_SUMMARIES);
  return stale.length > 0 ? { stale } : {};
}

/**
 * refileSummaryBands, and the near lists that go with it: every row still showing the text its
 * change files gets its list (from the band rows as they now are), and its neighbours with lists
 * list it too; a summary gone (a change with only `from`) is taken out of the lists of `listedBy`.
 * A change whose row shows another text by now is left to that text's own filing. Call inside a
 * transaction covering summaryFingerprints and summaryBands.
 */
export async function fileSummaries(db: HireProofDb, changes: readonly BandChange[]): Promise<void> {
  const filing = unique(changes.flatMap((c) => (c.to ? [c.id] : [])));
  const gone = changes.filter((c) => !c.to && !filing.includes(c.id));
  const goneIds = new Set(gone.map((c) => c.id));
  const fresh = filing.length > 0 ? await db.summaryFingerprints.bulkGet(filing) : [];
  const current = fresh.filter(
    (row): row is SummaryFingerprintRecord => row !== undefined && changes.some((c) => c.id === row.id && c.to !== undefined && sameBands(c.to, row.bands)),
  );
  const known = await readSummaryBands(db, current.flatMap((row) => row.bands));
  const changed = await refileSummaryBands(db, changes, known);
  const filedUnder = (band: string) => changed.get(band) ?? known.get(band)?.ids ?? [];
  const candidatesFor = new Map(
    current.map((row) => [row.id, unique(row.bands.flatMap(filedUnder)).filter((id) => id !== row.id).slice(0, MAX_SUMMARY_ROWS)]),
  );

  // Working copies of every row a list may change in; rows being deleted are never read or written back.
  const wanted = unique([...candidatesFor.values()].flat().concat(current.flatMap((r) => [...(r.near ?? []), ...(r.stale ?? [])]), gone.flatMap((c) => c.listedBy ?? [])))
    .filter((id) => !goneIds.has(id) && !current.some((r) => r.id === id));
  const others = wanted.length > 0 ? await db.summaryFingerprints.bulkGet(wanted) : [];
  const rows = new Map<string, SummaryFingerprintRecord>([...current, ...others.filter((r): r is SummaryFingerprintRecord => r !== undefined)].map((r) => [r.id, r]));
  const edited = new Set<string>();
  const setNear = (id: string, near: string[]) => {
    const row = rows.get(id);
    if (!row) return;
    rows.set(id, { ...row, near });
    edited.add(id);
  };
  const drop = (from: string, id: string) => {
    const near = rows.get(from)?.near;
    if (near?.includes(id)) setNear(from, near.filter((n) => n !== id));
  };
  const add = (to: string, id: string) => {
    const near = rows.get(to)?.near;
    if (near && !near.includes(id) && near.length < MAX_NEAR_SUMMARIES) setNear(to, [...near, id]);
  };

  for (const { id, listedBy = [] } of gone) for (const other of listedBy) drop(other, id);
  for (const filed of current) {
    const near = (candidatesFor.get(filed.id) ?? [])
      .flatMap((id) => {
        const other = rows.get(id);
        const similarity = other ? estimatedJaccard(filed.signature, other.signature) : 0;
        return similarity >= SUMMARY_MATCH_MIN_JACCARD ? [{ id, similarity }] : [];
      })
      .sort((a, b) => b.similarity - a.similarity || (a.id < b.id ? -1 : 1))
      .slice(0, MAX_NEAR_SUMMARIES)
      .map((n) => n.id);
    // The row loses `stale`: the sightings it names are cleaned here.
    const { stale = [], near: before = [], ...row } = rows.get(filed.id) ?? filed;
    rows.set(filed.id, { ...row, near });
    edited.add(filed.id);
    for (const other of unique([...before, ...stale])) if (!near.includes(other)) drop(other, filed.id);
    for (const other of near) add(other, filed.id);
  }
  if (edited.size > 0) await db.summaryFingerprints.bulkPut([...edited].flatMap((id) => rows.get(id) ?? []));
}

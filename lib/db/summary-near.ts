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

const sameBands = (a: readonly string[], b: readonly string[]): boolean => a.length === b.length && a.every((band, i) => band === b[i]);

/** The same text, near enough: equal MinHash signatures (equal bands compare only the first half of one). */
export function sameSignature(a: ArrayLike<number>, b: ArrayLike<number>): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

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
 * list it too. A summary gone (a change with only `from`) or changed is taken out of the lists that
 * may name it: `listedBy`, its old list and `stale`, and every row filed under its old bands (which
 * covers neighbours that listed it while it had no list of its own). A change whose row is gone or
 * shows another text by now is not filed: that text's own filing, or the deletion, sees to it.
 * Call inside a transaction covering summaryFingerprints and summaryBands.
 */
export async function fileSummaries(db: HireProofDb, requested: readonly BandChange[]): Promise<void> {
  const asked = unique(requested.flatMap((c) => (c.to ? [c.id] : [])));
  const fresh = asked.length > 0 ? await db.summaryFingerprints.bulkGet(asked) : [];
  const current = fresh.filter(
    (row): row is SummaryFingerprintRecord => row !== undefined && requested.some((c) => c.id === row.id && c.to !== undefined && sameBands(c.to, row.bands)),
  );
  const filing = new Set(current.map((row) => row.id));
  // Out of old bands always; into new ones only for a row still showing that text.
  const changes = requested.filter((c) => c.to === undefined || filing.has(c.id));
  // Gone, or showing another text by now: out of the lists that may name it (that text's filing lists it again where near).
  const gone = changes.filter((c) => !c.to && !filing.has(c.id));
  const goneIds = new Set(gone.map((c) => c.id));
  const known = await readSummaryBands(db, [...current.flatMap((row) => row.bands), ...changes.flatMap((c) => c.from ?? [])]);
  const formerly = (id: string) =>
    unique(changes.flatMap((c) => (c.id === id ? (c.from ?? []) : [])).flatMap((band) => known.get(band)?.ids ?? [])).filter((other) => other !== id);
  const changed = await refileSummaryBands(db, changes, known);
  const filedUnder = (band: string) => changed.get(band) ?? known.get(band)?.ids ?? [];
  const candidatesFor = new Map(
    current.map((row) => [row.id, unique(row.bands.flatMap(filedUnder)).filter((id) => id !== row.id).slice(0, MAX_SUMMARY_ROWS)]),
  );

  // Working copies of every row a list may change in; rows being deleted are never read or written back.
  const listers = new Map([...goneIds, ...filing].map((id) => [id, formerly(id)]));
  const wanted = unique([
    ...[...candidatesFor.values()].flat(),
    ...current.flatMap((r) => [...(r.near ?? []), ...(r.stale ?? [])]),
    ...gone.flatMap((c) => c.listedBy ?? []),
    ...[...listers.values()].flat(),
  ]).filter((id) => !goneIds.has(id) && !filing.has(id));
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

  for (const { id, listedBy = [] } of gone) for (const other of [...listedBy, ...(listers.get(id) ?? [])]) drop(other, id);
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
    for (const other of unique([...before, ...stale, ...(listers.get(filed.id) ?? [])])) if (!near.includes(other)) drop(other, filed.id);
    for (const other of near) add(other, filed.id);
  }
  if (edited.size > 0) await db.summaryFingerprints.bulkPut([...edited].flatMap((id) => rows.get(id) ?? []));
}

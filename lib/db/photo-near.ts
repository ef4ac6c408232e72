import { popcount32 } from '../similarity/hamming-distance';
import { PHOTO_MATCH_MAX_DISTANCE, photoHashHalves } from '../similarity/photo-hash-blocks';
import type { HireProofDb } from './database';
import type { PhotoBlockRecord } from './records';

/**
 * Each stored photo row lists the `seq` of every other photo row whose hash is within
 * PHOTO_MATCH_MAX_DISTANCE (its `near`), nearest first. A page read again then finds its photo's
 * near-duplicates from its own row, which the pipeline reads anyway, instead of the 11 block rows
 * (about 20,000 entries with 100,000 photos stored): those reads were most of the time of a page
 * read again. The lists are kept both ways by every write of a hash: the writer reads the hash's
 * block rows anyway, and they hold exactly its near-duplicates (photo-hash-blocks.ts, radius 0).
 *
 * Rows stored before the lists existed have no `near` and are looked up through the block rows;
 * the pipeline then stores the list it found (lib/db/record-observation.ts).
 */

/**
 * Most entries in one list, nearest kept. Reached only when one image (a site's default avatar) is
 * behind hundreds of applicants; the evidence lists the first few anyway, and a photo filed then
 * updates at most this many other rows.
 */
export const MAX_NEAR_PHOTOS = 500;

/** seq -> distance of every entry of `rows` within PHOTO_MATCH_MAX_DISTANCE of `hash`, but `self`. */
export function nearInBlocks(rows: ReadonlyArray<PhotoBlockRecord | undefined>, hash: string, self?: number): Map<number, number> {
  const [h, l] = photoHashHalves(hash);
  const near = new Map<number, number>();
  for (const row of rows) {
    const entries = row?.entries ?? new Uint32Array(0);
    // Entries of three numbers (lib/db/photo-blocks.ts): high 32 bits, low 32 bits, seq.
    for (let at = 0; at + 2 < entries.length; at += 3) {
      const seq = entries[at + 2] as number;
      if (seq === self) continue;
      const distance = popcount32((entries[at] as number) ^ h) + popcount32((entries[at + 1] as number) ^ l);
      if (distance <= PHOTO_MATCH_MAX_DISTANCE) near.set(seq, distance);
    }
  }
  return near;
}

/** A row's `near` from seq -> distance: nearest first (then oldest row first), at most MAX_NEAR_PHOTOS. */
export function nearList(near: ReadonlyMap<number, number>): number[] {
  return [...near]
    .sort((a, b) => a[1] - b[1] || a[0] - b[0])
    .slice(0, MAX_NEAR_PHOTOS)
    .map(([seq]) => seq);
}

/** A photo row's near-duplicates before and after its hash changed (empty for no hash). */
export interface NearChange {
  before: ReadonlyMap<number, number>;
  after: ReadonlyMap<number, number>;
}

/**
 * Keeps the other rows' lists in step with photo row `seq` moving from `before` to `after`: it is
 * added to the rows newly near it (while they have room) and taken out of those no longer near.
 * Rows without a list (stored before lists existed) are left alone. Only the nearest
 * MAX_NEAR_PHOTOS of `after` are told, as only those are in the row's own list. The row's own list
 * is its caller's to store (nearList(after)). Call inside a transaction covering photoHashes.
 */
export async function relinkNearPhotos(db: HireProofDb, seq: number, change: NearChange): Promise<void> {
  const linked = new Set(nearList(change.after));
  const wasLinked = new Set(nearList(change.before));
  const add = [...linked].filter((s) => !wasLinked.has(s) && s !== seq);
  const drop = [...wasLinked].filter((s) => !linked.has(s) && s !== seq);
  if (add.length + drop.length === 0) return;
  const rows = await db.photoHashes.bulkGet([...add, ...drop]);
  const changed = rows.flatMap((row, i) => {
    if (row?.near === undefined) return [];
    const adding = i < add.length;
    if (adding === row.near.includes(seq) || (adding && row.near.length >= MAX_NEAR_PHOTOS)) return [];
    return [{ ...row, near: adding ? [...row.near, seq] : row.near.filter((s) => s !== seq) }];
  });
  if (changed.length > 0) await db.photoHashes.bulkPut(changed);
}

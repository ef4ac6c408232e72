import { photoBlockKeys, photoHashHalves } from '../similarity/photo-hash-blocks';
import type { HireProofDb } from './database';
import { nearInBlocks, relinkNearPhotos, type NearChange } from './photo-near';
import type { PhotoBlockRecord } from './records';

/** Numbers per entry of a block row: high 32 bits, low 32 bits, photo row `seq`. */
export const BLOCK_ENTRY_SIZE = 3;
/**
 * Most hashes filed under one block value: about 1,600 to 3,100 per key with 100,000 photos. A key
 * far past that means one image behind a great many applicants (a site's default avatar), where one
 * more entry adds nothing and each makes the row's rewrite slower. Entries past the cap are not filed.
 */
export const MAX_BLOCK_ENTRIES = 100_000;

/**
 * Moves one photo row's entries (by its `seq`) in the block rows from hash `from` to hash `to`
 * (either may be absent: a first hash, a photo gone). Reads and writes only the rows of the block
 * values concerned, and returns the photos near each hash that those rows hold (for
 * relinkNearPhotos; undefined when nothing changed). Call inside a transaction covering photoBlocks.
 */
export async function refilePhotoBlocks(db: HireProofDb, seq: number, change: { from?: string; to?: string }): Promise<NearChange | undefined> {
  if (change.from === change.to) return undefined;
  const addTo = change.to === undefined ? [] : photoBlockKeys(change.to);
  const keys = [...new Set([...(change.from === undefined ? [] : photoBlockKeys(change.from)), ...addTo])];
  const rows = await db.photoBlocks.bulkGet(keys);
  const rowsOf = (hash: string) => photoBlockKeys(hash).map((key) => rows[keys.indexOf(key)]);
  const near: NearChange = {
    before: change.from === undefined ? new Map() : nearInBlocks(rowsOf(change.from), change.from, seq),
    after: change.to === undefined ? new Map() : nearInBlocks(rowsOf(change.to), change.to, seq),
  };
  const [high, low] = change.to === undefined ? [0, 0] : photoHashHalves(change.to);
  const changed = keys.map((key, i): PhotoBlockRecord => {
    const old = rows[i]?.entries ?? new Uint32Array(0);
    const kept: number[] = [];
    for (let at = 0; at < old.length; at += BLOCK_ENTRY_SIZE) if (old[at + 2] !== seq) kept.push(at);
    const add = addTo.includes(key) && kept.length < MAX_BLOCK_ENTRIES;
    const entries = new Uint32Array(BLOCK_ENTRY_SIZE * (kept.length + (add ? 1 : 0)));
    kept.forEach((at, k) => entries.set(old.subarray(at, at + BLOCK_ENTRY_SIZE), BLOCK_ENTRY_SIZE * k));
    if (add) entries.set([high, low, seq], BLOCK_ENTRY_SIZE * kept.length);
    return { key, entries };
  });
  await Promise.all([
    db.photoBlocks.bulkPut(changed.filter((r) => r.entries.length > 0)),
    db.photoBlocks.bulkDelete(changed.filter((r) => r.entries.length === 0).map((r) => r.key)),
  ]);
  return near;
}

/**
 * Takes photo row `seq` (hash `hash`), which is going away, out of the block rows and out of its
 * near-duplicates' lists. Call inside a transaction covering photoBlocks and photoHashes.
 */
export async function unfilePhoto(db: HireProofDb, seq: number, hash: string): Promise<void> {
  const near = await refilePhotoBlocks(db, seq, { from: hash });
  if (near) await relinkNearPhotos(db, seq, near);
}

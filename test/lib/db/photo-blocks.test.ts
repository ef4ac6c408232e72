import { describe, expect, it } from 'vitest';
import type { HireProofDb } from '../../../lib/db/database';
import { useFreshDatabase } from './fresh-database';
import { BLOCK_ENTRY_SIZE, MAX_BLOCK_ENTRIES, refilePhotoBlocks } from '../../../lib/db/photo-blocks';

let db: HireProofDb;
useFreshDatabase('photo-blocks', (opened) => (db = opened));

const A = '0123456789abcdef';
const A_KEYS = ['0:00', '1:12', '2:0d', '3:05', '4:19', '5:38', '6:26', '7:2b', '8:33', '9:0f', '10:0f'];
const B = '0123456789abcdee'; // A with the last bit changed: only block 10 differs (10:0e)
const refile = (seq: number, change: { from?: string; to?: string }) => db.transaction('rw', db.photoBlocks, () => refilePhotoBlocks(db, seq, change));
/** key -> [seq, hash] entries, for comparing whole tables. */
async function table(): Promise<Record<string, Array<[number, string]>>> {
  const hex = (x: number) => x.toString(16).padStart(8, '0');
  return Object.fromEntries(
    (await db.photoBlocks.toArray()).map((r) => {
      const entries: Array<[number, string]> = [];
      for (let at = 0; at < r.entries.length; at += BLOCK_ENTRY_SIZE) entries.push([r.entries[at + 2]!, hex(r.entries[at]!) + hex(r.entries[at + 1]!)]);
      return [r.key, entries];
    }),
  );
}

describe('refilePhotoBlocks', () => {
  it('files a first hash under each of its eleven block values', async () => {
    await refile(1, { to: A });
    expect(await table()).toEqual(Object.fromEntries(A_KEYS.map((k) => [k, [[1, A]]])));
  });

  it('adds a second photo next to the first, and moves one from hash to hash', async () => {
    await refile(1, { to: A });
    await refile(2, { to: A });
    expect((await table())['0:00']).toEqual([[1, A], [2, A]]);
    await refile(2, { from: A, to: B });
    const after = await table();
    expect(after['0:00']).toEqual([[1, A], [2, B]]);
    expect(after['10:0f']).toEqual([[1, A]]);
    expect(after['10:0e']).toEqual([[2, B]]);
  });

  it('removes a photo, and deletes rows left empty', async () => {
    await refile(1, { to: A });
    await refile(2, { to: B });
    await refile(2, { from: B });
    expect(Object.keys(await table()).sort()).toEqual([...A_KEYS].sort());
    await refile(1, { from: A });
    expect(await db.photoBlocks.count()).toBe(0);
  });

  it('changes nothing for the same hash, or no hash on either side', async () => {
    await refile(1, { to: A });
    const before = await table();
    await refile(1, { from: A, to: A });
    await refile(3, {});
    expect(await table()).toEqual(before);
  });

  it(`files at most ${MAX_BLOCK_ENTRIES.toLocaleString('en')} hashes under one block value`, async () => {
    await db.photoBlocks.put({ key: '0:00', entries: new Uint32Array(BLOCK_ENTRY_SIZE * MAX_BLOCK_ENTRIES).fill(7) });
    await refile(1, { to: A });
    expect((await db.photoBlocks.get('0:00'))?.entries.length).toBe(BLOCK_ENTRY_SIZE * MAX_BLOCK_ENTRIES);
    expect((await table())['1:12']).toEqual([[1, A]]);
  });
});

import type { HireProofDb } from '../db/database';
import { loadStoredList } from '../db/lists-store';
import type { ListRecord } from '../db/records';
import type { SignalList } from '../lists/schema';

/** A stored list's record and its entries in the native format, read in one transaction. */
export async function loadStored(db: HireProofDb, id: string): Promise<{ record: ListRecord; list: SignalList } | undefined> {
  return db.transaction('r', [db.lists, db.listChunks], async () => {
    const record = await db.lists.get(id);
    const list = record ? await loadStoredList(db, id) : undefined;
    return record && list ? { record, list } : undefined;
  });
}

import { useLiveQuery } from 'dexie-react-hooks';
import type { HireProofDb } from '../db/database';
import type { ListRecord } from '../db/records';

/**
 * The stored list records (no entries), sorted by title, live: a change made in another tab or by
 * the background (a subscription refresh) shows without a reload. Undefined while loading.
 */
export function useStoredLists(db: HireProofDb): ListRecord[] | undefined {
  return useLiveQuery(async () => {
    const lists = await db.lists.toArray();
    return lists.sort((a, b) => a.title.localeCompare(b.title) || (a.id < b.id ? -1 : 1));
  }, [db]);
}

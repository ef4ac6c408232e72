import type { HireProofDb } from '../db/database';
import { loadEnabledEntries } from '../db/lists-store';
import { setActiveLists, type ActiveListInfo } from '../lists/active-lists';

/** Rebuilds the in-memory list index from the stored, enabled lists (at start-up and after list changes). */
export async function loadActiveLists(db: HireProofDb): Promise<void> {
  const [entries, lists] = await Promise.all([loadEnabledEntries(db), db.lists.where('enabled').equals(1).toArray()]);
  setActiveLists(
    entries,
    new Map(
      lists.map((list): [string, ActiveListInfo] => [
        list.id,
        { title: list.title, ...(list.category ? { category: list.category } : {}), filters: list.filters ?? [], weightOverrides: list.weightOverrides ?? [] },
      ]),
    ),
  );
}

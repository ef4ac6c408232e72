import type { HireProofDb } from '../db/database';
import { listChangeTables, listRecordFrom, saveList } from '../db/lists-store';
import type { PreparedList } from './prepare-import';

/**
 * Stores prepared lists, all or none, in one transaction. A list that replaces a stored one keeps
 * its enabled state: re-importing a list someone switched off must not switch it back on.
 */
export async function applyImport(db: HireProofDb, prepared: readonly PreparedList[], now: number): Promise<void> {
  await db.transaction('rw', listChangeTables(db), async () => {
    for (const { list, origin, signature, verifiedBy } of prepared) {
      const existing = await db.lists.get(list.id);
      const record = listRecordFrom(list, {
        origin,
        importedAt: now,
        enabled: existing?.enabled ?? 1,
        ...(verifiedBy !== undefined && signature !== undefined ? { verifiedBy, signature } : {}),
        // A subscription list fetched by hand was just refreshed, as far as its schedule is concerned.
        ...(origin.kind === 'subscription' ? { lastRefresh: { at: now, ok: true, message: 'Imported on the options page' } } : {}),
      });
      // saveList opens its own transaction, which joins this one: every list lands, or none.
      await saveList(db, record, list.entries, { actor: 'recruiter', at: now });
    }
  });
}

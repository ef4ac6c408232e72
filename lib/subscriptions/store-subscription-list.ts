import type { HireProofDb } from '../db/database';
import { deleteList, listChangeTables, listRecordFrom, saveList } from '../db/lists-store';
import type { ListRecord } from '../db/records';
import type { SignalList } from '../lists/schema';

/** The stored list that came from this subscription URL, if any (there are few lists: a scan is fine). */
export async function findSubscriptionList(db: HireProofDb, url: string): Promise<ListRecord | undefined> {
  return db.lists.filter((l) => l.origin.kind === 'subscription' && l.origin.url === url).first();
}

export type StoreOutcome = { ok: true; record: ListRecord } | { ok: false; message: string };

/**
 * Stores a verified list from `url`, replacing the one that URL delivered before, in one
 * transaction with the checks: a feed may only ever replace its own list. A list id already used by
 * a list imported by hand, shipped with the extension or delivered by another subscription is
 * refused, so one feed can never overwrite what someone else put there. Enabled state and hit
 * counts survive a refresh: turning a subscribed list off must not be undone by its next update.
 */
export async function storeSubscriptionList(
  db: HireProofDb,
  input: { url: string; list: SignalList; keyId: string; signature: string; at: number; message: string },
): Promise<StoreOutcome> {
  const { url, list } = input;
  return db.transaction('rw', listChangeTables(db), async (): Promise<StoreOutcome> => {
    const sameId = await db.lists.get(list.id);
    if (sameId && !(sameId.origin.kind === 'subscription' && sameId.origin.url === url)) {
      return { ok: false, message: `list id "${list.id}" is already used by ${describeOrigin(sameId.origin)}; a subscription may only replace its own list` };
    }
    // Replaying an older signed file must not roll a list back (its signature is as valid as ever).
    if (sameId && list.modified < sameId.modified) {
      return { ok: false, message: `the server sent an older version (modified ${list.modified}) than the one stored (${sameId.modified})` };
    }
    const previous = sameId ?? (await findSubscriptionList(db, url));
    const record = listRecordFrom(list, {
      origin: { kind: 'subscription', url },
      importedAt: input.at,
      verifiedBy: input.keyId,
      signature: input.signature,
      enabled: previous?.enabled ?? 1,
      lastRefresh: { at: input.at, ok: true, message: input.message },
    });
    await saveList(db, record, list.entries, { actor: 'extension', at: input.at });
    // The feed now publishes under another id: its old list goes, or the feed would count twice.
    if (previous && previous.id !== list.id) await deleteList(db, previous.id, { actor: 'extension', at: input.at });
    return { ok: true, record };
  });
}

function describeOrigin(origin: ListRecord['origin']): string {
  switch (origin.kind) {
    case 'subscription':
      return `the list from the subscription ${origin.url}`;
    case 'bundled':
      return 'a list shipped with the extension';
    case 'file':
    case 'paste':
    case 'url':
      return 'a list imported by hand';
  }
}

import { LIST_FORMAT, LIST_VERSION, type EntryKind, type SignalList } from '../lists/schema';
import type { HireProofDb } from './database';
import { audit } from './audit';
import type { AuditRecord, ListChunkRecord, ListRecord } from './records';

/** Entries per stored chunk: big enough that a million-entry list is ~100 writes, small enough to stream. */
export const LIST_CHUNK_SIZE = 10_000;

export type StoredListEntry = ListChunkRecord['entries'][number];

/**
 * Who changed a list and when, written to the audit log in the change's own transaction: the
 * security team's lists decide what recruiters see, so every import, replacement, switch and
 * deletion is on record (`recruiter` for a person in this browser, `extension` for the bundled
 * lists and subscription refreshes). List audit rows concern no one candidate: candidateId ''.
 */
export interface ListChangeBy {
  actor: AuditRecord['actor'];
  at: number;
}

/** The tables a list change writes; a caller's enclosing transaction must cover them. */
export const listChangeTables = (db: HireProofDb) => [db.lists, db.listChunks, db.auditLog];

/**
 * Stores a list, replacing any earlier version with the same id, in one transaction: readers see
 * the old list or the new one, never half of each, and a failure leaves the old list in place.
 */
export async function saveList(db: HireProofDb, record: ListRecord, entries: readonly StoredListEntry[], by: ListChangeBy): Promise<void> {
  const chunks: ListChunkRecord[] = [];
  for (let start = 0, chunk = 0; start < entries.length; start += LIST_CHUNK_SIZE, chunk++) {
    chunks.push({ listId: record.id, chunk, entries: entries.slice(start, start + LIST_CHUNK_SIZE) });
  }
  await db.transaction('rw', listChangeTables(db), async () => {
    const previous = await db.lists.get(record.id);
    await db.listChunks.where('listId').equals(record.id).delete();
    await db.lists.put({ ...record, entryCount: entries.length });
    if (chunks.length > 0) await db.listChunks.bulkPut(chunks);
    await audit(db, {
      at: by.at,
      action: 'list-saved',
      candidateId: '',
      actor: by.actor,
      detail: {
        listId: record.id,
        title: record.title,
        modified: record.modified,
        entries: entries.length,
        origin: record.origin.kind,
        ...(previous ? { replacedModified: previous.modified, replacedEntries: previous.entryCount } : {}),
      },
    });
  });
}

export async function deleteList(db: HireProofDb, listId: string, by: ListChangeBy): Promise<void> {
  await db.transaction('rw', listChangeTables(db), async () => {
    const previous = await db.lists.get(listId);
    await db.listChunks.where('listId').equals(listId).delete();
    await db.lists.delete(listId);
    if (previous) {
      const detail = { listId, title: previous.title, modified: previous.modified, entries: previous.entryCount, origin: previous.origin.kind };
      await audit(db, { at: by.at, action: 'list-deleted', candidateId: '', actor: by.actor, detail });
    }
  });
}

export async function setListEnabled(db: HireProofDb, listId: string, enabled: boolean, by: ListChangeBy): Promise<void> {
  await db.transaction('rw', listChangeTables(db), async () => {
    const changed = await db.lists.update(listId, { enabled: enabled ? 1 : 0 });
    if (changed === 0) throw new Error(`There is no list "${listId}".`);
    await audit(db, { at: by.at, action: enabled ? 'list-enabled' : 'list-disabled', candidateId: '', actor: by.actor, detail: { listId } });
  });
}

/** Every entry of every enabled list, tagged with its list, for building the in-memory indexes. */
export async function loadEnabledEntries(db: HireProofDb): Promise<Array<StoredListEntry & { listId: string }>> {
  return db.transaction('r', [db.lists, db.listChunks], async () => {
    const enabled = await db.lists.where('enabled').equals(1).primaryKeys();
    const out: Array<StoredListEntry & { listId: string }> = [];
    for (const listId of enabled) {
      const chunks = await db.listChunks.where('listId').equals(listId).sortBy('chunk');
      for (const chunk of chunks) for (const entry of chunk.entries) out.push({ ...entry, listId });
    }
    return out;
  });
}

/** The stored record for a parsed list (everything but its entries), enabled. */
export function listRecordFrom(
  list: SignalList,
  arrival: Pick<ListRecord, 'origin' | 'importedAt'> & Partial<Pick<ListRecord, 'verifiedBy' | 'signature' | 'enabled' | 'lastRefresh'>>,
): ListRecord {
  const { entries, format: _format, version: _version, ...meta } = list;
  return { enabled: 1, ...meta, ...arrival, entryCount: entries.length };
}

/**
 * A stored list back in the native format, as it was imported: entries come out of storage in the
 * canonical order they were saved in, so formatList() of this equals the imported canonical text
 * and a kept signature still verifies.
 */
export async function loadStoredList(db: HireProofDb, listId: string): Promise<SignalList | undefined> {
  return db.transaction('r', [db.lists, db.listChunks], async () => {
    const record = await db.lists.get(listId);
    if (!record) return undefined;
    const chunks = await db.listChunks.where('listId').equals(listId).sortBy('chunk');
    const entries = chunks.flatMap((c) => c.entries) as SignalList['entries'];
    return {
      format: LIST_FORMAT,
      version: LIST_VERSION,
      id: record.id,
      title: record.title,
      author: record.author,
      ...(record.description === undefined ? {} : { description: record.description }),
      ...(record.category === undefined ? {} : { category: record.category }),
      created: record.created,
      modified: record.modified,
      ...(record.expires === undefined ? {} : { expires: record.expires }),
      references: record.references,
      entries: entries.map((e) => ({ ...e, kind: e.kind as EntryKind })) as SignalList['entries'],
      filters: record.filters,
      weightOverrides: record.weightOverrides,
    };
  });
}

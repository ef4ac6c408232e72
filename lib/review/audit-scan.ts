import type { HireProofDb } from '../db/database';
import type { AuditRecord } from '../db/records';
import { auditMatcher, cursorOf, isPast, newestFirst, type AuditCursor, type AuditFilter } from './audit-filter';

/** Entries read per transaction: the log can hold millions, and the background must get its writes in. */
export const AUDIT_BATCH = 1000;

export interface AuditBatch {
  /** Entries of this batch that pass the filter, newest first. */
  matches: AuditRecord[];
  /** The last entry read (matching or not): a later scan resumes after it. */
  last: AuditCursor;
  /** Entries read in this batch. */
  read: number;
  /** Nothing older can match: the scan ends with this batch. */
  final: boolean;
}

/**
 * Up to `limit` entries from the time index, newest first, strictly after `after`. Native
 * IndexedDB, because resuming inside one millisecond needs `continuePrimaryKey` (Dexie has no such
 * call): a retention run writes thousands of entries with one time, and skipping them one by one
 * on every batch would make paging through them quadratic.
 */
function readBatch(idb: IDBDatabase, range: IDBKeyRange, after: AuditCursor | undefined, limit: number): Promise<AuditRecord[]> {
  return new Promise((resolve, reject) => {
    const tx = idb.transaction('auditLog', 'readonly');
    const request = tx.objectStore('auditLog').index('at').openCursor(range, 'prev');
    const out: AuditRecord[] = [];
    let positioned = after === undefined;
    request.onsuccess = () => {
      const cursor = request.result;
      if (!cursor) return resolve(out);
      if (!positioned) {
        positioned = true;
        // Index order is (at, id): jump past the cursor's millisecond's entries already read.
        if (after && cursor.key === after.at && Number(cursor.primaryKey) >= after.id) return cursor.continuePrimaryKey(after.at, after.id - 1);
      }
      out.push(cursor.value as AuditRecord);
      if (out.length >= limit) resolve(out);
      else cursor.continue();
    };
    request.onerror = () => reject(request.error ?? new Error('The audit log could not be read.'));
  });
}

/**
 * The log from newest to oldest (after `after`), in batches of short read transactions. A candidate
 * id is read through its index at once (one person's entries); otherwise the time index is walked
 * backwards within the date range and the other filters are applied to what it yields.
 */
export async function* auditBatches(db: HireProofDb, filter: AuditFilter, after?: AuditCursor, batchSize = AUDIT_BATCH): AsyncGenerator<AuditBatch> {
  const matches = auditMatcher(filter);
  const candidateId = filter.candidateId.trim();
  if (candidateId !== '') {
    const rows = await db.transaction('r', db.auditLog, () => db.auditLog.where('candidateId').equals(candidateId).toArray());
    const sorted = rows.filter((r) => isPast(r, after)).sort(newestFirst);
    const last = sorted.at(-1);
    if (last) yield { matches: sorted.filter(matches), last: cursorOf(last), read: sorted.length, final: true };
    return;
  }
  const lower = filter.from ?? -Infinity;
  const upper = filter.before ?? Infinity;
  if (!(lower < upper)) return;
  if (!db.isOpen()) await db.open();
  const idb = db.backendDB();
  let cursor = after;
  for (;;) {
    // The first batch stops before `before` (exclusive); later ones at the cursor's millisecond, whose
    // unread entries (lower ids) come first.
    const range = cursor === undefined ? IDBKeyRange.bound(lower, upper, false, true) : IDBKeyRange.bound(lower, cursor.at);
    const rows = await readBatch(idb, range, cursor, batchSize);
    const last = rows.at(-1);
    if (!last) return;
    cursor = cursorOf(last);
    const final = rows.length < batchSize;
    yield { matches: rows.filter(matches), last: cursor, read: rows.length, final };
    if (final) return;
  }
}

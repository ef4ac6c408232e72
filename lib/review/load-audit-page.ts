import type { HireProofDb } from '../db/database';
import type { AuditRecord } from '../db/records';
import { cursorOf, type AuditCursor, type AuditFilter } from './audit-filter';
import { auditBatches } from './audit-scan';

export const AUDIT_PAGE_SIZE = 100;
/** Most entries one page load reads: a rare action in a long log is searched a stretch at a time. */
export const AUDIT_SCAN_BUDGET = 50_000;

export interface AuditPage {
  /** Newest first, at most the page size. */
  rows: AuditRecord[];
  /** Where the next (older) page starts; undefined when the log has nothing older that could match. */
  next?: AuditCursor;
  /**
   * Set when the read budget ran out before the page filled: entries from this time on were
   * searched, older ones not yet (the next page goes on from there).
   */
  searchedBackTo?: number;
}

export async function loadAuditPage(
  db: HireProofDb,
  filter: AuditFilter,
  options: { after?: AuditCursor; pageSize?: number; scanBudget?: number } = {},
): Promise<AuditPage> {
  const { pageSize = AUDIT_PAGE_SIZE, scanBudget = AUDIT_SCAN_BUDGET } = options;
  const rows: AuditRecord[] = [];
  let read = 0;
  for await (const batch of auditBatches(db, filter, options.after)) {
    read += batch.read;
    for (const row of batch.matches) {
      rows.push(row);
      // One more than a page says whether there is an older page, without reading on for it.
      if (rows.length > pageSize) {
        const shown = rows.slice(0, pageSize);
        const end = shown.at(-1);
        return end ? { rows: shown, next: cursorOf(end) } : { rows: shown };
      }
    }
    if (!batch.final && read >= scanBudget) return { rows, next: batch.last, searchedBackTo: batch.last.at };
  }
  return { rows };
}

import type { AuditAction, AuditRecord } from '../db/records';
import { dayValue, dayValueBefore } from './date-input';

/** The audit log page's filters; `'any'` (or an empty candidate id, an absent date) lets every entry through. */
export interface AuditFilter {
  action: AuditAction | 'any';
  actor: AuditRecord['actor'] | 'any';
  /** On or after / before this epoch ms (inclusive / exclusive). */
  from?: number;
  before?: number;
  /** Exactly this candidate id (trimmed); empty for any. */
  candidateId: string;
}

export const NO_AUDIT_FILTER: AuditFilter = { action: 'any', actor: 'any', candidateId: '' };

/** Where a scan of the log stopped: entries are read newest first, by time and then by id. */
export interface AuditCursor {
  at: number;
  id: number;
}

export function auditMatcher(filter: AuditFilter): (entry: AuditRecord) => boolean {
  const candidateId = filter.candidateId.trim();
  return (entry) =>
    (filter.action === 'any' || entry.action === filter.action) &&
    (filter.actor === 'any' || entry.actor === filter.actor) &&
    (filter.from === undefined || entry.at >= filter.from) &&
    (filter.before === undefined || entry.at < filter.before) &&
    (candidateId === '' || entry.candidateId === candidateId);
}

/** Newest first; entries of one millisecond by id, latest written first. */
export function newestFirst(a: AuditRecord, b: AuditRecord): number {
  return b.at - a.at || (b.id ?? 0) - (a.id ?? 0);
}

/** Whether `entry` comes after the cursor in newest-first order (is older than where the scan stopped). */
export function isPast(entry: AuditRecord, cursor: AuditCursor | undefined): boolean {
  return cursor === undefined || entry.at < cursor.at || (entry.at === cursor.at && (entry.id ?? 0) < cursor.id);
}

export function cursorOf(entry: AuditRecord): AuditCursor {
  return { at: entry.at, id: entry.id ?? 0 };
}

export function activeAuditFilterCount(filter: AuditFilter): number {
  return (
    (filter.action === 'any' ? 0 : 1) +
    (filter.actor === 'any' ? 0 : 1) +
    (filter.from === undefined ? 0 : 1) +
    (filter.before === undefined ? 0 : 1) +
    (filter.candidateId.trim() === '' ? 0 : 1)
  );
}

/** The active filters in one line, for an export's own audit entry ("action=case-viewed; from=2026-01-01"). */
export function describeAuditFilter(filter: AuditFilter): string {
  const parts = [
    filter.action === 'any' ? undefined : `action=${filter.action}`,
    filter.actor === 'any' ? undefined : `actor=${filter.actor}`,
    filter.from === undefined ? undefined : `from=${dayValue(filter.from)}`,
    filter.before === undefined ? undefined : `until=${dayValueBefore(filter.before)}`,
    filter.candidateId.trim() === '' ? undefined : `candidate=${filter.candidateId.trim()}`,
  ];
  return parts.filter((p): p is string => p !== undefined).join('; ') || 'none';
}

import type { AuditRecord } from '../db/records';
import type { AuditFilter } from './audit-filter';
import { AUDIT_ACTOR_LABELS, auditActionLabel } from './audit-labels';
import { CSV_BOM, csvLine } from './csv';
import { localDateTime } from './local-time';

/** The audit log as files: CSV for people, JSON for tools. Both are written a batch at a time. */

export const AUDIT_EXPORT_FORMAT = 'hireproof-audit-log';

export const AUDIT_CSV_HEADINGS = ['When (local)', 'When (UTC)', 'Action', 'Action id', 'Actor', 'Candidate id', 'Detail', 'Entry id'] as const;

const iso = (ms: number) => (Number.isNaN(new Date(ms).getTime()) ? '' : new Date(ms).toISOString());

/** `key=value; key=value`, keys sorted: readable in a cell, and the same entry always reads the same. */
export function detailText(detail: AuditRecord['detail']): string {
  return Object.keys(detail)
    .sort()
    .map((key) => `${key}=${String(detail[key])}`)
    .join('; ');
}

export const auditCsvHeader = (): string => CSV_BOM + csvLine(AUDIT_CSV_HEADINGS);

export function auditCsvLine(entry: AuditRecord): string {
  return csvLine([
    localDateTime(entry.at),
    iso(entry.at),
    auditActionLabel(entry.action),
    entry.action,
    AUDIT_ACTOR_LABELS[entry.actor] ?? entry.actor,
    entry.candidateId,
    detailText(entry.detail),
    entry.id,
  ]);
}

/** The JSON document's opening, up to the entries array; `auditJsonEntry`s follow, then `AUDIT_JSON_END`. */
export function auditJsonStart(input: { exportedAt: number; exportedBy: string; filter: AuditFilter }): string {
  const { filter } = input;
  const head = {
    format: AUDIT_EXPORT_FORMAT,
    version: 1,
    exportedAt: iso(input.exportedAt),
    ...(input.exportedBy.trim() === '' ? {} : { exportedBy: input.exportedBy.trim() }),
    filter: {
      ...(filter.action === 'any' ? {} : { action: filter.action }),
      ...(filter.actor === 'any' ? {} : { actor: filter.actor }),
      ...(filter.from === undefined ? {} : { from: iso(filter.from) }),
      ...(filter.before === undefined ? {} : { before: iso(filter.before) }),
      ...(filter.candidateId.trim() === '' ? {} : { candidateId: filter.candidateId.trim() }),
    },
  };
  const text = JSON.stringify(head, null, 2);
  // Reopen the object to append the entries array, so the entries can be streamed in.
  return `${text.slice(0, text.lastIndexOf('}')).trimEnd()},\n  "entries": [`;
}

/** One entry, newest first; `first` leaves out the separating comma. */
export function auditJsonEntry(entry: AuditRecord, first: boolean): string {
  const row = { id: entry.id, at: iso(entry.at), action: entry.action, actor: entry.actor, candidateId: entry.candidateId, detail: entry.detail };
  return `${first ? '' : ','}\n    ${JSON.stringify(row)}`;
}

export const AUDIT_JSON_END = '\n  ]\n}\n';

import { describe, expect, it } from 'vitest';
import { readCsv } from '../../../lib/lists/csv';
import type { AuditRecord } from '../../../lib/db/records';
import { AUDIT_CSV_HEADINGS, AUDIT_JSON_END, auditCsvHeader, auditCsvLine, auditJsonEntry, auditJsonStart, detailText } from '../../../lib/review/audit-export';
import { NO_AUDIT_FILTER } from '../../../lib/review/audit-filter';

const at = Date.UTC(2026, 10, 20, 9, 30);
const entries: AuditRecord[] = [
  { id: 2, at, action: 'flagged-for-review', candidateId: 'c1', actor: 'recruiter', detail: { reason: '=HYPERLINK("http://evil.test")', urgent: true } },
  { id: 1, at: at - 1, action: 'queue-exported', candidateId: '', actor: 'reviewer', detail: { rows: 3, format: 'csv' } },
];

describe('audit log export', () => {
  it.each([
    [{}, ''],
    [{ b: 1, a: 'x' }, 'a=x; b=1'],
    [{ flag: false }, 'flag=false'],
  ])('detail %j reads %j', (detail, text) => {
    expect(detailText(detail)).toBe(text);
  });

  it('CSV: BOM, headings, one record per entry with labels and ids; formulas defused', () => {
    const text = auditCsvHeader() + entries.map(auditCsvLine).join('');
    expect(text.startsWith('\uFEFFWhen (local),When (UTC),Action,')).toBe(true);
    const read = readCsv(text.slice(1), 10);
    if (!read.ok) throw new Error(read.message);
    expect(read.records[0]?.fields).toEqual([...AUDIT_CSV_HEADINGS]);
    const [first, second] = read.records.slice(1).map((r) => Object.fromEntries(AUDIT_CSV_HEADINGS.map((h, i) => [h, r.fields[i]])));
    expect(first).toMatchObject({ 'When (UTC)': '2026-11-20T09:30:00.000Z', Action: 'Flagged for HR review', 'Action id': 'flagged-for-review', Actor: 'Recruiter', 'Candidate id': 'c1', 'Entry id': '2' });
    // The detail starts with its key, so the formula inside is no formula; a cell starting with one would be prefixed.
    expect(first?.Detail).toBe('reason==HYPERLINK("http://evil.test"); urgent=true');
    expect(second).toMatchObject({ Action: 'Review queue exported as CSV', Actor: 'Reviewer', 'Candidate id': '', Detail: 'format=csv; rows=3' });
  });

  it('JSON: streamed pieces make one valid document with the filter and every entry', () => {
    const text =
      auditJsonStart({ exportedAt: at, exportedBy: ' Pat ', filter: { ...NO_AUDIT_FILTER, action: 'case-viewed', from: at - 1000 } }) +
      entries.map((e, i) => auditJsonEntry(e, i === 0)).join('') +
      AUDIT_JSON_END;
    expect(JSON.parse(text)).toEqual({
      format: 'hireproof-audit-log',
      version: 1,
      exportedAt: '2026-11-20T09:30:00.000Z',
      exportedBy: 'Pat',
      filter: { action: 'case-viewed', from: '2026-11-20T09:29:59.000Z' },
      entries: [
        { id: 2, at: '2026-11-20T09:30:00.000Z', action: 'flagged-for-review', actor: 'recruiter', candidateId: 'c1', detail: entries[0]!.detail },
        { id: 1, at: '2026-11-20T09:29:59.999Z', action: 'queue-exported', actor: 'reviewer', candidateId: '', detail: { rows: 3, format: 'csv' } },
      ],
    });
    const empty = auditJsonStart({ exportedAt: at, exportedBy: '', filter: NO_AUDIT_FILTER }) + AUDIT_JSON_END;
    expect(JSON.parse(empty)).toMatchObject({ filter: {}, entries: [] });
  });
});

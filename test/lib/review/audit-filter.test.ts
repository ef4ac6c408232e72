import { describe, expect, it } from 'vitest';
import type { AuditRecord } from '../../../lib/db/records';
import { activeAuditFilterCount, auditMatcher, describeAuditFilter, isPast, NO_AUDIT_FILTER, type AuditFilter } from '../../../lib/review/audit-filter';

const entry: AuditRecord = { id: 7, at: 1000, action: 'case-viewed', candidateId: 'c1', actor: 'reviewer', detail: {} };
const f = (patch: Partial<AuditFilter>): AuditFilter => ({ ...NO_AUDIT_FILTER, ...patch });

describe('auditMatcher', () => {
  it.each([
    [f({}), true],
    [f({ action: 'case-viewed' }), true],
    [f({ action: 'note-added' }), false],
    [f({ actor: 'reviewer' }), true],
    [f({ actor: 'recruiter' }), false],
    [f({ from: 1000 }), true],
    [f({ from: 1001 }), false],
    [f({ before: 1001 }), true],
    [f({ before: 1000 }), false],
    [f({ candidateId: ' c1 ' }), true],
    [f({ candidateId: 'c' }), false],
    [f({ action: 'case-viewed', actor: 'reviewer', from: 0, before: 2000, candidateId: 'c1' }), true],
  ])('%j -> %s', (filter, matches) => {
    expect(auditMatcher(filter)(entry)).toBe(matches);
  });
});

describe('isPast (newest-first order)', () => {
  it.each([
    [undefined, true],
    [{ at: 1001, id: 1 }, true],
    [{ at: 1000, id: 8 }, true],
    [{ at: 1000, id: 7 }, false],
    [{ at: 999, id: 100 }, false],
  ])('after %j: %s', (cursor, past) => {
    expect(isPast(entry, cursor)).toBe(past);
  });
});

describe('filter summaries', () => {
  it.each([
    [f({}), 0, 'none'],
    [f({ action: 'report-exported', actor: 'reviewer', candidateId: 'c1' }), 3, 'action=report-exported; actor=reviewer; candidate=c1'],
    [f({ from: new Date(2026, 0, 2).getTime(), before: new Date(2026, 0, 4).getTime() }), 2, 'from=2026-01-02; until=2026-01-03'],
  ])('%j', (filter, count, text) => {
    expect(activeAuditFilterCount(filter)).toBe(count);
    expect(describeAuditFilter(filter)).toBe(text);
  });
});

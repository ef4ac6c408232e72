import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type HireProofDb } from '../../../lib/db/database';
import type { AuditAction, AuditRecord } from '../../../lib/db/records';
import { NO_AUDIT_FILTER, type AuditCursor, type AuditFilter } from '../../../lib/review/audit-filter';
import { auditBatches } from '../../../lib/review/audit-scan';
import { loadAuditPage } from '../../../lib/review/load-audit-page';

let db: HireProofDb;
let n = 0;
const f = (patch: Partial<AuditFilter>): AuditFilter => ({ ...NO_AUDIT_FILTER, ...patch });
const row = (at: number, action: AuditAction, candidateId = 'c1', actor: AuditRecord['actor'] = 'reviewer'): AuditRecord => ({ at, action, candidateId, actor, detail: {} });

beforeEach(() => {
  db = openDatabase(`load-audit-${n++}`);
});
afterEach(async () => {
  db.close();
  await db.delete();
});

/** Every page from the newest, following `next`, as lists of `at`. */
async function allPages(filter: AuditFilter, options: { pageSize: number; scanBudget?: number }): Promise<number[][]> {
  const pages: number[][] = [];
  let after: AuditCursor | undefined;
  do {
    const page = await loadAuditPage(db, filter, { ...options, ...(after ? { after } : {}) });
    pages.push(page.rows.map((r) => r.at));
    after = page.next;
  } while (after && pages.length < 50);
  return pages;
}

describe('loadAuditPage', () => {
  it('newest first by time, then by id; written out of time order still reads in time order', async () => {
    await db.auditLog.bulkAdd([row(30, 'case-viewed'), row(10, 'note-added'), row(20, 'case-viewed'), row(20, 'decision-recorded')]);
    const page = await loadAuditPage(db, NO_AUDIT_FILTER);
    expect(page.rows.map((r) => [r.at, r.action])).toEqual([[30, 'case-viewed'], [20, 'decision-recorded'], [20, 'case-viewed'], [10, 'note-added']]);
    expect(page.next).toBeUndefined();
  });

  it.each([
    { name: 'no filter', filter: f({}), pages: [[9, 8, 7], [6, 5, 4], [3, 2, 1], [0]] },
    { name: 'an action', filter: f({ action: 'note-added' }), pages: [[9, 7, 5], [3, 1]] },
    { name: 'an actor', filter: f({ actor: 'recruiter' }), pages: [[9, 7, 5], [3, 1]] },
    { name: 'a date range', filter: f({ from: 2, before: 6 }), pages: [[5, 4, 3], [2]] },
    { name: 'a candidate', filter: f({ candidateId: 'c2' }), pages: [[8, 5, 2]] },
    { name: 'a candidate and an action', filter: f({ candidateId: 'c2', action: 'case-viewed' }), pages: [[8, 2]] },
    { name: 'nothing matching', filter: f({ action: 'audit-exported' }), pages: [[]] },
  ])('pages through $name without gaps or repeats', async ({ filter, pages }) => {
    await db.auditLog.bulkAdd(
      Array.from({ length: 10 }, (_, i) => row(i, i % 2 === 1 ? 'note-added' : 'case-viewed', i % 3 === 2 ? 'c2' : 'c1', i % 2 === 1 ? 'recruiter' : 'reviewer')),
    );
    expect(await allPages(filter, { pageSize: 3 })).toEqual(pages);
  });

  it('many entries in one millisecond are paged and batched by id, none lost or repeated at a boundary', async () => {
    await db.auditLog.bulkAdd([row(9, 'note-added'), ...Array.from({ length: 45 }, () => row(5, 'case-viewed')), row(1, 'note-added')]);
    const ids: number[] = [];
    let after: AuditCursor | undefined;
    do {
      const page = await loadAuditPage(db, NO_AUDIT_FILTER, { pageSize: 7, ...(after ? { after } : {}) });
      ids.push(...page.rows.map((r) => r.id ?? -1));
      after = page.next;
    } while (after);
    expect(ids).toEqual([1, ...Array.from({ length: 45 }, (_, i) => 46 - i), 47]);
    const batched: number[] = [];
    for await (const batch of auditBatches(db, NO_AUDIT_FILTER, undefined, 10)) batched.push(...batch.matches.map((r) => r.id ?? -1));
    expect(batched).toEqual(ids);
  });

  it('a rare action in a long log is searched a stretch at a time, saying how far back it looked', async () => {
    await db.auditLog.bulkAdd([row(1, 'audit-exported'), ...Array.from({ length: 3000 }, (_, i) => row(10 + i, 'case-viewed'))]);
    const first = await loadAuditPage(db, f({ action: 'audit-exported' }), { scanBudget: 2000 });
    expect(first.rows).toEqual([]);
    expect(first.searchedBackTo).toBe(1010);
    expect(first.next).toBeDefined();
    const second = await loadAuditPage(db, f({ action: 'audit-exported' }), { scanBudget: 2000, ...(first.next ? { after: first.next } : {}) });
    expect(second.rows.map((r) => r.at)).toEqual([1]);
    expect(second.next).toBeUndefined();
    expect(second.searchedBackTo).toBeUndefined();
  });

  it('reads in short transactions of at most the batch size', async () => {
    await db.auditLog.bulkAdd(Array.from({ length: 25 }, (_, i) => row(i, 'case-viewed')));
    const sizes: number[] = [];
    for await (const batch of auditBatches(db, NO_AUDIT_FILTER, undefined, 10)) sizes.push(batch.read);
    expect(sizes).toEqual([10, 10, 5]);
  });
});

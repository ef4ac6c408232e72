import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type HireProofDb } from '../../../lib/db/database';
import { deleteList, LIST_CHUNK_SIZE, listRecordFrom, loadEnabledEntries, loadStoredList, saveList, setListEnabled } from '../../../lib/db/lists-store';
import type { ListRecord } from '../../../lib/db/records';

let db: HireProofDb;
let n = 0;
beforeEach(() => {
  db = openDatabase(`lists-store-${n++}`);
});
afterEach(async () => {
  db.close();
  await db.delete();
});

const record = (id: string, enabled: 0 | 1 = 1): ListRecord => ({
  id,
  title: `List ${id}`,
  author: 'Security team',
  created: '2026-10-01',
  modified: '2026-11-01',
  references: [],
  filters: [],
  weightOverrides: [],
  enabled,
  entryCount: 0,
  origin: { kind: 'file' },
  importedAt: 1,
});
const emails = (count: number, prefix = 'x') => Array.from({ length: count }, (_, i) => ({ kind: 'email', value: `${prefix}${i}@example.com` }));

describe('lists store', () => {
  it.each([0, 1, LIST_CHUNK_SIZE, LIST_CHUNK_SIZE * 2 + 7])('stores and loads %i entries in order', async (count) => {
    await saveList(db, record('a'), emails(count), { actor: 'recruiter', at: 1 });
    const loaded = await loadEnabledEntries(db);
    expect(loaded).toHaveLength(count);
    expect(loaded.at(-1)?.value).toBe(count > 0 ? `x${count - 1}@example.com` : undefined);
    expect((await db.lists.get('a'))?.entryCount).toBe(count);
    expect(await db.listChunks.count()).toBe(Math.ceil(count / LIST_CHUNK_SIZE));
  });

  it('a new version replaces the old one completely, including chunks it no longer needs', async () => {
    await saveList(db, record('a'), emails(LIST_CHUNK_SIZE * 3), { actor: 'recruiter', at: 1 });
    await saveList(db, record('a'), emails(5, 'y'), { actor: 'recruiter', at: 1 });
    const loaded = await loadEnabledEntries(db);
    expect(loaded.map((e) => e.value)).toEqual(emails(5, 'y').map((e) => e.value));
    expect(await db.listChunks.count()).toBe(1);
  });

  it('disabled lists take no part; enabling brings them back; deleting removes everything', async () => {
    await saveList(db, record('a'), emails(3, 'a'), { actor: 'recruiter', at: 1 });
    await saveList(db, record('b', 0), emails(2, 'b'), { actor: 'recruiter', at: 1 });
    expect((await loadEnabledEntries(db)).map((e) => e.listId)).toEqual(['a', 'a', 'a']);
    await setListEnabled(db, 'b', true, { actor: 'recruiter', at: 1 });
    expect(await loadEnabledEntries(db)).toHaveLength(5);
    await deleteList(db, 'a', { actor: 'recruiter', at: 1 });
    expect((await loadEnabledEntries(db)).map((e) => e.listId)).toEqual(['b', 'b']);
    expect(await db.listChunks.where('listId').equals('a').count()).toBe(0);
    await expect(setListEnabled(db, 'missing', true, { actor: 'recruiter', at: 1 })).rejects.toThrow(/no list/);
  });
});

describe('list changes in the audit log', () => {
  const rows = async () => (await db.auditLog.toArray()).map((r) => [r.action, r.actor, r.at, r.candidateId, r.detail]);
  it('records each import, replacement, switch and deletion, with who and when, and nothing for a refused change', async () => {
    await saveList(db, record('a'), emails(3), { actor: 'extension', at: 10 });
    await saveList(db, record('a'), emails(5), { actor: 'recruiter', at: 20 });
    await setListEnabled(db, 'a', false, { actor: 'recruiter', at: 30 });
    await setListEnabled(db, 'a', true, { actor: 'recruiter', at: 40 });
    await deleteList(db, 'a', { actor: 'recruiter', at: 50 });
    await expect(setListEnabled(db, 'a', true, { actor: 'recruiter', at: 60 })).rejects.toThrow(/no list/);
    await deleteList(db, 'a', { actor: 'recruiter', at: 70 });
    const list = { listId: 'a', title: 'List a', modified: '2026-11-01', origin: 'file' };
    expect(await rows()).toEqual([
      ['list-saved', 'extension', 10, '', { ...list, entries: 3 }],
      ['list-saved', 'recruiter', 20, '', { ...list, entries: 5, replacedModified: '2026-11-01', replacedEntries: 3 }],
      ['list-disabled', 'recruiter', 30, '', { listId: 'a' }],
      ['list-enabled', 'recruiter', 40, '', { listId: 'a' }],
      ['list-deleted', 'recruiter', 50, '', { ...list, entries: 5 }],
    ]);
  });
});

describe('list records and export', () => {
  it('a saved list loads back to the same canonical text, so its signature still verifies', async () => {
    const { parseNativeList } = await import('../../../lib/lists/parse-native');
    const { formatList } = await import('../../../lib/lists/canonical');
    const text = JSON.stringify({
      format: 'hireproof-signal-list', version: 1, id: 'round-trip', title: 'Round trip', author: 'Security',
      description: 'kept', category: 'vpn-hosting', created: '2026-10-01', modified: '2026-11-01', expires: '2027-01-01',
      references: ['https://example.com/a'],
      entries: [{ kind: 'asn', value: 'AS64500', note: 'hosting' }, { kind: 'email', value: 'x@example.com', severity: 'high' }],
      filters: [{ signalId: 'voip-phone', match: { kind: 'email-domain', value: 'example.com' }, reason: 'our own test accounts' }],
      weightOverrides: [{ signalId: 'voip-phone', weight: 0.1, reason: 'common here' }],
    });
    const parsed = parseNativeList(text);
    if (!parsed.ok) throw new Error('fixture list must parse');
    const record = listRecordFrom(parsed.list, { origin: { kind: 'paste' }, importedAt: 5, signature: 'c2ln' });
    expect(record).toMatchObject({ enabled: 1, entryCount: 2, category: 'vpn-hosting', signature: 'c2ln' });
    expect(record).not.toHaveProperty('entries');
    await saveList(db, record, parsed.list.entries, { actor: 'recruiter', at: 1 });
    const loaded = await loadStoredList(db, 'round-trip');
    expect(loaded && formatList(loaded)).toBe(formatList(parsed.list));
    expect(await loadStoredList(db, 'missing')).toBeUndefined();
  });
});

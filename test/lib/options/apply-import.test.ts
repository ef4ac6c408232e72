import { describe, expect, it } from 'vitest';
import { listRecordFrom, loadStoredList, saveList } from '../../../lib/db/lists-store';
import type { ListRecord } from '../../../lib/db/records';
import { importList } from '../../../lib/lists/import-list';
import type { SignalList } from '../../../lib/lists/schema';
import { applyImport } from '../../../lib/options/apply-import';
import type { PreparedList } from '../../../lib/options/prepare-import';
import { listText } from '../lists/make-list';
import { useTestDb } from './test-db';

const t = useTestDb();

const list = (overrides: Record<string, unknown> = {}): SignalList => {
  const result = importList(listText(overrides));
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.list;
};
const prepared = (l: SignalList, extra: Partial<PreparedList> = {}): PreparedList =>
  ({ list: l, origin: { kind: 'file' }, preview: {} as PreparedList['preview'], ...extra }) as PreparedList;
const emails = (...values: string[]) => values.map((value) => ({ kind: 'email', value }));

describe('applyImport', () => {
  it.each([
    { name: 'a new list is on', stored: undefined, enabled: 1 },
    { name: 'replacing a list that is on keeps it on', stored: 1 as const, enabled: 1 },
    { name: 'replacing a list that is off keeps it off', stored: 0 as const, enabled: 0 },
  ])('$name', async ({ stored, enabled }) => {
    if (stored !== undefined) {
      const old = list({ entries: emails('old@x.test') });
      await saveList(t.db, listRecordFrom(old, { origin: { kind: 'paste' }, importedAt: 1, enabled: stored }), old.entries, { actor: 'recruiter', at: 1 });
    }
    await applyImport(t.db, [prepared(list({ entries: emails('new@x.test', 'two@x.test') }))], 1000);
    const record = await t.db.lists.get('acme-fraud');
    expect(record).toMatchObject({ enabled, entryCount: 2, importedAt: 1000, origin: { kind: 'file' } });
    expect((await loadStoredList(t.db, 'acme-fraud'))?.entries.map((e) => e.value)).toEqual(['new@x.test', 'two@x.test']);
  });

  it.each([
    { name: 'verified: signature and key kept', extra: { signature: 'SIG', verifiedBy: 'secops' }, expected: { signature: 'SIG', verifiedBy: 'secops' } },
    { name: 'unsigned: none recorded', extra: {}, expected: { signature: undefined, verifiedBy: undefined } },
  ])('$name', async ({ extra, expected }) => {
    await applyImport(t.db, [prepared(list(), extra)], 5);
    const record = await t.db.lists.get('acme-fraud');
    expect({ signature: record?.signature, verifiedBy: record?.verifiedBy }).toEqual(expected);
  });

  it('a list fetched for a subscription records that it was just refreshed', async () => {
    const url = 'https://lists.example/a.json';
    await applyImport(t.db, [prepared(list(), { origin: { kind: 'subscription', url } })], 77);
    const record = (await t.db.lists.get('acme-fraud')) as ListRecord;
    expect(record.origin).toEqual({ kind: 'subscription', url });
    expect(record.lastRefresh).toEqual({ at: 77, ok: true, message: 'Imported on the options page' });
  });

  it('stores several lists all or none', async () => {
    const good = list({ id: 'good', entries: emails('a@x.test') });
    // A record IndexedDB cannot store (a function) makes the second write fail inside the transaction.
    const bad = { ...list({ id: 'bad' }), title: (() => 'x') as unknown as string };
    await expect(applyImport(t.db, [prepared(good), prepared(bad)], 1)).rejects.toThrow();
    expect(await t.db.lists.count()).toBe(0);
    expect(await t.db.listChunks.count()).toBe(0);
  });
});

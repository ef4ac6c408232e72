// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { listRecordFrom, saveList } from '../../../lib/db/lists-store';
import { importList } from '../../../lib/lists/import-list';
import { createListActions } from '../../../lib/options/list-actions';
import { listText } from '../lists/make-list';
import { useTestDb } from './test-db';

const t = useTestDb();
afterEach(() => vi.restoreAllMocks());

async function store(enabled: 0 | 1 = 1) {
  const parsed = importList(listText({ entries: [{ kind: 'email', value: 'a@x.test' }] }));
  if (!parsed.ok) throw new Error('refused');
  await saveList(t.db, listRecordFrom(parsed.list, { origin: { kind: 'file' }, importedAt: 1, enabled }), parsed.list.entries, { actor: 'recruiter', at: 1 });
}

const noExport = { exportList: () => Promise.reject(new Error('not used')) };

describe('list actions', () => {
  it.each([
    { name: 'switch off', act: (a: ReturnType<typeof createListActions>) => a.setEnabled('acme-fraud', false), after: { enabled: 0 } },
    { name: 'switch on', act: (a: ReturnType<typeof createListActions>) => a.setEnabled('acme-fraud', true), after: { enabled: 1 } },
    { name: 'delete', act: (a: ReturnType<typeof createListActions>) => a.remove('acme-fraud'), after: undefined },
  ])('$name changes the database, then tells the background', async ({ act, after }) => {
    await store(0);
    const sent: unknown[] = [];
    const changed = vi.fn();
    const actions = createListActions(t.db, noExport, { send: async (m) => (sent.push(m), { ok: true }), onListsChanged: changed });
    await act(actions);
    const record = await t.db.lists.get('acme-fraud');
    if (after) expect(record).toMatchObject(after);
    else expect(record).toBeUndefined();
    expect(sent).toEqual([{ type: 'lists-changed' }]);
    expect(changed).toHaveBeenCalledOnce();
  });

  it('says the change was kept when only telling the background failed', async () => {
    await store(1);
    const actions = createListActions(t.db, noExport, { send: async () => undefined });
    await expect(actions.setEnabled('acme-fraud', false)).rejects.toThrow(/^The change was saved, but open candidate pages may show the previous lists/);
    expect((await t.db.lists.get('acme-fraud'))?.enabled).toBe(0);
  });

  it('switching a list that is gone fails before the background is asked', async () => {
    const send = vi.fn(async () => ({ ok: true }));
    const actions = createListActions(t.db, noExport, { send });
    await expect(actions.setEnabled('missing', true)).rejects.toThrow('There is no list "missing".');
    expect(send).not.toHaveBeenCalled();
  });

  it.each([
    { name: 'an unsigned list', signature: undefined, files: ['acme-fraud.hireproof-list.json'] },
    { name: 'a signed list, with its .sig', signature: 'SIG', files: ['acme-fraud.hireproof-list.json', 'acme-fraud.hireproof-list.json.sig'] },
  ])('export downloads $name', async ({ signature, files }) => {
    const downloaded: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      downloaded.push(this.download);
    });
    const list = new Blob(['{}']);
    const actions = createListActions(t.db, { exportList: async () => (signature ? { list, signature } : { list }) });
    await actions.exportList('acme-fraud');
    expect(downloaded).toEqual(files);
    // The temporary link is gone again.
    expect(document.querySelectorAll('a[download]')).toHaveLength(0);
  });
});

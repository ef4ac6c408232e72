import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BUNDLED_LISTS, installBundledLists } from '../../../lib/background/bundled-lists';
import { openDatabase, type HireProofDb } from '../../../lib/db/database';
import { deleteList, listRecordFrom, saveList, setListEnabled } from '../../../lib/db/lists-store';
import { formatList } from '../../../lib/lists/canonical';
import { parseNativeList } from '../../../lib/lists/parse-native';

let db: HireProofDb;
let n = 0;
beforeEach(() => {
  db = openDatabase(`bundled-lists-${n++}`);
});
afterEach(async () => {
  db.close();
  await db.delete();
});
const ID = 'hireproof-starter-vpn-hosting';

describe('bundled lists', () => {
  it.each(BUNDLED_LISTS.map((raw) => [(raw as { id: string }).id, raw]))('%s parses and is stored in canonical form', (_id, raw) => {
    const parsed = parseNativeList(JSON.stringify(raw));
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect(`${JSON.stringify(raw, null, 2)}\n`).toBe(formatList(parsed.list));
  });

  it('installs once, enabled; keeps a disabled state; stays deleted when the security team deleted it', async () => {
    expect(await installBundledLists(db, 1)).toBe(true);
    expect(await db.lists.get(ID)).toMatchObject({ enabled: 1, origin: { kind: 'bundled' }, category: 'vpn-hosting' });
    await setListEnabled(db, ID, false, { actor: 'recruiter', at: 1 });
    expect(await installBundledLists(db, 2)).toBe(false);
    expect((await db.lists.get(ID))?.enabled).toBe(0);
    await deleteList(db, ID, { actor: 'recruiter', at: 1 });
    expect(await installBundledLists(db, 3)).toBe(false);
    expect(await db.lists.get(ID)).toBeUndefined();
  });

  it('never replaces a list with the same id that someone imported', async () => {
    const parsed = parseNativeList(JSON.stringify(BUNDLED_LISTS[0]));
    if (!parsed.ok) throw new Error('bundled list must parse');
    await saveList(db, listRecordFrom({ ...parsed.list, entries: [] }, { origin: { kind: 'file' }, importedAt: 1 }), [], { actor: 'recruiter', at: 1 });
    expect(await installBundledLists(db, 2)).toBe(false);
    expect(await db.lists.get(ID)).toMatchObject({ origin: { kind: 'file' }, entryCount: 0 });
  });
});

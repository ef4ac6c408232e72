import starterVpnHosting from '../lists/starter/vpn-hosting.json';
import type { HireProofDb } from '../db/database';
import { listRecordFrom, saveList } from '../db/lists-store';
import { parseNativeList } from '../lists/parse-native';

/** Lists shipped inside the extension (lib/lists/starter/), installed on first start. */
export const BUNDLED_LISTS: readonly unknown[] = [starterVpnHosting];

const installedKey = (listId: string) => `bundled-list-installed:${listId}`;

/**
 * Installs each bundled list whose shipped version (its `modified` date) is newer than the one last
 * installed. The installed version is remembered apart from the list, so a list the security team
 * deleted stays deleted until a newer version ships; an update keeps the enabled state they chose.
 * Returns true when anything was written.
 */
export async function installBundledLists(db: HireProofDb, now: number): Promise<boolean> {
  let changed = false;
  for (const raw of BUNDLED_LISTS) {
    const parsed = parseNativeList(JSON.stringify(raw));
    // A shipped list that does not parse is a build error; the unit tests parse every one.
    if (!parsed.ok) continue;
    const { list } = parsed;
    const installed = await db.settings.get(installedKey(list.id));
    if (typeof installed?.value === 'string' && installed.value >= list.modified) continue;
    const existing = await db.lists.get(list.id);
    // Never overwrite a list of the same id that the security team imported themselves.
    if (existing && existing.origin.kind !== 'bundled') continue;
    await saveList(db, listRecordFrom(list, { origin: { kind: 'bundled' }, importedAt: now, enabled: existing?.enabled ?? 1 }), list.entries, { actor: 'extension', at: now });
    await db.settings.put({ key: installedKey(list.id), value: list.modified });
    changed = true;
  }
  return changed;
}

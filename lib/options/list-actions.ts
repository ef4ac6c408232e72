import type { HireProofDb } from '../db/database';
import { deleteList, setListEnabled } from '../db/lists-store';
import { askBackground, OkReplySchema } from './ask-background';
import { downloadFile } from './download-file';
import { exportFileNames } from './export-file-names';
import type { ListJobs } from './list-jobs';

/** What the lists table can do to a stored list. Each resolves when done and throws a sentence for people. */
export interface ListActions {
  setEnabled: (listId: string, enabled: boolean) => Promise<void>;
  remove: (listId: string) => Promise<void>;
  exportList: (listId: string) => Promise<void>;
  /** Tells the background lists changed (after an import); throws like the others. */
  listsChanged: () => Promise<void>;
}

/**
 * The database change comes first and stands on its own; telling the background is the second
 * step. When only that fails, the error says the change was kept and what it means.
 */
export function createListActions(
  db: HireProofDb,
  jobs: Pick<ListJobs, 'exportList'>,
  options: { send?: Parameters<typeof askBackground>[2]; onListsChanged?: () => void; now?: () => number } = {},
): ListActions {
  // The person using the options page; their changes are audited with the time they made them.
  const by = () => ({ actor: 'recruiter' as const, at: (options.now ?? Date.now)() });
  const listsChanged = async () => {
    try {
      await askBackground({ type: 'lists-changed' }, OkReplySchema, options.send);
      // The background re-checked the open candidates: hit counts may have moved.
      options.onListsChanged?.();
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      throw new Error(`The change was saved, but open candidate pages may show the previous lists until they are reloaded (${reason})`);
    }
  };
  return {
    async setEnabled(listId, enabled) {
      await setListEnabled(db, listId, enabled, by());
      await listsChanged();
    },
    async remove(listId) {
      await deleteList(db, listId, by());
      await listsChanged();
    },
    async exportList(listId) {
      const { list, signature } = await jobs.exportList(listId);
      const names = exportFileNames(listId);
      downloadFile(names.list, list);
      if (signature !== undefined) downloadFile(names.signature, new Blob([`${signature}\n`], { type: 'text/plain' }));
    },
    listsChanged,
  };
}

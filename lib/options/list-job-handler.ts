import type { HireProofDb } from '../db/database';
import { formatList } from '../lists/canonical';
import { applyImport } from './apply-import';
import type { ListJobReply, ListJobRequest } from './list-job-protocol';
import { loadStored } from './load-stored';
import { prepareImport, type PreparedList } from './prepare-import';

/**
 * What the list worker does with each request. Kept apart from the worker's message wiring so the
 * same code runs in unit tests without a Worker. Prepared lists wait here, in the worker's memory,
 * until they are applied or discarded: a million entries never travel back to the page.
 */
export function createListJobHandler(db: HireProofDb, post: (reply: ListJobReply) => void): (request: ListJobRequest) => Promise<void> {
  const prepared = new Map<number, PreparedList[]>();

  async function run(request: ListJobRequest): Promise<void> {
    const { jobId } = request;
    const report = (stage: string) => post({ type: 'progress', jobId, stage });
    switch (request.type) {
      case 'prepare': {
        const result = await prepareImport(request.sources, { trustedKeys: request.trustedKeys, loadStored: (id) => loadStored(db, id), report });
        if (!result.ok) return post({ type: 'refused', jobId, problems: result.problems });
        prepared.set(jobId, result.lists);
        return post({ type: 'prepared', jobId, previews: result.lists.map((l) => l.preview) });
      }
      case 'apply': {
        const lists = prepared.get(request.prepared);
        if (!lists) return post({ type: 'failed', jobId, error: 'This preview is no longer available; check the list again.' });
        // Taken before the first await, so a second Apply of the same preview cannot store it twice.
        prepared.delete(request.prepared);
        const entries = lists.reduce((sum, l) => sum + l.list.entries.length, 0);
        report(`Saving ${entries.toLocaleString('en-US')} ${entries === 1 ? 'entry' : 'entries'}…`);
        try {
          await applyImport(db, lists, request.now);
        } catch (error) {
          // Nothing was stored (one transaction): the preview may be applied again.
          prepared.set(request.prepared, lists);
          throw error;
        }
        return post({ type: 'applied', jobId, lists: lists.map(({ list }) => ({ id: list.id, title: list.title, entryCount: list.entries.length })) });
      }
      case 'discard':
        prepared.delete(request.prepared);
        return post({ type: 'done', jobId });
      case 'export': {
        report('Reading the stored list…');
        const stored = await loadStored(db, request.listId);
        if (!stored) return post({ type: 'failed', jobId, error: `There is no stored list "${request.listId}".` });
        report('Writing the canonical file…');
        const list = new Blob([formatList(stored.list)], { type: 'application/json' });
        return post({ type: 'exported', jobId, list, ...(stored.record.signature ? { signature: stored.record.signature } : {}) });
      }
    }
  }

  return async (request) => {
    try {
      await run(request);
    } catch (error) {
      post({ type: 'failed', jobId: request.jobId, error: error instanceof Error ? error.message : String(error) });
    }
  };
}

import { z } from 'zod';
import { openDatabase } from '../db/database';
import { createListJobHandler } from './list-job-handler';
import { ListJobRequestSchema, type ListJobReply } from './list-job-protocol';

/**
 * The options page's worker: parsing and diffing a million-entry list takes seconds, which would
 * freeze the page. Extension workers share the extension's IndexedDB, so it also reads and writes
 * the lists itself. Started with Vite's `?worker` import (./spawn-list-worker.ts).
 */

// zod's JIT probe uses `new Function`, which the extension CSP forbids in workers too.
z.config({ jitless: true });

const handle = createListJobHandler(openDatabase(), (reply: ListJobReply) => self.postMessage(reply));

self.addEventListener('message', (event: MessageEvent<unknown>) => {
  const request = ListJobRequestSchema.safeParse(event.data);
  if (request.success) {
    void handle(request.data);
    return;
  }
  // Only the page that started this worker can post to it, so a malformed request is a bug: say so
  // to the job that sent it instead of leaving its progress spinning.
  const jobId = (event.data as { jobId?: unknown } | null)?.jobId;
  if (typeof jobId === 'number') self.postMessage({ type: 'failed', jobId, error: `Malformed request: ${z.prettifyError(request.error)}` } satisfies ListJobReply);
});

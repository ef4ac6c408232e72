import type { HireProofDb } from '../../../lib/db/database';
import { createListJobHandler } from '../../../lib/options/list-job-handler';
import { ListJobRequestSchema, type ListJobReply } from '../../../lib/options/list-job-protocol';
import type { WorkerLike } from '../../../lib/options/list-jobs';

/**
 * A stand-in for the list worker that runs the real job handler on this thread, for tests without
 * Workers (Node, happy-dom). Messages are delivered asynchronously, like a worker's, and requests
 * are parsed with the same schema the worker uses.
 */
export function inThreadWorker(db: HireProofDb): WorkerLike & { terminated: boolean; posted: ListJobReply[] } {
  const listeners: Array<(event: MessageEvent<unknown>) => void> = [];
  const worker = {
    terminated: false,
    posted: [] as ListJobReply[],
    postMessage(message: unknown) {
      const request = ListJobRequestSchema.parse(message);
      setTimeout(() => void handle(request), 0);
    },
    addEventListener(type: 'message' | 'error', listener: (event: MessageEvent<unknown> | ErrorEvent) => void) {
      if (type === 'message') listeners.push(listener);
    },
    terminate() {
      worker.terminated = true;
    },
  };
  const handle = createListJobHandler(db, (reply) => {
    // A terminated worker says nothing more.
    if (worker.terminated) return;
    worker.posted.push(reply);
    setTimeout(() => listeners.forEach((l) => l({ type: 'message', data: reply } as MessageEvent<unknown>)), 0);
  });
  return worker;
}

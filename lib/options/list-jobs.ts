import { ListJobReplySchema, type AppliedList, type ListJobReply, type ListJobRequest, type ListPreview, type PrepareSource } from './list-job-protocol';
import type { ListProblem } from '../lists/result';
import type { TrustedKey } from '../lists/signature';

/**
 * The page's side of the list worker: one promise per job, progress stages to a callback. The
 * worker is started on first use and restarted after it is cancelled or crashes.
 */

/** What the client needs of a Worker; tests pass one that runs the job handler in-thread. */
export interface WorkerLike {
  postMessage: (message: ListJobRequest) => void;
  addEventListener: (type: 'message' | 'error', listener: (event: MessageEvent<unknown> | ErrorEvent) => void) => void;
  terminate: () => void;
}

export type PrepareOutcome = { ok: true; prepared: number; previews: ListPreview[] } | { ok: false; problems: ListProblem[] };

export interface ListJobs {
  prepare: (sources: PrepareSource[], trustedKeys: readonly TrustedKey[], onStage: (stage: string) => void) => Promise<PrepareOutcome>;
  apply: (prepared: number, onStage: (stage: string) => void) => Promise<AppliedList[]>;
  discard: (prepared: number) => void;
  exportList: (listId: string) => Promise<{ list: Blob; signature?: string }>;
  /** Stops the running job by restarting the worker; its promise rejects with JobCancelledError. */
  cancel: () => void;
}

export class JobCancelledError extends Error {
  constructor() {
    super('Cancelled.');
    this.name = 'JobCancelledError';
  }
}

type Final = Exclude<ListJobReply, { type: 'progress' }>;

interface Pending {
  resolve: (reply: Final) => void;
  reject: (error: Error) => void;
  onStage?: (stage: string) => void;
}

export function createListJobs(spawn: () => WorkerLike, now: () => number = Date.now): ListJobs {
  const pending = new Map<number, Pending>();
  let worker: WorkerLike | undefined;
  let nextJob = 1;

  const failAll = (error: Error) => {
    for (const job of pending.values()) job.reject(error);
    pending.clear();
  };

  const stop = (error: Error) => {
    worker?.terminate();
    worker = undefined;
    failAll(error);
  };

  const onEvent = (event: MessageEvent<unknown> | ErrorEvent) => {
    if (event.type === 'error') {
      const message = 'message' in event && typeof event.message === 'string' ? event.message : '';
      // A worker that threw at the top level (out of memory on a huge list) is gone for good.
      stop(new Error(`The list worker stopped${message ? `: ${message}` : ''}. Nothing was changed; try again.`));
      return;
    }
    const reply = ListJobReplySchema.safeParse('data' in event ? event.data : undefined);
    if (!reply.success) {
      stop(new Error('The list worker sent a reply this page does not understand. Reload the page.'));
      return;
    }
    const job = pending.get(reply.data.jobId);
    if (!job) return;
    if (reply.data.type === 'progress') {
      job.onStage?.(reply.data.stage);
      return;
    }
    pending.delete(reply.data.jobId);
    if (reply.data.type === 'failed') job.reject(new Error(reply.data.error));
    else job.resolve(reply.data);
  };

  function send(build: (jobId: number) => ListJobRequest, onStage?: (stage: string) => void): Promise<Final> {
    if (!worker) {
      worker = spawn();
      worker.addEventListener('message', onEvent);
      worker.addEventListener('error', onEvent);
    }
    const jobId = nextJob++;
    const target = worker;
    return new Promise<Final>((resolve, reject) => {
      pending.set(jobId, { resolve, reject, ...(onStage ? { onStage } : {}) });
      target.postMessage(build(jobId));
    });
  }

  const unexpected = (reply: Final) => new Error(`Unexpected reply "${reply.type}" from the list worker.`);

  return {
    async prepare(sources, trustedKeys, onStage) {
      const reply = await send((jobId) => ({ type: 'prepare', jobId, sources, trustedKeys: [...trustedKeys] }), onStage);
      if (reply.type === 'prepared') return { ok: true, prepared: reply.jobId, previews: reply.previews };
      if (reply.type === 'refused') return { ok: false, problems: reply.problems };
      throw unexpected(reply);
    },
    async apply(prepared, onStage) {
      const reply = await send((jobId) => ({ type: 'apply', jobId, prepared, now: now() }), onStage);
      if (reply.type === 'applied') return reply.lists;
      throw unexpected(reply);
    },
    discard(prepared) {
      // Nothing to discard in a worker that was restarted since.
      if (worker) void send((jobId) => ({ type: 'discard', jobId, prepared })).catch(() => undefined);
    },
    async exportList(listId) {
      const reply = await send((jobId) => ({ type: 'export', jobId, listId }));
      if (reply.type === 'exported') return { list: reply.list, ...(reply.signature === undefined ? {} : { signature: reply.signature }) };
      throw unexpected(reply);
    },
    cancel: () => stop(new JobCancelledError()),
  };
}

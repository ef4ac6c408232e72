import type { LandmarkFrame } from '../landmarks/landmark-frame';
import type { ModelSource } from '../landmarker/load-model-bytes';
import { createFrameGate } from './frame-gate';
import { WorkerReplySchema, type Delegate, type WorkerReply, type WorkerRequest, type WorkerStats } from './protocol';

/**
 * The panel's side of the landmark worker (./landmark-worker.ts): starts it, sends it frames with at
 * most one in flight per stream (./frame-gate.ts), and checks every reply before trusting it.
 */

/** What the client needs of a Worker; tests pass a stand-in. */
export interface WorkerLike {
  postMessage: (message: WorkerRequest, transfer: Transferable[]) => void;
  addEventListener: (type: 'message' | 'error', listener: (event: MessageEvent<unknown> | ErrorEvent) => void) => void;
  terminate: () => void;
}

export type LandmarkerOptions = ModelSource & {
  /** Folder of the tasks-vision runtime files, e.g. `browser.runtime.getURL('/vision/wasm')`. */
  wasmBase: string;
  /** CPU unless said otherwise; GPU falls back to CPU where it does not start. */
  delegate?: Delegate;
  /** Called with the landmarker's own time for each analysed frame (diagnostics, benchmarks). */
  onDetect?: (streamId: string, detectMs: number) => void;
};

/**
 * A frame's landmarks, or why there are none: `dropped` when the stream already had a frame in
 * flight (the frame was not sent), `stale` when its timestamp did not rise by at least 1 ms.
 */
export type TrackResult = LandmarkFrame | 'dropped' | 'stale';

export type LandmarkerStats = WorkerStats & { dropped: number };

export interface Landmarker {
  delegate: Delegate;
  blendshapes: boolean;
  workerKind: 'module' | 'classic';
  /** Transfers the bitmap to the worker, which closes it; the caller must not use it afterwards. */
  track: (streamId: string, bitmap: ImageBitmap, timestampMs: number) => Promise<TrackResult>;
  /** Ends a stream (a participant left, or their video restarted and its clock with it). */
  close: (streamId: string) => void;
  stats: () => Promise<LandmarkerStats>;
  /** Stops the worker; pending calls reject. */
  dispose: () => void;
}

interface Pending {
  resolve: (reply: WorkerReply) => void;
  reject: (error: Error) => void;
}

export async function connectLandmarker(worker: WorkerLike, options: LandmarkerOptions): Promise<Landmarker> {
  const pending = new Map<number, Pending>();
  const gate = createFrameGate();
  let nextRequest = 1;
  let stopped: Error | undefined;

  const stop = (error: Error) => {
    stopped ??= error;
    worker.terminate();
    for (const request of pending.values()) request.reject(error);
    pending.clear();
  };

  worker.addEventListener('error', (event) => {
    const message = 'message' in event && typeof event.message === 'string' ? event.message : '';
    stop(new Error(`The landmark worker stopped${message ? `: ${message}` : ''}.`));
  });
  worker.addEventListener('message', (event) => {
    const reply = WorkerReplySchema.safeParse('data' in event ? event.data : undefined);
    if (!reply.success) return stop(new Error('The landmark worker sent a reply this page does not understand.'));
    const request = pending.get(reply.data.requestId);
    pending.delete(reply.data.requestId);
    if (reply.data.type === 'failed') request?.reject(new Error(reply.data.error));
    else request?.resolve(reply.data);
  });

  function send(build: (requestId: number) => WorkerRequest, transfer: Transferable[] = []): Promise<WorkerReply> {
    if (stopped) return Promise.reject(stopped);
    const requestId = nextRequest++;
    return new Promise((resolve, reject) => {
      pending.set(requestId, { resolve, reject });
      try {
        worker.postMessage(build(requestId), transfer);
      } catch (error) {
        pending.delete(requestId);
        reject(asError(error));
      }
    });
  }
  const unexpected = (reply: WorkerReply) => new Error(`Unexpected reply "${reply.type}" from the landmark worker.`);

  const { wasmBase, delegate = 'CPU', onDetect } = options;
  const model = 'modelUrl' in options ? { modelUrl: options.modelUrl } : { modelAssetBuffer: options.modelAssetBuffer };
  const ready = await send((requestId) => ({ type: 'start', requestId, wasmBase, delegate, ...model })).then(
    (reply) => (reply.type === 'ready' ? reply : Promise.reject(unexpected(reply))),
  ).catch((error: unknown) => {
    // A worker that could not start is of no use: stop it rather than leave it holding memory.
    stop(asError(error));
    throw error;
  });

  return {
    delegate: ready.delegate,
    blendshapes: ready.blendshapes,
    workerKind: ready.workerKind,
    async track(streamId, bitmap, timestampMs) {
      if (stopped || !gate.enter(streamId)) {
        bitmap.close();
        if (stopped) throw stopped;
        return 'dropped';
      }
      try {
        const reply = await send((requestId) => ({ type: 'track', requestId, streamId, timestampMs, bitmap }), [bitmap]);
        if (reply.type === 'frame') {
          onDetect?.(streamId, reply.detectMs);
          return reply.frame;
        }
        if (reply.type !== 'skipped') throw unexpected(reply);
        if (reply.reason === 'stale') return 'stale';
        gate.countDrop();
        return 'dropped';
      } finally {
        gate.leave(streamId);
      }
    },
    // No reply to wait for: the worker closes the stream's landmarker when it gets to the message.
    close: (streamId) => {
      if (!stopped) worker.postMessage({ type: 'close', streamId }, []);
    },
    async stats() {
      const reply = await send((requestId) => ({ type: 'stats', requestId }));
      if (reply.type !== 'stats') throw unexpected(reply);
      return { ...reply.stats, dropped: gate.dropped() };
    },
    dispose: () => stop(new Error('The landmarker was disposed.')),
  };
}

const asError = (error: unknown) => (error instanceof Error ? error : new Error(String(error)));

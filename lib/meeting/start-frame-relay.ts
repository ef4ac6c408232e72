import { RelayReplySchema, type FrameJob, type RelayRequest } from './frame-relay-protocol';
import { frameRelayWorker } from './frame-relay-worker';

/**
 * Starts the frame relay (frame-relay-worker.ts) in a worker of the meeting page's origin, made from
 * its source text: a content script may only start workers of the page's origin, and a blob is one.
 * Resolves once the worker answered, or to undefined where it cannot run: no Worker or VideoFrame, or
 * the page's CSP forbids blob workers (`worker-src 'self'`, checked in Chromium 156: the worker fires
 * `error` and the page's CSP report endpoint is told a blob worker was refused). Without it the
 * samplers scale frames on the main thread, as before.
 */

/** How long the worker may take to answer; a refused one answers with `error` well before. */
export const RELAY_START_TIMEOUT_MS = 3000;

export interface FrameRelay {
  /** Moves the page's end of the bridge into the worker; panel messages then arrive through `onPanel`. */
  adopt: (port: MessagePort) => void;
  post: (message: unknown, transfer: Transferable[]) => void;
  /** Transfers the frame to the worker, which closes it. */
  sendFrame: (job: FrameJob, frame: VideoFrame) => void;
  close: () => void;
}

export interface FrameRelayOptions {
  onPanel: (data: unknown) => void;
  /** A frame the worker could not scale (it never reached the panel). */
  onLost: (key: string) => void;
  /** The worker failed after it started: the bridge it held is gone. */
  onBroken: (error: string) => void;
  timeoutMs?: number;
}

/** The worker's whole script: the relay function's own text, called on the worker's scope. */
export const frameRelaySource = () => `"use strict";(${frameRelayWorker.toString()})(self);`;

export function startFrameRelay(options: FrameRelayOptions): Promise<FrameRelay | undefined> {
  if (typeof Worker !== 'function' || typeof VideoFrame !== 'function' || typeof Blob !== 'function') return Promise.resolve(undefined);
  let url: string | undefined;
  let worker: Worker;
  try {
    url = URL.createObjectURL(new Blob([frameRelaySource()], { type: 'text/javascript' }));
    worker = new Worker(url, { name: 'hireproof-frames' });
  } catch {
    if (url) URL.revokeObjectURL(url);
    return Promise.resolve(undefined);
  }
  const send = (request: RelayRequest, transfer: Transferable[] = []) => worker.postMessage(request, transfer);

  return new Promise((resolve) => {
    let started = false;
    let over = false;
    const end = () => {
      over = true;
      clearTimeout(timer);
      if (url) URL.revokeObjectURL(url);
      worker.terminate();
    };
    const timer = setTimeout(() => {
      end();
      resolve(undefined);
    }, options.timeoutMs ?? RELAY_START_TIMEOUT_MS);

    worker.onerror = (event) => {
      if (over) return;
      end();
      if (started) options.onBroken(event.message || 'the frame worker stopped');
      else resolve(undefined);
    };
    worker.onmessage = (event: MessageEvent<unknown>) => {
      const reply = RelayReplySchema.safeParse(event.data);
      if (over || !reply.success) return;
      switch (reply.data.type) {
        case 'ready':
          if (started) return;
          started = true;
          clearTimeout(timer);
          // The script is loaded: the URL is of no further use, and a revoked one cannot be reused.
          if (url) URL.revokeObjectURL(url);
          url = undefined;
          return resolve({
            adopt: (port) => send({ type: 'port', port }, [port]),
            post: (message, transfer) => send({ type: 'post', message, transfer }, transfer),
            sendFrame: (job, frame) => send({ type: 'frame', job, frame }, [frame]),
            close: () => {
              if (over) return;
              send({ type: 'close' });
              end();
            },
          });
        case 'panel':
          return options.onPanel(reply.data.data);
        case 'lost':
          return options.onLost(reply.data.key);
      }
    };
    send({ type: 'hello' });
  });
}

// First import, on purpose: it blocks the network before @mediapipe/tasks-vision is evaluated.
import { networkGuard } from './worker-network-guard';
import { z } from 'zod';
import { WorkerRequestSchema, type WorkerReply, type WorkerRequest } from './protocol';
import { startSession, type Session } from './start-session';

/**
 * The landmark worker, started by the extension-origin panel (./landmark-client.ts): it turns the
 * participant frames the panel transfers into landmark frames, one MediaPipe FaceLandmarker per
 * stream. It answers only the page that started it, and sends back numbers, never pixels.
 */

// zod's JIT probe uses `new Function`, which the extension CSP forbids in workers too.
z.config({ jitless: true });

const reply = (message: WorkerReply) => self.postMessage(message);
let session: Promise<Session> | undefined;

async function handle(request: WorkerRequest): Promise<void> {
  switch (request.type) {
    case 'start': {
      if (session) throw new Error('The landmark worker was already started.');
      // DOM typings call `self` a Window; here it is the worker's scope, which has importScripts.
      session = startSession(request, self as unknown as { importScripts?: () => void });
      session.catch(() => (session = undefined));
      const { delegate, blendshapes, workerKind } = await session;
      return reply({ type: 'ready', requestId: request.requestId, delegate, blendshapes, workerKind });
    }
    case 'track': {
      if (!session) {
        request.bitmap.close();
        throw new Error('The landmark worker has not been started.');
      }
      const outcome = await (await session).landmarkers.track(request.streamId, request.bitmap, request.timestampMs);
      return reply('skipped' in outcome
        ? { type: 'skipped', requestId: request.requestId, reason: outcome.skipped }
        : { type: 'frame', requestId: request.requestId, ...outcome });
    }
    case 'close':
      return void session?.then((s) => s.landmarkers.close(request.streamId), () => undefined);
    case 'stats': {
      const streams = session ? (await session).landmarkers.stats() : [];
      return reply({ type: 'stats', requestId: request.requestId, stats: { refusedRequests: networkGuard.refused(), streams } });
    }
  }
}

self.addEventListener('message', (event: MessageEvent<unknown>) => {
  const request = WorkerRequestSchema.safeParse(event.data);
  const requestId = (event.data as { requestId?: unknown } | null)?.requestId;
  const fail = (error: unknown) => {
    if (typeof requestId === 'number' && Number.isInteger(requestId) && requestId > 0) reply({ type: 'failed', requestId, error: error instanceof Error ? error.message : String(error) });
  };
  if (!request.success) {
    // Only the page that started this worker can post to it, so this is a bug: free the frame it
    // may carry and tell the request's sender rather than leave it waiting.
    const bitmap = (event.data as { bitmap?: unknown } | null)?.bitmap;
    if (typeof ImageBitmap === 'function' && bitmap instanceof ImageBitmap) bitmap.close();
    fail(new Error(`Malformed request: ${z.prettifyError(request.error)}`));
    return;
  }
  handle(request.data).catch(fail);
});

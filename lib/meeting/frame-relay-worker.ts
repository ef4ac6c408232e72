import type { RelayReply, RelayRequest } from './frame-relay-protocol';

/** What the relay needs of its worker scope; tests pass a stand-in. */
export interface RelayWorkerScope {
  postMessage: (message: RelayReply) => void;
  onmessage: ((event: MessageEvent<RelayRequest>) => void) | null;
  createImageBitmap: (image: VideoFrame, options: ImageBitmapOptions) => Promise<ImageBitmap>;
  close: () => void;
}

/**
 * The frame relay's worker body (see frame-relay-protocol.ts). start-frame-relay.ts runs it from its
 * source text in a blob worker of the page's origin, so it must be self-contained: no imports at run
 * time, no names from outside this function (a test runs its text alone).
 *
 * It owns the page's end of the bridge once the content script hands it over: panel messages go back
 * to the content script as they came, page messages go out as they came, and each VideoFrame is
 * scaled here and sent as a `frame` message with its bitmap. Everything goes out in the order it came
 * in (a `sampling-stopped` must not overtake the frame before it), so work is chained.
 */
export function frameRelayWorker(scope: RelayWorkerScope): void {
  let port: MessagePort | undefined;
  let queue: Promise<void> = Promise.resolve();
  const then = (work: () => Promise<void> | void) => {
    queue = queue.then(work).catch(() => undefined);
  };

  const scale = async (job: Extract<RelayRequest, { type: 'frame' }>['job'], frame: VideoFrame) => {
    let bitmap: ImageBitmap | undefined;
    try {
      bitmap = await scope.createImageBitmap(frame, { resizeWidth: job.width, resizeHeight: job.height, resizeQuality: 'low' });
    } catch (error) {
      scope.postMessage({ type: 'lost', key: job.key, error: error instanceof Error ? error.message : String(error) });
      return;
    } finally {
      frame.close();
    }
    if (!port) {
      bitmap.close();
      scope.postMessage({ type: 'lost', key: job.key, error: 'no port' });
      return;
    }
    const { key, timestampMs, dropped, pageCostMs } = job;
    port.postMessage({ type: 'frame', key, timestampMs, bitmap, dropped, pageCostMs }, [bitmap]);
  };

  scope.onmessage = (event) => {
    const request = event.data;
    switch (request.type) {
      case 'hello':
        return scope.postMessage({ type: 'ready' });
      case 'port':
        port = request.port;
        port.onmessage = (message: MessageEvent<unknown>) => scope.postMessage({ type: 'panel', data: message.data });
        return;
      case 'post':
        return then(() => port?.postMessage(request.message, request.transfer));
      case 'frame':
        return then(() => scale(request.job, request.frame));
      case 'close':
        port?.close();
        port = undefined;
        return scope.close();
    }
  };
}

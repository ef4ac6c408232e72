import { z } from 'zod';

/**
 * Messages between the meetings content script and its frame relay (frame-relay-worker.ts), a worker
 * of the page's own origin that holds the page's end of the bridge to the panel. They never leave the
 * page's process: what reaches the panel is still a `frame` PageMessage with an ImageBitmap.
 *
 * Why a worker: a VideoFrame of the participant's video costs the page's main thread about 0.1 ms,
 * but it cannot cross to the panel (another agent cluster: Chromium fires `messageerror` there), and
 * scaling it into a bitmap on the main thread costs 3 to 5 ms. A worker of the page's origin may take
 * the VideoFrame (same agent cluster), scale it on its own thread and send the bitmap on.
 */

/** What the worker needs to turn one VideoFrame into a `frame` message for the panel. */
export interface FrameJob {
  key: string;
  /** The page's clock when the frame was taken (performance.now()). */
  timestampMs: number;
  dropped: number;
  pageCostMs: number;
  /** The size to scale to (frame-size.ts), in pixels. */
  width: number;
  height: number;
}

/** Content script to worker. `post` carries a PageMessage as it is; its transferables ride along. */
export type RelayRequest =
  | { type: 'hello' }
  | { type: 'port'; port: MessagePort }
  | { type: 'post'; message: unknown; transfer: Transferable[] }
  | { type: 'frame'; job: FrameJob; frame: VideoFrame }
  | { type: 'close' };

/** Worker to content script. `panel` is whatever arrived on the port: the bridge parses it. */
export const RelayReplySchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('ready') }).strict(),
  z.object({ type: z.literal('panel'), data: z.unknown() }).strict(),
  /** The frame could not be scaled, so it never reached the panel and no credit will come for it. */
  z.object({ type: z.literal('lost'), key: z.string(), error: z.string() }).strict(),
]);
export type RelayReply = z.infer<typeof RelayReplySchema>;

/** How the samplers hand a whole video frame on to be scaled off the main thread. */
export interface VideoFrameHandOff {
  /** True once the relay runs; until then (or where the page forbids the worker) frames are scaled on the main thread. */
  ready: () => boolean;
  /**
   * True while the relay is starting (asking starts it): the samplers then take nothing for those few
   * tens of milliseconds rather than scale a frame or two on the main thread.
   */
  starting?: () => boolean;
  /** Takes the frame (and closes it) and returns true; false when it could not be sent (the caller closes it). */
  send: (job: FrameJob, frame: VideoFrame) => boolean;
}

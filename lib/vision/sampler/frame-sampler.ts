import { cropRegion, type CanvasCrop } from './crop-region';
import { DEFAULT_LONG_SIDE_PX, downscaledSize, type Size } from './frame-size';
import { DEFAULT_SAMPLE_FPS, rateDecision } from './sample-rate';
import { stopReason, type StopReason } from './stop-reason';

/**
 * Samples one participant's picture in the content script and hands each frame on, costing the
 * page's main thread as little as possible (the target: under 1 ms a frame).
 *
 * A `<video>` is read with `new VideoFrame(video)` on a timer at the sampling rate: about 0.1 ms, no
 * pixels copied, and a frame whose timestamp did not change (a paused or stalled video) is skipped,
 * so only frames the video actually showed are sampled. When the sink can take whole frames (the
 * frame relay, lib/meeting/start-frame-relay.ts) it gets the VideoFrame and scales it off this
 * thread; otherwise the frame is scaled here with createImageBitmap.
 *
 * Measured in headless Chromium 156 without a GPU, the built extension on the saved Jitsi call (a
 * 512 x 480 face video), the page's main-thread CPU time per sampled frame at 10 fps: 0.7 ms with
 * the relay (all of it: timer, VideoFrame, hand-over, the panel's credit); 4.9 ms scaling here; 6.7 ms
 * with the frame callback and createImageBitmap(video) (the path before VideoFrame). The frame
 * callback alone costs about 1 ms a frame: while it is registered each video frame runs a
 * main-thread update. VideoFrames cannot go to the panel directly (another agent cluster).
 *
 * Where VideoFrame is missing, the video is sampled as before: on its frame callback with
 * createImageBitmap. A region of a shared canvas (Zoom's web client) is cropped on a timer, since
 * canvases have no frame callback.
 */

export type SampleSource =
  | { kind: 'video'; element: HTMLVideoElement }
  | { kind: 'canvas-region'; canvas: HTMLCanvasElement; placeholder: Element };

/** A sampled frame: scaled into a bitmap on this thread, or whole, for the sink to scale elsewhere. */
export type SampledPicture =
  | { kind: 'bitmap'; bitmap: ImageBitmap }
  | { kind: 'video-frame'; frame: VideoFrame; size: Size };

export interface FrameSink {
  /**
   * Asked before a frame is captured: false while the consumer still works on the previous frame,
   * and then nothing is captured at all (the cheapest drop).
   */
  ready: () => boolean;
  /** True when `send` takes whole VideoFrames (asked for each frame; false or absent: bitmaps). */
  takesVideoFrames?: () => boolean;
  /**
   * Takes the picture (and owns it) and returns true; false when the consumer became busy while the
   * capture ran, and then the sampler closes it. `costMs` is the page's main-thread time the capture
   * took (createImageBitmap does part of its work synchronously).
   */
  send: (picture: SampledPicture, timestampMs: number, costMs: number) => boolean;
}

export interface FrameSamplerOptions {
  source: SampleSource;
  sink: FrameSink;
  fps?: number;
  /** Long side of the sent frames in pixels. */
  longSide?: number;
  onStop?: (reason: StopReason) => void;
}

export interface SamplerStats {
  /** Frames handed to the sink. */
  sent: number;
  /** Due frames not captured because the sink was busy (or a capture was still running). */
  dropped: number;
  /** Captures that threw. */
  failed: number;
  /** Main-thread time spent in captures and hand-overs, in milliseconds. */
  mainThreadMs: number;
}

export interface FrameSampler {
  stop: () => void;
  stats: () => SamplerStats;
}

/** How often a source is checked for removal: a removed video fires no frame callbacks to notice it by. */
const WATCH_MS = 1000;
/** HTMLMediaElement.HAVE_CURRENT_DATA: before it, a video has no frame to read. */
const HAVE_CURRENT_DATA = 2;

/** One capture: what it yields, and the main-thread time its synchronous part took. */
interface Taken {
  picture: Promise<SampledPicture>;
  costMs: number;
}
/** Takes the current frame; undefined when there is nothing (new) to take. Throws when unreadable. */
type Capture = (takesVideoFrames: boolean) => Taken | undefined;

const scaleOptions = (to: Size): ImageBitmapOptions => ({ resizeWidth: to.width, resizeHeight: to.height, resizeQuality: 'low' });
const asBitmap = (pending: Promise<ImageBitmap>): Promise<SampledPicture> => pending.then((bitmap) => ({ kind: 'bitmap', bitmap }));

function timed(longSide: number, size: Size, take: (to: Size) => Promise<SampledPicture>): Taken | undefined {
  const began = performance.now();
  const to = downscaledSize(size, longSide);
  if (!to) return undefined;
  const picture = take(to);
  return { picture, costMs: performance.now() - began };
}

/** The video's current frame as a VideoFrame, skipping one already taken (same timestamp). */
function videoFrameCapture(video: HTMLVideoElement, longSide: number): Capture {
  let last: number | undefined;
  return (takesVideoFrames) => {
    if (video.readyState < HAVE_CURRENT_DATA || !(video.videoWidth > 0)) return undefined;
    const began = performance.now();
    const frame = new VideoFrame(video);
    const size = downscaledSize({ width: frame.displayWidth, height: frame.displayHeight }, longSide);
    if (frame.timestamp === last || !size) {
      frame.close();
      return undefined;
    }
    last = frame.timestamp;
    if (takesVideoFrames) return { picture: Promise.resolve({ kind: 'video-frame', frame, size }), costMs: performance.now() - began };
    const picture = asBitmap(createImageBitmap(frame, scaleOptions(size)));
    const costMs = performance.now() - began;
    picture.finally(() => frame.close()).catch(() => undefined);
    return { picture, costMs };
  };
}

function videoCapture(video: HTMLVideoElement, longSide: number): Capture {
  return () => timed(longSide, { width: video.videoWidth, height: video.videoHeight }, (to) => asBitmap(createImageBitmap(video, scaleOptions(to))));
}

function canvasCapture(canvas: HTMLCanvasElement, placeholder: Element, longSide: number): Capture {
  return () => {
    const crop: CanvasCrop | undefined = cropRegion(canvas.getBoundingClientRect(), canvas, placeholder.getBoundingClientRect());
    if (!crop) return undefined;
    return timed(longSide, { width: crop.sw, height: crop.sh }, (to) => asBitmap(createImageBitmap(canvas, crop.sx, crop.sy, crop.sw, crop.sh, scaleOptions(to))));
  };
}

const closePicture = (picture: SampledPicture) => (picture.kind === 'bitmap' ? picture.bitmap.close() : picture.frame.close());

export function startFrameSampler(options: FrameSamplerOptions): FrameSampler {
  const { source, sink, fps = DEFAULT_SAMPLE_FPS, longSide = DEFAULT_LONG_SIDE_PX } = options;
  const elements: Element[] = source.kind === 'video' ? [source.element] : [source.canvas, source.placeholder];
  const doc = elements[0]?.ownerDocument ?? document;
  const stats: SamplerStats = { sent: 0, dropped: 0, failed: 0, mainThreadMs: 0 };
  let dueMs: number | undefined;
  let capturing = false;
  let failures = 0;
  let stopped: StopReason | undefined;
  let ended = false;
  const cleanups: (() => void)[] = [];

  const finish = (reason: StopReason) => {
    if (stopped) return;
    stopped = reason;
    for (const cleanup of cleanups.splice(0)) cleanup();
    options.onStop?.(reason);
  };
  /** Stops when a stop condition holds; true while sampling may go on. */
  const check = (explicit = false): boolean => {
    if (stopped) return false;
    const reason = stopReason({
      stopped: explicit,
      hidden: doc.visibilityState === 'hidden',
      connected: elements.every((el) => el.isConnected),
      ended,
      failures,
    });
    if (reason) finish(reason);
    return reason === undefined;
  };

  const useVideoFrames = source.kind === 'video' && typeof VideoFrame === 'function';
  const capture: Capture = source.kind === 'canvas-region'
    ? canvasCapture(source.canvas, source.placeholder, longSide)
    : useVideoFrames ? videoFrameCapture(source.element, longSide) : videoCapture(source.element, longSide);
  const failed = () => {
    capturing = false;
    failures++;
    stats.failed++;
    check();
  };
  const hand = (picture: SampledPicture, nowMs: number, costMs: number) => {
    const began = performance.now();
    capturing = false;
    failures = 0;
    if (stopped || !sink.send(picture, nowMs, costMs)) {
      closePicture(picture);
      if (!stopped) stats.dropped++;
    } else stats.sent++;
    stats.mainThreadMs += performance.now() - began;
  };
  const sample = (nowMs: number) => {
    if (!check()) return;
    const decision = rateDecision(dueMs, nowMs, fps);
    dueMs = decision.nextDueMs;
    if (!decision.take) return;
    if (capturing || !sink.ready()) {
      stats.dropped++;
      return;
    }
    let taken: Taken | undefined;
    try {
      taken = capture(sink.takesVideoFrames?.() ?? false);
    } catch {
      return failed(); // new VideoFrame throws for a picture this page may not read
    }
    if (!taken) return;
    const { picture, costMs } = taken;
    stats.mainThreadMs += costMs;
    capturing = true;
    picture.then((p) => hand(p, nowMs, costMs), failed);
  };

  const onVisibility = () => void check();
  doc.addEventListener('visibilitychange', onVisibility);
  cleanups.push(() => doc.removeEventListener('visibilitychange', onVisibility));
  const watch = setInterval(() => void check(), WATCH_MS);
  cleanups.push(() => clearInterval(watch));

  if (source.kind === 'video') {
    const video = source.element;
    const onEnded = () => {
      ended = true;
      check();
    };
    video.addEventListener('ended', onEnded);
    cleanups.push(() => video.removeEventListener('ended', onEnded));
  }

  if (!useVideoFrames && source.kind === 'video' && typeof source.element.requestVideoFrameCallback === 'function') {
    // Without VideoFrame, the frame callback is how only frames the video actually shows get sampled.
    const video = source.element;
    let handle = 0;
    const onFrame = (now: DOMHighResTimeStamp) => {
      if (stopped) return;
      // Asked first, so a slow capture cannot make the sampler miss the next frame.
      handle = video.requestVideoFrameCallback(onFrame);
      sample(now);
    };
    handle = video.requestVideoFrameCallback(onFrame);
    cleanups.push(() => video.cancelVideoFrameCallback(handle));
  } else {
    // VideoFrames and canvases are polled at the sampling rate (a repeated video frame is skipped).
    const timer = setInterval(() => sample(performance.now()), 1000 / fps);
    cleanups.push(() => clearInterval(timer));
  }
  check();

  return {
    stop: () => void check(true),
    stats: () => ({ ...stats }),
  };
}

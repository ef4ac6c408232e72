import { cropRegion, type CanvasCrop } from './crop-region';
import { DEFAULT_LONG_SIDE_PX, downscaledSize, type Size } from './frame-size';
import { DEFAULT_SAMPLE_FPS, rateDecision } from './sample-rate';
import { stopReason, type StopReason } from './stop-reason';

/**
 * Samples one participant's picture in the content script and hands each frame on as an ImageBitmap
 * scaled down by the browser (createImageBitmap with resizeWidth/resizeHeight: no canvas, no pixel
 * readback on the page's main thread). A `<video>` is sampled on its own frames
 * (requestVideoFrameCallback); a region of a shared canvas (Zoom's web client) on a timer, since
 * canvases have no frame callback.
 */

export type SampleSource =
  | { kind: 'video'; element: HTMLVideoElement }
  | { kind: 'canvas-region'; canvas: HTMLCanvasElement; placeholder: Element };

export interface FrameSink {
  /**
   * Asked before a frame is captured: false while the consumer still works on the previous frame,
   * and then nothing is captured at all (the cheapest drop).
   */
  ready: () => boolean;
  /**
   * Takes the frame (and owns the bitmap) and returns true; false when the consumer became busy while
   * the capture ran, and then the sampler closes the bitmap. `costMs` is the page's main-thread time
   * the capture took (createImageBitmap does part of its work synchronously).
   */
  send: (bitmap: ImageBitmap, timestampMs: number, costMs: number) => boolean;
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

type Capture = () => { size: Size; capture: (size: Size) => Promise<ImageBitmap> } | undefined;

function videoCapture(video: HTMLVideoElement): Capture {
  const size = () => ({ width: video.videoWidth, height: video.videoHeight });
  return () => ({
    size: size(),
    capture: (to) => createImageBitmap(video, { resizeWidth: to.width, resizeHeight: to.height, resizeQuality: 'low' }),
  });
}

function canvasCapture(canvas: HTMLCanvasElement, placeholder: Element): Capture {
  return () => {
    const crop: CanvasCrop | undefined = cropRegion(canvas.getBoundingClientRect(), canvas, placeholder.getBoundingClientRect());
    if (!crop) return undefined;
    return {
      size: { width: crop.sw, height: crop.sh },
      capture: (to) =>
        createImageBitmap(canvas, crop.sx, crop.sy, crop.sw, crop.sh, { resizeWidth: to.width, resizeHeight: to.height, resizeQuality: 'low' }),
    };
  };
}

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

  const capture = source.kind === 'video' ? videoCapture(source.element) : canvasCapture(source.canvas, source.placeholder);
  const sample = (nowMs: number) => {
    if (!check()) return;
    const decision = rateDecision(dueMs, nowMs, fps);
    dueMs = decision.nextDueMs;
    if (!decision.take) return;
    if (capturing || !sink.ready()) {
      stats.dropped++;
      return;
    }
    const began = performance.now();
    const target = capture();
    const size = target ? downscaledSize(target.size, longSide) : undefined;
    if (!target || !size) return;
    capturing = true;
    const pending = target.capture(size);
    const costMs = performance.now() - began;
    stats.mainThreadMs += costMs;
    pending.then(
      (bitmap) => {
        const handOver = performance.now();
        capturing = false;
        failures = 0;
        if (stopped || !sink.send(bitmap, nowMs, costMs)) {
          bitmap.close();
          if (!stopped) stats.dropped++;
        } else stats.sent++;
        stats.mainThreadMs += performance.now() - handOver;
      },
      () => {
        capturing = false;
        failures++;
        stats.failed++;
        check();
      },
    );
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

  // The frame callback samples only frames the video actually shows, and nothing while it is paused.
  // Measured in headless Chromium without a GPU (512 x 480 at 30 fps): registering it costs the page
  // about 80-100 ms of main-thread time a second (each video frame then runs a main-thread update),
  // and a 10 fps timer with the same captures cost about half as much in total. Worth measuring on
  // machines with a GPU before choosing the timer for videos too.
  if (source.kind === 'video' && typeof source.element.requestVideoFrameCallback === 'function') {
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
    // Canvases (and browsers without the frame callback) are polled at the sampling rate.
    const timer = setInterval(() => sample(performance.now()), 1000 / fps);
    cleanups.push(() => clearInterval(timer));
  }
  check();

  return {
    stop: () => void check(true),
    stats: () => ({ ...stats }),
  };
}

// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startFrameSampler, type FrameSink, type SampleSource } from '../../../../lib/vision/sampler/frame-sampler';
import { MAX_CAPTURE_FAILURES, type StopReason } from '../../../../lib/vision/sampler/stop-reason';

/**
 * The sampler's DOM side under happy-dom, which has neither requestVideoFrameCallback nor
 * createImageBitmap: the test gives the video element a frame callback it drives itself, and
 * createImageBitmap a stand-in that records what it was asked for.
 */

interface FakeBitmap {
  width: number;
  height: number;
  closed: boolean;
  close: () => void;
}

let captures: unknown[][];
let failCaptures: boolean;
let frameCallbacks: Map<number, (now: number) => void>;

function fakeVideo(width = 1280, height = 720): HTMLVideoElement {
  const video = document.createElement('video');
  let next = 1;
  Object.defineProperty(video, 'videoWidth', { value: width });
  Object.defineProperty(video, 'videoHeight', { value: height });
  Object.assign(video, {
    requestVideoFrameCallback: (cb: (now: number) => void) => {
      frameCallbacks.set(next, cb);
      return next++;
    },
    cancelVideoFrameCallback: (id: number) => frameCallbacks.delete(id),
  });
  document.body.append(video);
  return video;
}

/** Presents one video frame at `now` (ms), like the browser calling the frame callbacks. */
async function present(now: number): Promise<void> {
  const due = [...frameCallbacks.entries()];
  frameCallbacks.clear();
  for (const [, cb] of due) cb(now);
  await Promise.resolve();
  await Promise.resolve();
}

function sink(options: { ready?: () => boolean; accept?: () => boolean; takesVideoFrames?: () => boolean } = {}) {
  const sent: { bitmap: FakeBitmap; timestampMs: number }[] = [];
  const frames: { frame: FakeFrame; size: { width: number; height: number }; timestampMs: number; costMs: number }[] = [];
  const value: FrameSink = {
    ready: options.ready ?? (() => true),
    takesVideoFrames: options.takesVideoFrames,
    send: (picture, timestampMs, costMs) => {
      if (options.accept && !options.accept()) return false;
      if (picture.kind === 'bitmap') sent.push({ bitmap: picture.bitmap as unknown as FakeBitmap, timestampMs });
      else frames.push({ frame: picture.frame as unknown as FakeFrame, size: picture.size, timestampMs, costMs });
      return true;
    },
  };
  return { sent, frames, sink: value };
}

/** A VideoFrame stand-in: what `new VideoFrame(video)` reads is the video's `frameTimestamp`. */
interface FakeFrame {
  source: unknown;
  timestamp: number;
  displayWidth: number;
  displayHeight: number;
  closed: boolean;
  close: () => void;
}
let madeFrames: FakeFrame[];
function stubVideoFrame(options: { throws?: boolean } = {}) {
  madeFrames = [];
  vi.stubGlobal('VideoFrame', function FakeVideoFrame(this: FakeFrame, source: HTMLVideoElement & { frameTimestamp?: number }) {
    if (options.throws) throw new DOMException('tainted', 'SecurityError');
    Object.assign(this, {
      source,
      timestamp: source.frameTimestamp ?? 0,
      displayWidth: source.videoWidth,
      displayHeight: source.videoHeight,
      closed: false,
      close: () => void (this.closed = true),
    });
    madeFrames.push(this);
  });
}

function setHidden(hidden: boolean) {
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => (hidden ? 'hidden' : 'visible') });
  document.dispatchEvent(new Event('visibilitychange'));
}

beforeEach(() => {
  captures = [];
  failCaptures = false;
  frameCallbacks = new Map();
  setHidden(false);
  vi.stubGlobal('createImageBitmap', (...args: unknown[]) => {
    captures.push(args);
    if (failCaptures) return Promise.reject(new DOMException('tainted', 'SecurityError'));
    const options = args.at(-1) as { resizeWidth: number; resizeHeight: number };
    const bitmap: FakeBitmap = { width: options.resizeWidth, height: options.resizeHeight, closed: false, close: () => void (bitmap.closed = true) };
    return Promise.resolve(bitmap);
  });
});

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
  document.body.innerHTML = '';
});

describe('startFrameSampler on a <video>', () => {
  it('samples a 30 fps video at 10 fps, scaled down by createImageBitmap', async () => {
    const video = fakeVideo();
    const { sent, sink: s } = sink();
    const sampler = startFrameSampler({ source: { kind: 'video', element: video }, sink: s });
    for (let i = 0; i < 30; i++) await present(1000 + (i * 1000) / 30);
    expect(sent).toHaveLength(10);
    expect(captures[0]).toEqual([video, { resizeWidth: 256, resizeHeight: 144, resizeQuality: 'low' }]);
    expect(sent.map((f) => Math.round(f.timestampMs))).toEqual([1000, 1100, 1200, 1300, 1400, 1500, 1600, 1700, 1800, 1900]);
    expect(sampler.stats()).toMatchObject({ sent: 10, dropped: 0, failed: 0 });
    expect(sampler.stats().mainThreadMs).toBeGreaterThanOrEqual(0);
    sampler.stop();
  });

  const busy: Array<[string, { ready?: () => boolean; accept?: () => boolean }, { sent: number; dropped: number; captures: number; closed: number }]> = [
    ['busy consumer: nothing is captured at all', { ready: () => false }, { sent: 0, dropped: 10, captures: 0, closed: 0 }],
    ['consumer turned busy during the capture: the bitmap is closed', { accept: () => false }, { sent: 0, dropped: 10, captures: 10, closed: 10 }],
  ];
  it.each(busy)('%s', async (_name, options, expected) => {
    const closed: FakeBitmap[] = [];
    vi.stubGlobal('createImageBitmap', (...args: unknown[]) => {
      captures.push(args);
      const bitmap: FakeBitmap = { width: 1, height: 1, closed: false, close: () => void closed.push(bitmap) };
      return Promise.resolve(bitmap);
    });
    const { sent, sink: s } = sink(options);
    const sampler = startFrameSampler({ source: { kind: 'video', element: fakeVideo() }, sink: s });
    for (let i = 0; i < 30; i++) await present(1000 + (i * 1000) / 30);
    expect({ sent: sent.length, dropped: sampler.stats().dropped, captures: captures.length, closed: closed.length }).toEqual(expected);
    sampler.stop();
  });

  it('waits for a picture: a video without a frame size yet sends nothing and drops nothing', async () => {
    const { sent, sink: s } = sink();
    const sampler = startFrameSampler({ source: { kind: 'video', element: fakeVideo(0, 0) }, sink: s });
    for (let i = 0; i < 5; i++) await present(i * 100);
    expect([sent.length, captures.length, sampler.stats().dropped]).toEqual([0, 0, 0]);
    sampler.stop();
  });

  const stops: Array<[string, (video: HTMLVideoElement, stop: () => void) => void | Promise<void>, StopReason]> = [
    ['stop()', (_video, stop) => stop(), 'stopped'],
    ['the tab is hidden', () => setHidden(true), 'hidden'],
    ['the video ends', (video) => void video.dispatchEvent(new Event('ended')), 'ended'],
    ['the video is removed (noticed by the watch timer)', async (video) => {
      video.remove();
      await vi.advanceTimersByTimeAsync(1000);
    }, 'removed'],
  ];
  it.each(stops)('stops when %s, and captures nothing after', async (_name, act, reason) => {
    vi.useFakeTimers();
    const video = fakeVideo();
    const onStop = vi.fn();
    const { sent, sink: s } = sink();
    const sampler = startFrameSampler({ source: { kind: 'video', element: video }, sink: s, onStop });
    await present(0);
    expect(sent).toHaveLength(1);
    await act(video, sampler.stop);
    expect(onStop).toHaveBeenCalledExactlyOnceWith(reason);
    expect(frameCallbacks.size).toBe(0);
    await present(500);
    expect(sent).toHaveLength(1);
    sampler.stop();
    expect(onStop).toHaveBeenCalledTimes(1);
  });

  it('does not start in a hidden tab', () => {
    setHidden(true);
    const onStop = vi.fn();
    startFrameSampler({ source: { kind: 'video', element: fakeVideo() }, sink: sink().sink, onStop });
    expect(onStop).toHaveBeenCalledExactlyOnceWith('hidden');
    expect(frameCallbacks.size).toBe(0);
  });

  it(`gives up after ${MAX_CAPTURE_FAILURES} failed captures in a row (a picture it may not read)`, async () => {
    failCaptures = true;
    const onStop = vi.fn();
    const sampler = startFrameSampler({ source: { kind: 'video', element: fakeVideo() }, sink: sink().sink, onStop });
    for (let i = 0; i < 10; i++) await present(i * 100);
    expect(onStop).toHaveBeenCalledExactlyOnceWith('unreadable');
    expect(sampler.stats().failed).toBe(MAX_CAPTURE_FAILURES);
  });
});

describe('startFrameSampler on a <video>, with VideoFrame', () => {
  /** A playing video whose current frame has `frameTimestamp`; readyState HAVE_ENOUGH_DATA. */
  function playing(width = 1280, height = 720) {
    const video = fakeVideo(width, height) as HTMLVideoElement & { frameTimestamp: number };
    Object.defineProperty(video, 'readyState', { configurable: true, value: 4 });
    video.frameTimestamp = 0;
    return video;
  }

  it('takes a VideoFrame on a timer at the rate and hands it whole to a sink that scales elsewhere', async () => {
    vi.useFakeTimers();
    stubVideoFrame();
    const video = playing();
    const { frames, sink: s } = sink({ takesVideoFrames: () => true });
    const sampler = startFrameSampler({ source: { kind: 'video', element: video }, sink: s });
    for (let t = 1; t <= 10; t++) {
      video.frameTimestamp = t * 33_333; // a new frame before every tick
      await vi.advanceTimersByTimeAsync(100);
    }
    expect(frames).toHaveLength(10);
    expect(frames[0]?.size).toEqual({ width: 256, height: 144 });
    expect(frames.every((f) => f.frame.source === video && !f.frame.closed && f.costMs >= 0)).toBe(true);
    expect(captures).toHaveLength(0); // nothing scaled on this thread
    expect(frameCallbacks.size).toBe(0); // and no frame callback: it costs the page about 1 ms a frame
    expect(sampler.stats()).toMatchObject({ sent: 10, dropped: 0, failed: 0 });
    sampler.stop();
  });

  it('skips a frame it already took (a paused or stalled video): closed, neither sent nor dropped', async () => {
    vi.useFakeTimers();
    stubVideoFrame();
    const video = playing();
    const { frames, sink: s } = sink({ takesVideoFrames: () => true });
    const sampler = startFrameSampler({ source: { kind: 'video', element: video }, sink: s });
    video.frameTimestamp = 1000;
    await vi.advanceTimersByTimeAsync(500);
    expect(frames).toHaveLength(1);
    expect(madeFrames.filter((f) => f.closed)).toHaveLength(madeFrames.length - 1);
    expect(sampler.stats()).toMatchObject({ sent: 1, dropped: 0 });
    sampler.stop();
  });

  it('scales the VideoFrame here with createImageBitmap when the sink takes bitmaps only, then closes it', async () => {
    vi.useFakeTimers();
    stubVideoFrame();
    const video = playing(640, 480);
    const { sent, sink: s } = sink();
    const sampler = startFrameSampler({ source: { kind: 'video', element: video }, sink: s });
    video.frameTimestamp = 1;
    await vi.advanceTimersByTimeAsync(100);
    expect(sent).toHaveLength(1);
    expect(captures[0]).toEqual([madeFrames[0], { resizeWidth: 256, resizeHeight: 192, resizeQuality: 'low' }]);
    expect(madeFrames[0]?.closed).toBe(true);
    sampler.stop();
  });

  it('closes the frame when the sink refuses it, and counts it as dropped', async () => {
    vi.useFakeTimers();
    stubVideoFrame();
    const video = playing();
    const { sink: s } = sink({ takesVideoFrames: () => true, accept: () => false });
    const sampler = startFrameSampler({ source: { kind: 'video', element: video }, sink: s });
    video.frameTimestamp = 1;
    await vi.advanceTimersByTimeAsync(100);
    expect(madeFrames.map((f) => f.closed)).toEqual([true]);
    expect(sampler.stats()).toMatchObject({ sent: 0, dropped: 1 });
    sampler.stop();
  });

  it('takes nothing before the video has a frame (readyState below HAVE_CURRENT_DATA)', async () => {
    vi.useFakeTimers();
    stubVideoFrame();
    const video = playing();
    Object.defineProperty(video, 'readyState', { value: 1 });
    const { frames, sink: s } = sink({ takesVideoFrames: () => true });
    const sampler = startFrameSampler({ source: { kind: 'video', element: video }, sink: s });
    await vi.advanceTimersByTimeAsync(500);
    expect([frames.length, madeFrames.length, sampler.stats().dropped]).toEqual([0, 0, 0]);
    sampler.stop();
  });

  it(`gives up after ${MAX_CAPTURE_FAILURES} frames it may not read (new VideoFrame throws)`, async () => {
    vi.useFakeTimers();
    stubVideoFrame({ throws: true });
    const onStop = vi.fn();
    const sampler = startFrameSampler({ source: { kind: 'video', element: playing() }, sink: sink({ takesVideoFrames: () => true }).sink, onStop });
    await vi.advanceTimersByTimeAsync(1000);
    expect(onStop).toHaveBeenCalledExactlyOnceWith('unreadable');
    expect(sampler.stats().failed).toBe(MAX_CAPTURE_FAILURES);
  });

  it('stops its timer with the sampler', async () => {
    vi.useFakeTimers();
    stubVideoFrame();
    const video = playing();
    const { frames, sink: s } = sink({ takesVideoFrames: () => true });
    const sampler = startFrameSampler({ source: { kind: 'video', element: video }, sink: s });
    sampler.stop();
    video.frameTimestamp = 1;
    await vi.advanceTimersByTimeAsync(500);
    expect(frames).toHaveLength(0);
  });
});

describe('startFrameSampler on a canvas region', () => {
  function region(): Extract<SampleSource, { kind: 'canvas-region' }> {
    const canvas = document.createElement('canvas');
    canvas.width = 2560;
    canvas.height = 1440;
    const placeholder = document.createElement('video-player');
    document.body.append(canvas, placeholder);
    const rect = (x: number, y: number, width: number, height: number) => () => ({ left: x, top: y, width, height }) as DOMRect;
    canvas.getBoundingClientRect = rect(0, 0, 1280, 720);
    placeholder.getBoundingClientRect = rect(640, 360, 640, 360);
    return { kind: 'canvas-region', canvas, placeholder };
  }

  it('crops the placeholder out of the canvas on a timer, at the rate', async () => {
    vi.useFakeTimers();
    const source = region();
    const { sent, sink: s } = sink();
    const sampler = startFrameSampler({ source, sink: s, fps: 10 });
    await vi.advanceTimersByTimeAsync(1000);
    expect(sent.length).toBeGreaterThanOrEqual(9);
    expect(sent.length).toBeLessThanOrEqual(10);
    // Device pixel ratio 2: the CSS box (640, 360, 640 x 360) is (1280, 720, 1280 x 720) on the canvas.
    expect(captures[0]).toEqual([source.canvas, 1280, 720, 1280, 720, { resizeWidth: 256, resizeHeight: 144, resizeQuality: 'low' }]);
    sampler.stop();
  });

  it('stops when the placeholder goes away', async () => {
    vi.useFakeTimers();
    const source = region();
    const onStop = vi.fn();
    startFrameSampler({ source, sink: sink().sink, onStop });
    source.placeholder.remove();
    await vi.advanceTimersByTimeAsync(200);
    expect(onStop).toHaveBeenCalledExactlyOnceWith('removed');
  });
});

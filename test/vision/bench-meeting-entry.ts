import { openBridge, type PageBridge } from '../../lib/meeting/open-bridge';
import { createStreamSamplers } from '../../lib/meeting/stream-samplers';

/**
 * The vision benchmark's meeting page (test/bench/vision-bench.ts): a `<video>` playing a face video,
 * sampled by the product's own samplers and bridge as the meetings content script does, into a panel
 * iframe of another site (so another process, as the extension's panel is) that analyses the frames
 * (bench-page-entry.ts `servePanel`). Timings are taken here, on the meeting page's main thread.
 */

/**
 * Which way frames are taken: `relay` hands VideoFrames to the frame relay worker (what the product
 * does where the page allows blob workers); `main-thread` scales them here (pages whose CSP forbids
 * the worker); `frame-callback` is the path before either, used where VideoFrame is missing.
 */
export type SamplingPath = 'relay' | 'main-thread' | 'frame-callback';

export interface PathRun {
  path: SamplingPath;
  /** Per frame sent: the capture's main-thread milliseconds, as the sampler measured them. */
  captureMs: number[];
  /** Per frame sent: the hand-over's main-thread milliseconds (posting it to the relay or the panel). */
  handOverMs: number[];
  /** Due frames the page did not take because the panel was still busy with the previous one. */
  droppedOnPage: number;
  /** Wall-clock milliseconds from the first frame sent to the last. */
  durationMs: number;
  relayRan: boolean;
}

const KEY = 'bench-participant';
/** The bridge's per-mount key (the product's comes from crypto.randomUUID); any UUID-shaped string does. */
const BRIDGE_KEY = '0b7e9413-2a1f-4c5e-9a3b-8e2f6d1c0a9b';
let video: HTMLVideoElement | undefined;
let iframe: HTMLIFrameElement | undefined;
let bridge: PageBridge | undefined;
/** The samplers' credit for the run going on: the panel's `ready-for-next`. */
let credit: ((key: string) => void) | undefined;

async function play(url: string) {
  video = document.createElement('video');
  Object.assign(video, { src: url, muted: true, loop: true, playsInline: true });
  video.style.width = '320px';
  document.body.append(video);
  await video.play();
}

/** Mounts the panel iframe with a fresh bridge; the relay only for the `relay` path. */
async function mountPanel(panelUrl: string, path: SamplingPath): Promise<void> {
  iframe = document.createElement('iframe');
  iframe.src = panelUrl;
  document.body.append(iframe);
  bridge = openBridge({
    iframe,
    targetOrigin: new URL(panelUrl).origin,
    key: BRIDGE_KEY,
    onMessage: (message) => {
      if (message.type === 'ready-for-next') credit?.(message.key);
    },
    ...(path === 'relay' ? {} : { relay: false as const }),
  });
  await new Promise((resolve) => iframe?.addEventListener('load', resolve, { once: true }));
}

/** Samples until `frames` frames were sent, at `fps`, the product's way for `path`. */
async function run(path: SamplingPath, frames: number, fps: number): Promise<PathRun> {
  if (!video || !bridge) throw new Error('mountPanel first');
  const b = bridge;
  const saved = window.VideoFrame;
  // Where VideoFrame is missing the sampler falls back to the frame callback and createImageBitmap(video).
  if (path === 'frame-callback') Reflect.deleteProperty(window, 'VideoFrame');
  let relayRan = b.frames.ready();
  for (let tries = 0; path === 'relay' && !relayRan && tries < 50; tries++) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    relayRan = b.frames.ready();
  }
  const result: PathRun = { path, captureMs: [], handOverMs: [], droppedOnPage: 0, durationMs: 0, relayRan };
  let first: number | undefined;
  let last = 0;
  const timed = <T>(send: () => T, captureMs: number, dropped: number): T => {
    const began = performance.now();
    const sent = send();
    result.handOverMs.push(performance.now() - began);
    result.captureMs.push(captureMs);
    result.droppedOnPage += dropped;
    first ??= began;
    last = began;
    return sent;
  };
  const samplers = createStreamSamplers({
    fps,
    post: (message, transfer) => (message.type === 'frame' ? timed(() => b.post(message, transfer), message.pageCostMs, message.dropped) : b.post(message, transfer)),
    frames: { ready: b.frames.ready, starting: b.frames.starting, send: (job, frame) => timed(() => b.frames.send(job, frame), job.pageCostMs, job.dropped) },
  });
  credit = samplers.credit;
  samplers.reconcile([{ key: KEY, self: false, screenShare: false, cameraOn: true, media: 'video', video }]);
  while (result.captureMs.length < frames) await new Promise((resolve) => setTimeout(resolve, 50));
  samplers.stopAll();
  if (path === 'frame-callback') Object.assign(window, { VideoFrame: saved });
  result.durationMs = last - (first ?? last);
  return result;
}

function unmountPanel() {
  bridge?.close();
  iframe?.remove();
  bridge = undefined;
  iframe = undefined;
}

/** Keeps the main thread busy for `ms` (the benchmark finds this page's renderer process by it). */
function busy(ms: number) {
  const end = performance.now() + ms;
  while (performance.now() < end);
}

const api = { play, mountPanel, run, unmountPanel, busy };
export type BenchMeetingApi = typeof api;
(window as unknown as { benchMeeting: BenchMeetingApi }).benchMeeting = api;

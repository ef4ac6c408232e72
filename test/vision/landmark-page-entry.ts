import { z } from 'zod';
import ClassicWorker from '../../lib/vision/worker/landmark-worker.ts?worker';
import { connectLandmarker, type Landmarker, type LandmarkerOptions, type TrackResult } from '../../lib/vision/worker/connect-landmarker';
import { startLandmarker } from '../../lib/vision/worker/landmark-client';

/**
 * The test page's script (built by ./build-landmark-page.ts): starts landmark workers the way the
 * panel will, and feeds them frames the test serves. Timings are taken here, in the page.
 */

// The page is served with the extension's CSP, which forbids zod's JIT probe.
z.config({ jitless: true });

export type StartOptions = Omit<LandmarkerOptions, 'onDetect' | 'modelAssetBuffer' | 'modelUrl'> & {
  modelUrl: string;
  /** Fetch the model in the page and pass its bytes, as an administrator-supplied model would be. */
  asBuffer?: boolean;
  /** `module` through landmark-client.ts; `classic` through Vite's `?worker` import. */
  kind: 'module' | 'classic';
};

export interface RunOptions {
  streamId: string;
  clip: string;
  firstMs: number;
  stepMs: number;
  /** Send every frame without waiting for the previous result (to see frames dropped). */
  noWait?: boolean;
}

export interface RunResult {
  results: TrackResult[];
  /** Page-side milliseconds from `track` to its result, per frame. */
  roundTripMs: number[];
  /** The landmarker's own milliseconds per analysed frame, from the worker. */
  detectMs: number[];
}

const landmarkers = new Map<string, Landmarker>();
const clips = new Map<string, ImageBitmap[]>();
const detectTimes = new Map<string, number[]>();

const landmarker = (name: string) => {
  const found = landmarkers.get(name);
  if (!found) throw new Error(`No landmarker "${name}"`);
  return found;
};

const api = {
  async start(name: string, { kind, asBuffer, modelUrl, ...rest }: StartOptions) {
    const times: number[] = [];
    detectTimes.set(name, times);
    const onDetect = (_: string, ms: number) => void times.push(ms);
    const model = asBuffer ? { modelAssetBuffer: await (await fetch(modelUrl)).arrayBuffer() } : { modelUrl };
    const options: LandmarkerOptions = { ...rest, ...model, onDetect };
    const started = kind === 'module' ? await startLandmarker(options) : await connectLandmarker(new ClassicWorker(), options);
    landmarkers.set(name, started);
    return { delegate: started.delegate, blendshapes: started.blendshapes, workerKind: started.workerKind };
  },
  /** Raw RGBA frames the test serves at `urls`, one after another (parts, as big bodies are slow to route). */
  async loadRaw(clip: string, urls: string[], width: number, height: number) {
    const size = width * height * 4;
    const frames: ImageBitmap[] = [];
    for (const url of urls) {
      const bytes = new Uint8ClampedArray(await (await fetch(url)).arrayBuffer());
      for (let at = 0; at + size <= bytes.length; at += size) frames.push(await createImageBitmap(new ImageData(bytes.slice(at, at + size), width, height)));
    }
    clips.set(clip, frames);
    return frames.length;
  },
  /** An image file, repeated as the frames of a still video. */
  async loadImage(clip: string, url: string, frames: number) {
    const bitmap = await createImageBitmap(await (await fetch(url)).blob());
    clips.set(clip, Array.from({ length: frames }, () => bitmap));
  },
  async loadGrey(clip: string, width: number, height: number, frames: number) {
    const pixels = new ImageData(width, height);
    pixels.data.fill(128);
    const bitmap = await createImageBitmap(pixels);
    clips.set(clip, Array.from({ length: frames }, () => bitmap));
  },
  async run(name: string, { streamId, clip, firstMs, stepMs, noWait }: RunOptions): Promise<RunResult> {
    const target = landmarker(name);
    const times = detectTimes.get(name) ?? [];
    const before = times.length;
    const frames = clips.get(clip) ?? [];
    const roundTripMs: number[] = [];
    const pending: Promise<TrackResult>[] = [];
    for (const [k, frame] of frames.entries()) {
      // A copy: track transfers and closes its bitmap, and the clip is used again.
      const copy = await createImageBitmap(frame);
      const began = performance.now();
      const result = target.track(streamId, copy, firstMs + k * stepMs).then((r) => {
        roundTripMs.push(performance.now() - began);
        return r;
      });
      pending.push(result);
      if (!noWait) await result;
    }
    return { results: await Promise.all(pending), roundTripMs, detectMs: times.slice(before) };
  },
  /** Frees a clip's bitmaps (large clips would otherwise pile up in the page). */
  unload(clip: string) {
    clips.get(clip)?.forEach((frame) => frame.close());
    clips.delete(clip);
  },
  track: async (name: string, streamId: string, clip: string, timestampMs: number) =>
    landmarker(name).track(streamId, await createImageBitmap(clips.get(clip)?.[0] ?? new ImageData(1, 1)), timestampMs),
  stats: (name: string) => landmarker(name).stats(),
  close: (name: string, streamId: string) => landmarker(name).close(streamId),
  dispose(name: string) {
    landmarker(name).dispose();
    landmarkers.delete(name);
  },
};

export type LandmarkPageApi = typeof api;
/** For other page scripts of the same page (the benchmark's). */
export const clipFrames = (clip: string): readonly ImageBitmap[] => clips.get(clip) ?? [];
export const landmarkerNamed = landmarker;
(window as unknown as { landmarkPage: LandmarkPageApi }).landmarkPage = api;

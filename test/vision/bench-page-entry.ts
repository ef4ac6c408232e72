import { clipFrames, landmarkerNamed } from './landmark-page-entry';

/**
 * The vision benchmark's page script (test/bench/vision-bench.ts), on top of the landmark test page:
 * what grabbing a frame from a playing video costs the page's thread, and the reference face
 * pipeline of @vladmandic/human on the same frames.
 */

export interface CaptureCost {
  /** Page-thread milliseconds of taking the frame (the calls themselves), per frame. */
  createCallMs: number[];
  /** Milliseconds until that bitmap was ready (the page's thread is free meanwhile). */
  createReadyMs: number[];
  /** Page-thread milliseconds of handing the bitmap to the worker (the synchronous part of track). */
  sendMs: number[];
  /** Frames the worker could not take because the previous one was still in flight. */
  dropped: number;
  /** How many of the analysed frames had a face. */
  withFace: number;
  analysed: number;
}

/**
 * How a frame is taken from the video: `bitmap` asks createImageBitmap for the downscaled frame;
 * `canvas` draws it downscaled into an OffscreenCanvas and takes that canvas's bitmap.
 */
export type GrabMethod = 'bitmap' | 'canvas';

function grabber(video: HTMLVideoElement, method: GrabMethod, resizeWidth: number, resizeHeight: number): () => Promise<ImageBitmap> {
  if (method === 'bitmap') return () => createImageBitmap(video, { resizeWidth, resizeHeight, resizeQuality: 'low' });
  const context = new OffscreenCanvas(resizeWidth, resizeHeight).getContext('2d');
  if (!context) throw new Error('No 2D canvas');
  return () => {
    context.drawImage(video, 0, 0, resizeWidth, resizeHeight);
    return Promise.resolve(context.canvas.transferToImageBitmap());
  };
}

/** Plays `url` muted and, on each new video frame, grabs it downscaled and sends it to the landmarker. */
async function captureCost(name: string, url: string, method: GrabMethod, width: number, height: number, frames: number): Promise<CaptureCost> {
  const landmarker = landmarkerNamed(name);
  const video = document.createElement('video');
  Object.assign(video, { src: url, muted: true, loop: true, playsInline: true });
  document.body.append(video);
  await video.play();
  const grab = grabber(video, method, width, height);
  const cost: CaptureCost = { createCallMs: [], createReadyMs: [], sendMs: [], dropped: 0, withFace: 0, analysed: 0 };
  const results: Promise<void>[] = [];
  await new Promise<void>((done) => {
    const onFrame = (now: number) => {
      const began = performance.now();
      const pending = grab();
      cost.createCallMs.push(performance.now() - began);
      results.push(pending.then((bitmap) => {
        cost.createReadyMs.push(performance.now() - began);
        const sending = performance.now();
        const tracked = landmarker.track(`capture ${method}`, bitmap, now);
        cost.sendMs.push(performance.now() - sending);
        return tracked.then((result) => {
          if (result === 'dropped') cost.dropped++;
          else if (result !== 'stale') {
            cost.analysed++;
            if (result.faces.length > 0) cost.withFace++;
          }
        });
      }));
      if (cost.createCallMs.length < frames) video.requestVideoFrameCallback(onFrame);
      else done();
    };
    video.requestVideoFrameCallback(onFrame);
  });
  await Promise.all(results);
  video.pause();
  video.remove();
  landmarker.close(`capture ${method}`);
  return cost;
}

/** The parts of @vladmandic/human's API the benchmark uses (its types are not installed). */
interface HumanResult {
  face: { mesh: unknown[] }[];
}
interface HumanInstance {
  load: () => Promise<void>;
  detect: (input: ImageBitmap) => Promise<HumanResult>;
  tf: { getBackend: () => string };
}
type HumanModule = { Human: new (config: object) => HumanInstance };

let human: HumanInstance | undefined;

/** Loads Human from `moduleUrl`, with its face detector and mesh only, on TF.js's wasm backend. */
async function startHuman(moduleUrl: string, modelBasePath: string, wasmPath: string): Promise<{ backend: string; loadMs: number }> {
  const began = performance.now();
  const { Human } = (await import(/* @vite-ignore */ moduleUrl)) as HumanModule;
  const off = { enabled: false };
  human = new Human({
    backend: 'wasm',
    wasmPath,
    modelBasePath,
    debug: false,
    warmup: 'none',
    // Off, so that every frame is analysed: the result cache would skip frames that barely change.
    cacheSensitivity: 0,
    filter: off, gesture: off, body: off, hand: off, object: off, segmentation: off,
    face: {
      enabled: true,
      detector: { rotation: false, maxDetected: 2, return: false },
      mesh: { enabled: true },
      iris: off, emotion: off, description: off, antispoof: off, liveness: off, gear: off, attention: off,
    },
  });
  await human.load();
  return { backend: human.tf.getBackend(), loadMs: performance.now() - began };
}

/** Human on every frame of a clip: milliseconds and mesh points per frame. */
async function humanRun(clip: string): Promise<{ ms: number[]; meshPoints: number[] }> {
  if (!human) throw new Error('Human was not started');
  const ms: number[] = [];
  const meshPoints: number[] = [];
  for (const frame of clipFrames(clip)) {
    const began = performance.now();
    const result = await human.detect(frame);
    ms.push(performance.now() - began);
    meshPoints.push(result.face[0]?.mesh.length ?? 0);
  }
  return { ms, meshPoints };
}

const api = { captureCost, startHuman, humanRun };
export type BenchPageApi = typeof api;
(window as unknown as { benchPage: BenchPageApi }).benchPage = api;

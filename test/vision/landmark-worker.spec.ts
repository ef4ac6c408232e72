import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FRAME_HASH_PATTERN } from '../../lib/vision/landmarks/frame-hash';
import type { LandmarkFrame } from '../../lib/vision/landmarks/landmark-frame';
import { LANDMARK_SUBSET } from '../../lib/vision/landmarks/landmark-subset';
import type { TrackResult } from '../../lib/vision/worker/connect-landmarker';
import { decodeFrames } from './decode-frames';
import type { RunResult, StartOptions } from './landmark-page-entry';
import { openLandmarkPage, type LandmarkPage } from './landmark-page';

/**
 * The landmark worker and its client, bundled by Vite as the panel's would be, in headless Chromium
 * on the CPU, fed real frames: the first 60 of liveportrait_driving_d9.mp4 (one person facing the
 * camera throughout; the recorder found a face in all of its frames) decoded by ffmpeg at 256x240.
 */

const TESTDATA = path.resolve(fileURLToPath(new URL('../..', import.meta.url)), '../shared/testdata');
const video = (name: string) => path.join(TESTDATA, 'face_videos/real', name);
const PACKAGE_MODEL = { modelUrl: '/vision/face_landmarker.task', wasmBase: '/vision/wasm', delegate: 'CPU' } as const;
/** The npm package's own runtime folder: the extension ships only the module build, a classic worker needs another. */
const PACKAGE_WASM = path.resolve(fileURLToPath(new URL('../..', import.meta.url)), 'node_modules/@mediapipe/tasks-vision/wasm');
const WIDTH = 256;
const HEIGHT = 240;
const FRAMES = 60;
const STEP_MS = 33;

let lp: LandmarkPage;
let d9: RunResult;

const isFrame = (result: TrackResult | undefined): result is LandmarkFrame => typeof result === 'object';
const faceCounts = (run: RunResult) => run.results.map((r) => (isFrame(r) ? r.faces.length : r));
const stats = () => lp.call('stats', 'main');

beforeAll(async () => {
  lp = await openLandmarkPage({ entry: 'test/vision/landmark-page-entry.ts', mounts: { '/testdata/': TESTDATA, '/tasks-vision-wasm/': PACKAGE_WASM } });
  const clip = (file: string, frames: number) => Buffer.concat(decodeFrames({ file: video(file), width: WIDTH, height: HEIGHT, frames }));
  lp.serve('/frames/d9', clip('liveportrait_driving_d9.mp4', FRAMES));
  lp.serve('/frames/d19', clip('liveportrait_driving_d19.mp4', 20));
  lp.serve('/frames/d9-two', clip('liveportrait_driving_d9.mp4', 2));
  for (const name of ['d9', 'd19', 'd9-two']) await lp.call('loadRaw', name, [`/frames/${name}`], WIDTH, HEIGHT);
  await lp.call('start', 'main', { ...PACKAGE_MODEL, kind: 'module' });
  d9 = await lp.call('run', 'main', { streamId: 'd9', clip: 'd9', firstMs: 1000, stepMs: STEP_MS });
}, 180_000);
afterAll(async () => {
  await lp?.close();
});

describe('the landmark worker on real frames', () => {
  it.each<[string, (frames: LandmarkFrame[]) => boolean]>([
    ['finds exactly one face in at least 57 of 60 frames', (frames) => frames.filter((f) => f.faces.length === 1).length >= 57],
    ['gives each face the landmark subset, as [x, y, z] inside the frame', (frames) => frames.every((f) => f.faces.every((face) =>
      face.landmarks.length === LANDMARK_SUBSET.length && face.landmarks.every(([x, y]) => x >= 0 && x <= 1 && y >= 0 && y <= 1)))],
    ['gives each face a box that holds its landmarks', (frames) => frames.every((f) => f.faces.every(({ box, landmarks }) =>
      box !== undefined && landmarks.every(([x, y]) => x >= box.x && x <= box.x + box.width && y >= box.y && y <= box.y + box.height)))],
    ['times frames from the stream\'s first frame', (frames) => frames.every((f, k) => f.t === k * STEP_MS)],
    ['hashes every frame', (frames) => frames.every((f) => FRAME_HASH_PATTERN.test(f.frameHash ?? ''))],
    ['sees the picture change: consecutive frame hashes are not all equal', (frames) => new Set(frames.map((f) => f.frameHash)).size > 1],
  ])('%s', (_, check) => {
    const frames = d9.results.filter(isFrame);
    expect(frames).toHaveLength(FRAMES);
    expect(check(frames)).toBe(true);
  });

  it('starts as a module worker on the CPU, without blendshapes for the package model', async () => {
    // `start` was called in beforeAll; starting another shows what it reports.
    expect(await lp.call('start', 'probe', { ...PACKAGE_MODEL, kind: 'module' })).toEqual({ delegate: 'CPU', blendshapes: false, workerKind: 'module' });
    await lp.call('dispose', 'probe');
  });

  it('reads the full 478-point mesh and drops nothing when each frame is awaited', async () => {
    const d9Stream = (await stats()).streams.find((s) => s.streamId === 'd9');
    expect(d9Stream).toMatchObject({ analysed: FRAMES, meshPoints: 478, skipped: { stale: 0, busy: 0, closed: 0 } });
    expect((await stats()).dropped).toBe(0);
  });

  it('drops a frame sent while its stream still has one in flight, and counts it', async () => {
    const run = await lp.call('run', 'main', { streamId: 'burst', clip: 'd9-two', firstMs: 0, stepMs: STEP_MS, noWait: true });
    expect(faceCounts(run)).toEqual([1, 'dropped']);
    expect((await stats()).dropped).toBe(1);
  });

  it.each<[string, number[], (number | 'stale')[]]>([
    ['rising by a frame', [0, 33, 66], [1, 1, 1]],
    ['repeated', [0, 0, 33], [1, 'stale', 1]],
    ['going back', [100, 50, 133], [1, 'stale', 1]],
    ['rising by less than 1 ms', [0, 0.5, 1], [1, 'stale', 1]],
  ])('gives timestamps %s: %j -> %j', async (name, timestamps, expected) => {
    const results: (number | 'stale' | 'dropped')[] = [];
    for (const t of timestamps) {
      const result = await lp.call('track', 'main', `clock ${name}`, 'd9', t);
      results.push(isFrame(result) ? result.faces.length : result);
    }
    expect(results).toEqual(expected);
  });

  it('finds the face in a still photo shown as video', async () => {
    await lp.call('loadImage', 'still', '/testdata/face_videos/stills/liveportrait_driving_d9.jpg', 10);
    const run = await lp.call('run', 'main', { streamId: 'still', clip: 'still', firstMs: 0, stepMs: STEP_MS });
    expect(faceCounts(run)).toEqual(Array(10).fill(1));
  });

  it('finds no face in a grey frame', async () => {
    await lp.call('loadGrey', 'grey', WIDTH, HEIGHT, 5);
    const run = await lp.call('run', 'main', { streamId: 'grey', clip: 'grey', firstMs: 0, stepMs: STEP_MS });
    expect(faceCounts(run)).toEqual(Array(5).fill(0));
  });

  it('gives two streams with overlapping clocks a landmarker each', async () => {
    // Both clocks start at 0: one shared VIDEO-mode landmarker would refuse the second stream's frames.
    const [one, two] = await Promise.all([
      lp.call('run', 'main', { streamId: 'person 1', clip: 'd9', firstMs: 0, stepMs: STEP_MS }),
      lp.call('run', 'main', { streamId: 'person 2', clip: 'd19', firstMs: 0, stepMs: STEP_MS }),
    ]);
    expect(faceCounts(one)).toEqual(Array(FRAMES).fill(1));
    expect(faceCounts(two)).toEqual(Array(20).fill(1));
    const streams = (await stats()).streams.filter((s) => s.streamId.startsWith('person'));
    expect(streams.map((s) => [s.streamId, s.analysed])).toEqual([['person 1', FRAMES], ['person 2', 20]]);
  });

  it('forgets a closed stream, so that its clock may start again', async () => {
    lp.call('close', 'main', 'person 1').catch(() => undefined);
    expect((await stats()).streams.map((s) => s.streamId)).not.toContain('person 1');
    const again = await lp.call('track', 'main', 'person 1', 'd9', 0);
    expect(isFrame(again) && again.faces.length).toBe(1);
  });
});

describe('starting the landmark worker', () => {
  it.each<[string, StartOptions, string]>([
    ['as a classic worker (no product page starts one), with the model given as bytes', { ...PACKAGE_MODEL, wasmBase: '/tasks-vision-wasm', kind: 'classic', asBuffer: true }, 'CPU'],
    ['with the GPU asked for (CPU when it does not start)', { ...PACKAGE_MODEL, kind: 'module', delegate: 'GPU' }, 'CPU or GPU'],
  ])('%s', async (_, options, delegate) => {
    const started = await lp.call('start', 'other', options);
    console.log(`Landmark worker ${JSON.stringify(options)}: ${JSON.stringify(started)}`);
    expect(delegate).toContain(started.delegate);
    expect(started.workerKind).toBe(options.kind);
    const run = await lp.call('run', 'other', { streamId: 'd9', clip: 'd9-two', firstMs: 0, stepMs: STEP_MS });
    expect(faceCounts(run)).toEqual([1, 1]);
    await lp.call('dispose', 'other');
  });

  it('refuses a model URL outside the extension inside the worker, before it reaches the network', async () => {
    await expect(lp.call('start', 'elsewhere', { ...PACKAGE_MODEL, kind: 'module', modelUrl: 'https://models.example/face_landmarker.task' }))
      .rejects.toThrow(/Blocked a request to https:\/\/models\.example/);
    expect(lp.foreign).toEqual([]);
  });
});

describe('privacy', () => {
  it('refuses tasks-vision\'s usage report, which it sends when a landmarker closes', async () => {
    const before = (await stats()).refusedRequests;
    lp.call('close', 'main', 'still').catch(() => undefined);
    let refused = before;
    for (let tries = 0; tries < 20 && refused === before; tries++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      refused = (await stats()).refusedRequests;
    }
    expect(refused).toBeGreaterThan(before);
  });

  it('let no request of the page or its workers leave the page\'s origin', () => {
    expect(lp.foreign).toEqual([]);
  });
});

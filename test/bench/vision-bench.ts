import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BenchPageApi, CaptureCost, GrabMethod } from '../vision/bench-page-entry';
import { decodeFrames } from '../vision/decode-frames';
import { openLandmarkPage, pageCall, type LandmarkPage } from '../vision/landmark-page';

/**
 * `npx tsx test/bench/vision-bench.ts`: the on-device liveness pipeline's cost, printed as Markdown
 * for BENCHMARKS.md. In headless Chromium on the CPU, real frames go through the landmark worker
 * (lib/vision/worker) at 256x256 and 640x360 (ffmpeg scales each video to fit and pads it, as a call
 * tile would); the same frames go through @vladmandic/human's face detector and mesh (TF.js, wasm
 * backend) as the reference a user might pick instead. Human runs only when it is installed:
 *
 *   npm install -D @vladmandic/human@3.3.6 @tensorflow/tfjs-backend-wasm@4.22.0
 *
 * (or set HUMAN_DIR and TFJS_WASM_DIR to unpacked copies of those packages).
 */

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const REAL_VIDEOS = path.resolve(ROOT, '../shared/testdata/face_videos/real');
const VIDEOS = ['liveportrait_driving_d9.mp4', 'liveportrait_driving_d19.mp4', 'fom_demo_old_00_obama.mp4'];
const SIZES: [number, number][] = [[256, 256], [640, 360]];
const FRAMES = 90;
/** Frames left out of the timings at the start of each stream: its landmarker is made on the first. */
const WARMUP = 5;
const PART = 15;
const CAPTURE = { video: 'liveportrait_driving_d9.mp4', width: 256, height: 240, frames: 150 };
const TARGET_CAPTURE_MS = 1;
const GRAB_METHODS: GrabMethod[] = ['bitmap', 'canvas'];

const sorted = (xs: number[]) => [...xs].sort((a, b) => a - b);
const percentile = (xs: number[], p: number) => sorted(xs)[Math.max(0, Math.ceil((p / 100) * xs.length) - 1)] ?? NaN;
const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
const ms = (v: number) => (v < 1 ? v.toFixed(2) : v.toFixed(1));
const spread = (xs: number[]) => `${ms(percentile(xs, 50))} / ${ms(percentile(xs, 95))} ms`;
const pct = (part: number, whole: number) => `${((100 * part) / whole).toFixed(0)}% (${part}/${whole})`;

/** An installed package's folder, or the folder an environment variable names. */
function packageDir(name: string, variable: string): string | undefined {
  const dir = process.env[variable] ?? path.join(ROOT, 'node_modules', name);
  return existsSync(path.join(dir, 'package.json')) ? dir : undefined;
}
const versionOf = (dir: string) => (JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as { version: string }).version;

interface SizeResult {
  size: string;
  roundTrip: number[];
  detect: number[];
  /** Round trip of each stream's first frame, which waits for the stream's landmarker to start. */
  firstFrame: number[];
  withFace: number;
  frames: number;
  human?: { ms: number[]; withFace: number; meshPoints: number };
}

async function measureSize(lp: LandmarkPage, [width, height]: [number, number], human: boolean): Promise<SizeResult> {
  const bench = pageCall<BenchPageApi>(lp.page, 'benchPage');
  const result: SizeResult = { size: `${width}x${height}`, roundTrip: [], detect: [], firstFrame: [], withFace: 0, frames: 0 };
  const humanMs: number[] = [];
  const humanMesh: number[] = [];
  for (const video of VIDEOS) {
    // The same paths for every clip, so that only the current clip's frames are held; parts of
    // PART frames, as routing one body of a hundred megabytes closes the page.
    const frames = decodeFrames({ file: path.join(REAL_VIDEOS, video), width, height, frames: FRAMES });
    const parts = Array.from({ length: Math.ceil(frames.length / PART) }, (_, k) => `/frames/part-${k}`);
    parts.forEach((part, k) => lp.serve(part, Buffer.concat(frames.slice(k * PART, (k + 1) * PART))));
    const clip = `${video}@${result.size}`;
    const loaded = await lp.call('loadRaw', clip, parts, width, height);
    const run = await lp.call('run', 'bench', { streamId: clip, clip, firstMs: 0, stepMs: 33 });
    lp.call('close', 'bench', clip).catch(() => undefined);
    result.roundTrip.push(...run.roundTripMs.slice(WARMUP));
    result.firstFrame.push(run.roundTripMs[0] ?? NaN);
    result.detect.push(...run.detectMs.slice(WARMUP));
    result.withFace += run.results.filter((r) => typeof r === 'object' && r.faces.length > 0).length;
    result.frames += loaded;
    if (human) {
      const reference = await bench('humanRun', clip);
      humanMs.push(...reference.ms.slice(WARMUP));
      humanMesh.push(...reference.meshPoints);
    }
    await lp.call('unload', clip);
  }
  if (human) {
    result.human = { ms: humanMs, withFace: humanMesh.filter((n) => n > 0).length, meshPoints: Math.max(0, ...humanMesh) };
  }
  return result;
}

/** The videos as the page can play them: as they are when Chromium plays H.264, else as VP9 WebM. */
async function playableVideos(lp: LandmarkPage, tmp: string): Promise<{ dir: string; file: string }> {
  const h264 = await lp.page.evaluate(() => document.createElement('video').canPlayType('video/mp4; codecs="avc1.64001e"'));
  if (h264 !== '') return { dir: REAL_VIDEOS, file: CAPTURE.video };
  const file = CAPTURE.video.replace(/\.mp4$/, '.webm');
  execFileSync('ffmpeg', ['-v', 'error', '-y', '-i', path.join(REAL_VIDEOS, CAPTURE.video), '-c:v', 'libvpx-vp9', '-b:v', '1M', '-an', path.join(tmp, file)]);
  return { dir: tmp, file };
}

async function main() {
  const humanDir = packageDir('@vladmandic/human', 'HUMAN_DIR');
  const tfWasmDir = packageDir('@tensorflow/tfjs-backend-wasm', 'TFJS_WASM_DIR');
  const human = humanDir !== undefined && tfWasmDir !== undefined;
  const tmp = mkdtempSync(path.join(tmpdir(), 'hireproof-vision-bench-'));
  const lp = await openLandmarkPage({
    entry: 'test/vision/bench-page-entry.ts',
    mounts: { '/videos/': tmp, ...(human ? { '/human/': humanDir, '/tfjs-wasm/': path.join(tfWasmDir, 'dist') } : {}) },
  });
  // Other work on the machine slows every measure here: the load is printed with the results.
  const loadBefore = loadavg()[0] ?? NaN;
  try {
    const bench = pageCall<BenchPageApi>(lp.page, 'benchPage');
    const started = await lp.call('start', 'bench', { kind: 'module', modelUrl: '/vision/face_landmarker.task', wasmBase: '/vision/wasm', delegate: 'CPU' });
    const humanStart = human ? await bench('startHuman', '/human/dist/human.esm.js', '/human/models/', '/tfjs-wasm/') : undefined;
    const results: SizeResult[] = [];
    for (const size of SIZES) results.push(await measureSize(lp, size, human));

    const videos = await playableVideos(lp, tmp);
    if (videos.dir === REAL_VIDEOS) lp.serve(`/videos/${videos.file}`, readFileSync(path.join(REAL_VIDEOS, videos.file)));
    const captures: [GrabMethod, CaptureCost][] = [];
    for (const method of GRAB_METHODS) {
      captures.push([method, await bench('captureCost', 'bench', `/videos/${videos.file}`, method, CAPTURE.width, CAPTURE.height, CAPTURE.frames)]);
    }
    const stats = await lp.call('stats', 'bench');

    const chromium = (await lp.page.context().browser()?.version()) ?? 'unknown';
    console.log('## On-device face landmarks (liveness)\n');
    console.log('Written by `npx tsx test/bench/vision-bench.ts`: real frames through the landmark worker');
    console.log(`(lib/vision/worker: MediaPipe FaceLandmarker, VIDEO mode, ${started.delegate} delegate, ${started.workerKind} worker, the model built at`);
    console.log(`install) in headless Chromium ${chromium}. ${FRAMES} frames of each of ${VIDEOS.join(', ')}`);
    console.log('(../shared/testdata/face_videos/real), scaled to fit each size and padded by ffmpeg, sent one at a time;');
    console.log(`the first ${WARMUP} frames of each stream (which start its landmarker) are left out of the timings.`);
    console.log('"Through the worker" is the page\'s time from `track` to its result; "in the worker" is the landmarker alone.\n');
    console.log(`- Date: ${new Date().toISOString().slice(0, 10)}`);
    console.log(`- Machine: ${cpus().length} × ${cpus()[0]?.model.trim()}, ${Math.round(totalmem() / 2 ** 30)} GiB`);
    console.log(`- Load average (1 min) at the start and end: ${loadBefore.toFixed(1)}, ${(loadavg()[0] ?? NaN).toFixed(1)}\n`);
    console.log('| frames | through the worker, median / p95 | in the worker, median / p95 | frames per second, one worker | face found |');
    console.log('|---|---|---|---|---|');
    for (const r of results) {
      console.log(`| ${r.size} | ${spread(r.roundTrip)} | ${spread(r.detect)} | ${(1000 / mean(r.roundTrip)).toFixed(0)} | ${pct(r.withFace, r.frames)} |`);
    }
    const firsts = results.flatMap((r) => r.firstFrame);
    console.log(`\nA stream's first frame waits for its landmarker to start: ${ms(percentile(firsts, 50))} ms median, ${ms(Math.max(...firsts))} ms at most (${firsts.length} streams).`);
    console.log(`\nPage-thread cost of one frame from a playing <video> (${videos.file}, ${CAPTURE.frames} frames at the video's rate,`);
    console.log(`downscaled to ${CAPTURE.width}x${CAPTURE.height} and transferred to the worker), median / p95. "bitmap": createImageBitmap(video, resize);`);
    console.log('"canvas": drawImage(video) into a small OffscreenCanvas, then transferToImageBitmap().\n');
    console.log('| measure | bitmap | canvas | target |\n|---|---|---|---|');
    const row = (what: string, pick: (c: CaptureCost) => string, target = '') =>
      console.log(`| ${what} | ${captures.map(([, c]) => pick(c)).join(' | ')} | ${target} |`);
    const pageThread = (c: CaptureCost) => c.createCallMs.map((v, k) => v + (c.sendMs[k] ?? 0));
    row('taking the frame (page thread)', (c) => spread(c.createCallMs));
    row('transfer to the worker (synchronous part of track)', (c) => spread(c.sendMs));
    row('page thread per frame, both', (c) => `${spread(pageThread(c))} (${percentile(pageThread(c), 50) < TARGET_CAPTURE_MS ? 'met' : 'missed'})`, `< ${TARGET_CAPTURE_MS} ms median`);
    row('until the bitmap is ready (the thread is free meanwhile)', (c) => spread(c.createReadyMs));
    row('frames analysed at the video\'s rate / dropped (one in flight)', (c) => `${c.analysed} / ${c.dropped}, ${pct(c.withFace, c.analysed)} with a face`);
    console.log(`\nThe worker refused ${stats.refusedRequests} request(s) to other origins (tasks-vision's usage report); ${lp.foreign.length} request(s) of the page left its origin.\n`);

    if (!humanStart || !humanDir || !tfWasmDir) {
      console.log('Reference (@vladmandic/human): skipped, the package is not installed. Install it with');
      console.log('`npm install -D @vladmandic/human@3.3.6 @tensorflow/tfjs-backend-wasm@4.22.0` and run this again.');
      return;
    }
    console.log(`Reference: @vladmandic/human ${versionOf(humanDir)} (its own models), face detector and mesh only (no iris, emotion, description,`);
    console.log(`anti-spoofing), TF.js ${humanStart.backend} backend from @tensorflow/tfjs-backend-wasm ${versionOf(tfWasmDir)}, result cache off, on the page's thread,`);
    console.log(`on the same frames (loaded in ${(humanStart.loadMs / 1000).toFixed(1)} s). Ratio: Human's median over the landmarker's median in the worker.\n`);
    console.log('| frames | Human, median / p95 | face found (mesh points) | landmark worker, in the worker | ratio |');
    console.log('|---|---|---|---|---|');
    for (const r of results) {
      if (!r.human) continue;
      const ratio = percentile(r.human.ms, 50) / percentile(r.detect, 50);
      console.log(`| ${r.size} | ${spread(r.human.ms)} | ${pct(r.human.withFace, r.frames)} (${r.human.meshPoints}) | ${spread(r.detect)} | ${ratio.toFixed(1)}× |`);
    }
  } finally {
    await lp.close();
    rmSync(tmp, { recursive: true, force: true });
  }
}

await main();

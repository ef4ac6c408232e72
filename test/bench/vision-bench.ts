import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Frame, Page } from 'playwright-core';
import type { BenchMeetingApi, PathRun, SamplingPath } from '../vision/bench-meeting-entry';
import type { BenchPageApi, PanelStats } from '../vision/bench-page-entry';
import { buildLandmarkPage } from '../vision/build-landmark-page';
import { decodeFrames } from '../vision/decode-frames';
import type { LandmarkPageApi } from '../vision/landmark-page-entry';
import { openLandmarkPage, pageCall, type LandmarkPage } from '../vision/landmark-page';
import { ORIGIN } from '../vision/vision-page';
import { findRenderer, hasSchedstat, mainThreadCpuMs } from './renderer-cpu';

/**
 * `npx tsx test/bench/vision-bench.ts`: the on-device liveness pipeline's cost, printed as Markdown
 * for BENCHMARKS.md. In headless Chromium on the CPU, real frames go through the landmark worker
 * (lib/vision/worker) at 256x256 and 640x360 (ffmpeg scales each video to fit and pads it, as a call
 * tile would); the same frames go through @vladmandic/human's face detector and mesh (TF.js, wasm
 * backend) as the reference a user might pick instead. Human runs only when it is installed:
 *
 *   npm install -D @vladmandic/human@3.3.6 @tensorflow/tfjs-backend-wasm@4.22.0
 *
 * (or set HUMAN_DIR and TFJS_WASM_DIR to unpacked copies of those packages). With `--sampling-only` it
 * measures only what sampling a participant costs the meeting page's main thread.
 */

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const REAL_VIDEOS = path.resolve(ROOT, '../shared/testdata/face_videos/real');
const VIDEOS = ['liveportrait_driving_d9.mp4', 'liveportrait_driving_d19.mp4', 'fom_demo_old_00_obama.mp4'];
const SIZES: [number, number][] = [[256, 256], [640, 360]];
const FRAMES = 90;
/** Frames left out of the timings at the start of each stream: its landmarker is made on the first. */
const WARMUP = 5;
const PART = 15;
/** `--sampling-only`: just the meeting page's sampling cost (a minute instead of several). */
const SAMPLING_ONLY = process.argv.includes('--sampling-only');
const CAPTURE = { video: 'liveportrait_driving_d9.mp4', frames: 150, fps: 10 };
const TARGET_CAPTURE_MS = 1;
/** The meeting page: https (VideoFrame needs a secure context) and another site than the panel's, so another process. */
const MEETING_ORIGIN = 'https://meeting.test';
const PATHS: [SamplingPath, string][] = [
  ['relay', 'frame relay worker (used where the page allows blob workers)'],
  ['main-thread', 'scaled on the main thread (the page\'s CSP forbids blob workers)'],
  ['frame-callback', 'frame callback + createImageBitmap(video) (no VideoFrame; the path before)'],
];
/** Seconds of the idle window whose main-thread CPU rate (video playing, nothing sampled) is subtracted. */
const IDLE_S = 4;

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

interface SamplingResult {
  run: PathRun;
  panel: PanelStats;
  /** Main-thread CPU of the meeting page's renderer per frame sent, the idle rate subtracted. */
  cpuPerFrameMs?: number;
}

/** Calls the API a page script put on `window[global]` inside a frame (the panel iframe). */
const frameCall = <Api extends Record<string, (...args: never[]) => unknown>>(frame: Frame, global: string) =>
  <K extends keyof Api & string>(method: K, ...args: Parameters<Api[K]>): Promise<Awaited<ReturnType<Api[K]>>> =>
    frame.evaluate(([g, m, a]) => {
      const api = (window as unknown as Record<string, Record<string, (...p: unknown[]) => unknown>>)[g];
      return api?.[m]?.(...a);
    }, [global, method, args] as const) as never;

/**
 * What sampling a participant's video costs the meeting page, each path the product has: a meeting
 * page (bench-meeting-entry.ts, the product's samplers and bridge) plays the video and sends frames
 * to a panel iframe of another site, which analyses them with the landmark worker and credits each.
 */
async function measureSampling(lp: LandmarkPage, videoFile: string): Promise<SamplingResult[]> {
  const built = await buildLandmarkPage('test/vision/bench-meeting-entry.ts');
  const videoBody = readFileSync(videoFile);
  const videoType = videoFile.endsWith('.webm') ? 'video/webm' : 'video/mp4';
  const context = lp.page.context();
  // Registered after the landmark page's catch-all, so it is asked first for the meeting page's origin.
  await context.route(`${MEETING_ORIGIN}/**`, (route) => {
    const url = new URL(route.request().url());
    if (url.pathname === '/') return route.fulfill({ contentType: 'text/html', body: '<!doctype html><meta charset="utf-8"><title>Call</title><script type="module" src="/page.js"></script>' });
    if (url.pathname === '/video') return route.fulfill({ contentType: videoType, body: videoBody });
    const file = path.join(built, path.basename(url.pathname));
    if (url.pathname.startsWith('/') && existsSync(file)) return route.fulfill({ path: file, contentType: 'text/javascript' });
    return route.fulfill({ status: 404, body: 'not found' });
  });
  const page: Page = await context.newPage();
  try {
    await page.goto(`${MEETING_ORIGIN}/`);
    await page.waitForFunction(() => 'benchMeeting' in window, undefined, { timeout: 30_000 });
    const meeting = pageCall<BenchMeetingApi>(page, 'benchMeeting');
    await meeting('play', '/video');
    const renderer = hasSchedstat() ? await findRenderer(() => meeting('busy', 1000), 1000) : undefined;
    const results: SamplingResult[] = [];
    for (const [samplingPath] of PATHS) {
      await meeting('mountPanel', `${ORIGIN}/`, samplingPath);
      const frame = page.frames().find((f) => f.url().startsWith(ORIGIN));
      if (!frame) throw new Error('The panel frame did not load');
      await frame.waitForFunction(() => 'benchPage' in window && 'landmarkPage' in window);
      await frameCall<LandmarkPageApi>(frame, 'landmarkPage')('start', 'panel', { kind: 'module', modelUrl: '/vision/face_landmarker.task', wasmBase: '/vision/wasm', delegate: 'CPU' });
      await frameCall<BenchPageApi>(frame, 'benchPage')('servePanel', 'panel');
      const idle0 = renderer === undefined ? NaN : mainThreadCpuMs(renderer);
      await page.waitForTimeout(IDLE_S * 1000);
      const idleRate = renderer === undefined ? NaN : (mainThreadCpuMs(renderer) - idle0) / (IDLE_S * 1000);
      const [cpu0, began] = [renderer === undefined ? NaN : mainThreadCpuMs(renderer), performance.now()];
      const run = await meeting('run', samplingPath, CAPTURE.frames, CAPTURE.fps);
      const cpu = renderer === undefined ? NaN : mainThreadCpuMs(renderer) - cpu0 - idleRate * (performance.now() - began);
      await page.waitForTimeout(500); // the last frame's analysis
      const panel = await frameCall<BenchPageApi>(frame, 'benchPage')('panelStats');
      await meeting('unmountPanel');
      results.push({ run, panel, ...(Number.isFinite(cpu) ? { cpuPerFrameMs: cpu / run.captureMs.length } : {}) });
    }
    return results;
  } finally {
    await page.close();
    rmSync(built, { recursive: true, force: true });
  }
}

function printSampling(results: SamplingResult[], videoFile: string) {
  console.log(`\nWhat sampling one participant costs the meeting page's main thread: ${videoFile} playing in a <video> on an https`);
  console.log(`page, sampled by the product's samplers and bridge (lib/meeting) at ${CAPTURE.fps} fps until ${CAPTURE.frames} frames were sent, each scaled`);
  console.log('to 256 px on the long side and sent to a panel iframe of another site (another process, as the extension\'s is) that');
  console.log('analyses it in the landmark worker and credits it. Per frame sent, median / p95: "capture" and "hand-over" are the');
  console.log('synchronous calls on the page\'s main thread (performance.now()); "CPU" is that thread\'s whole CPU time from Linux\'s');
  console.log(`scheduler statistics while sampling, less its rate in a ${IDLE_S} s window with the video playing and nothing sampled, over the frames sent.\n`);
  console.log(`| measure | ${PATHS.map(([, label]) => label).join(' | ')} | target |`);
  console.log(`|---|${PATHS.map(() => '---|').join('')}---|`);
  const row = (what: string, pick: (r: SamplingResult) => string, target = '') =>
    console.log(`| ${what} | ${results.map(pick).join(' | ')} | ${target} |`);
  const both = (r: SamplingResult) => r.run.captureMs.map((v, k) => v + (r.run.handOverMs[k] ?? 0));
  row('capture (page thread)', (r) => spread(r.run.captureMs));
  row('hand-over to the relay or the panel (page thread)', (r) => spread(r.run.handOverMs));
  row('page thread per sampled frame, both', (r) => `${spread(both(r))} (${percentile(both(r), 50) < TARGET_CAPTURE_MS ? 'met' : 'missed'})`, `< ${TARGET_CAPTURE_MS} ms median`);
  row('page main-thread CPU per sampled frame, everything', (r) => (r.cpuPerFrameMs === undefined ? 'not measured' : `${ms(r.cpuPerFrameMs)} ms`));
  row('frames sent / dropped on the page (panel busy) / per second', (r) => `${r.run.captureMs.length} / ${r.run.droppedOnPage} / ${(r.run.captureMs.length / (r.run.durationMs / 1000)).toFixed(1)}`);
  row('analysed in the panel, with a face', (r) => `${r.panel.analysed}, ${pct(r.panel.withFace, Math.max(1, r.panel.analysed))}`);
  const relay = results.find((r) => r.run.path === 'relay');
  if (relay && !relay.run.relayRan) console.log('\nThe frame relay did not start on the meeting page: its column shows the main-thread path.');
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
    const videos = await playableVideos(lp, tmp);
    if (SAMPLING_ONLY) {
      console.log(`- Load average (1 min) at the start: ${loadBefore.toFixed(1)}`);
      printSampling(await measureSampling(lp, path.join(videos.dir, videos.file)), videos.file);
      console.log(`\n- Load average (1 min) at the end: ${(loadavg()[0] ?? NaN).toFixed(1)}`);
      return;
    }
    const humanStart = human ? await bench('startHuman', '/human/dist/human.esm.js', '/human/models/', '/tfjs-wasm/') : undefined;
    const results: SizeResult[] = [];
    for (const size of SIZES) results.push(await measureSize(lp, size, human));

    const captures = await measureSampling(lp, path.join(videos.dir, videos.file));
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
    printSampling(captures, videos.file);
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

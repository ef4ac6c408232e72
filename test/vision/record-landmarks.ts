import { spawn, execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { frameHash } from '../../lib/vision/landmarks/frame-hash';
import { LANDMARK_SUBSET } from '../../lib/vision/landmarks/landmark-subset';
import { RECORDING_FORMAT, RecordedSequenceSchema, type RecordedSequence } from '../../lib/vision/landmarks/recorded-sequence';
import { poseFromAxes } from '../../lib/vision/cues/head-pose';
import { ORIGIN, VISION_DIR, openVisionPage } from './vision-page';

/**
 * Records landmark sequences from the real face videos in ../shared/testdata/face_videos into
 * test/fixtures/landmarks/<name>.json, for the cue tests. Run by hand (it needs ffmpeg, Debian
 * Chromium and the generated model) after changing the landmark subset, the model or this script:
 *
 *   npx tsx test/vision/record-landmarks.ts            # every recording
 *   npx tsx test/vision/record-landmarks.ts d9 still   # only these
 *
 * ffmpeg decodes each frame to RGBA; the frame hash is computed here from those pixels, and the same
 * pixels go to FaceLandmarker in VIDEO mode with timestamps from the frame index, so two runs on one
 * machine give the same file. Only the landmark subset is kept, rounded to 4 decimals.
 */

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const VIDEOS = path.resolve(ROOT, '../shared/testdata/face_videos');
const OUT_DIR = path.join(ROOT, 'test/fixtures/landmarks');
/** The product looks for "more than one face", so two is the most it needs to see. */
const NUM_FACES = 2;

interface Recording {
  name: string;
  source: string;
  /** ffmpeg arguments before the output (inputs, and filters that make derived cases); may prepare files. */
  input: () => string[];
  fps: number;
  size: { width: number; height: number };
  maxFrames: number;
}

const real = (file: string) => path.join(VIDEOS, 'real', file);

function probe(file: string): { width: number; height: number; fps: number; frames: number } {
  const out = execFileSync('ffprobe', ['-v', 'error', '-select_streams', 'v:0', '-count_packets',
    '-show_entries', 'stream=width,height,r_frame_rate,nb_read_packets', '-of', 'csv=p=0', file], { encoding: 'utf8' });
  const [width, height, rate, frames] = out.trim().split(',');
  const [num, den] = (rate ?? '').split('/').map(Number);
  return { width: Number(width), height: Number(height), fps: (num ?? NaN) / (den ?? 1), frames: Number(frames) };
}

/** A whole real video (at most 20 s), unchanged. */
function realVideo(name: string, file: string): Recording {
  const { width, height, fps, frames } = probe(real(file));
  const maxFrames = Math.min(frames, Math.round(20 * fps));
  return {
    name, input: () => ['-i', real(file)], fps, size: { width, height }, maxFrames,
    source: `face_videos/real/${file} (../shared/testdata/SOURCES.md): frames 0-${maxFrames - 1} of ${frames}, ${width}x${height}, ${fps} fps, decoded by ffmpeg`,
  };
}

/** Every recording the tests use. Derived cases are made from real frames only, as `source` says. */
function recordings(tmp: string): Recording[] {
  const d9 = real('liveportrait_driving_d9.mp4');
  const loopFile = path.join(tmp, 'd9-loop.mp4');
  return [
    realVideo('d9', 'liveportrait_driving_d9.mp4'),
    realVideo('d12', 'liveportrait_driving_d12.mp4'),
    realVideo('d19', 'liveportrait_driving_d19.mp4'),
    realVideo('obama', 'fom_demo_old_00_obama.mp4'),
    realVideo('d3', 'liveportrait_driving_d3.mp4'),
    realVideo('d10', 'liveportrait_driving_d10.mp4'),
    realVideo('d18', 'liveportrait_driving_d18.mp4'),
    realVideo('d20', 'liveportrait_driving_d20.mp4'),
    realVideo('trump', 'fom_demo_old_04_trump.mp4'),
    {
      name: 'still', fps: 30, size: { width: 720, height: 720 }, maxFrames: 150,
      input: () => ['-loop', '1', '-framerate', '30', '-t', '5', '-i', path.join(VIDEOS, 'stills/liveportrait_driving_d9.jpg')],
      source: 'face_videos/stills/liveportrait_driving_d9.jpg (a still photo; it shows a different person from ' +
        'real/liveportrait_driving_d9.mp4) shown as a 5 s, 30 fps video: ffmpeg -loop 1 -framerate 30 -t 5, 150 identical 720x720 frames',
    },
    {
      name: 'loop', fps: 30, size: { width: 512, height: 480 }, maxFrames: 180,
      input: () => {
        // The first 2 s played three times, then compressed once more, as a replay through a call would
        // be: the repeats are close to their originals but not bit-identical.
        execFileSync('ffmpeg', ['-v', 'error', '-y', '-i', d9, '-vf', 'trim=end_frame=60,loop=loop=2:size=60:start=0,setpts=N/30/TB',
          '-r', '30', '-c:v', 'libx264', '-crf', '23', '-preset', 'medium', '-threads', '1', '-pix_fmt', 'yuv420p', '-an', loopFile]);
        return ['-i', loopFile];
      },
      source: 'face_videos/real/liveportrait_driving_d9.mp4 frames 0-59 (the first 2 s) played 3 times in a row ' +
        '(ffmpeg trim + loop=loop=2:size=60), re-encoded with libx264 crf 23 (threads 1), then decoded: 180 frames, 512x480, 30 fps',
    },
    {
      name: 'two-faces', fps: 30, size: { width: 992, height: 480 }, maxFrames: 240,
      input: () => ['-i', d9, '-i', real('liveportrait_driving_d19.mp4'), '-filter_complex', '[0:v][1:v]hstack=inputs=2:shortest=1'],
      source: 'face_videos/real/liveportrait_driving_d9.mp4 (512x480) and liveportrait_driving_d19.mp4 (480x480) side by side ' +
        '(ffmpeg hstack), both 30 fps: frames 0-239, 992x480',
    },
  ];
}

/** Decodes frames to RGBA, one buffer a frame, in order. */
async function* decodeFrames(rec: Recording): AsyncGenerator<Buffer> {
  const frameBytes = rec.size.width * rec.size.height * 4;
  const ffmpeg = spawn('ffmpeg', ['-v', 'error', ...rec.input(), '-frames:v', String(rec.maxFrames), '-f', 'rawvideo', '-pix_fmt', 'rgba', '-'],
    { stdio: ['ignore', 'pipe', 'inherit'] });
  let pending = Buffer.alloc(0);
  for await (const chunk of ffmpeg.stdout as AsyncIterable<Buffer>) {
    pending = Buffer.concat([pending, chunk]);
    while (pending.length >= frameBytes) {
      yield pending.subarray(0, frameBytes);
      pending = pending.subarray(frameBytes);
    }
  }
  if (pending.length > 0) throw new Error(`${rec.name}: ${pending.length} bytes left over: is the size right?`);
}

interface PageFace {
  landmarks: [number, number, number][];
  box: { x: number; y: number; width: number; height: number };
  /** The facial transformation matrix, 4 × 4, column-major (OpenGL camera: y up, z towards the viewer). */
  matrix: number[];
}

/** Creates one FaceLandmarker (VIDEO mode timestamps must rise, so one per recording). */
async function startLandmarker(page: Page): Promise<void> {
  await page.evaluate(async ({ wasm, model, numFaces }) => {
    type TasksVision = typeof import('@mediapipe/tasks-vision');
    const scope = window as unknown as { mediapipe: TasksVision; recorder?: import('@mediapipe/tasks-vision').FaceLandmarker };
    scope.recorder?.close();
    scope.recorder = await scope.mediapipe.FaceLandmarker.createFromOptions(await scope.mediapipe.FilesetResolver.forVisionTasks(wasm), {
      baseOptions: { modelAssetPath: model, delegate: 'CPU' },
      runningMode: 'VIDEO',
      numFaces,
      outputFaceBlendshapes: false,
      outputFacialTransformationMatrixes: true,
    });
  }, { wasm: `${ORIGIN}/tasks-vision/wasm`, model: `${ORIGIN}/vision/face_landmarker.task`, numFaces: NUM_FACES });
}

/** Runs the page's landmarker on the frame the route currently serves. */
function detect(page: Page, frame: { index: number; t: number; width: number; height: number }): Promise<PageFace[]> {
  // Serialised into the page: uses only its argument and browser globals.
  return page.evaluate(async ({ index, t, width, height, subset }) => {
    const landmarker = (window as unknown as { recorder: import('@mediapipe/tasks-vision').FaceLandmarker }).recorder;
    const pixels = new Uint8ClampedArray(await (await fetch(`/recorder-frame?i=${index}`)).arrayBuffer());
    const bitmap = await createImageBitmap(new ImageData(pixels, width, height));
    const result = landmarker.detectForVideo(bitmap, t);
    bitmap.close();
    return result.faceLandmarks.map((mesh, k) => {
      const xs = mesh.slice(0, 468).map((p) => p.x);
      const ys = mesh.slice(0, 468).map((p) => p.y);
      const [x, y] = [Math.min(...xs), Math.min(...ys)];
      return {
        landmarks: subset.map((i): [number, number, number] => [mesh[i]?.x ?? NaN, mesh[i]?.y ?? NaN, mesh[i]?.z ?? NaN]),
        box: { x, y, width: Math.max(...xs) - x, height: Math.max(...ys) - y },
        matrix: Array.from(result.facialTransformationMatrixes[k]?.data ?? []),
      };
    });
  }, { ...frame, subset: [...LANDMARK_SUBSET] });
}

const round = (v: number, decimals: number) => Math.round(v * 10 ** decimals) / 10 ** decimals || 0;

/** The geometry pipeline's pose in head-pose.ts conventions (flip y and z: OpenGL to image axes). */
function referencePose(matrix: number[]): [number, number, number] | undefined {
  if (matrix.length !== 16) return undefined;
  const column = (c: number) => [matrix[c * 4] ?? NaN, matrix[c * 4 + 1] ?? NaN, matrix[c * 4 + 2] ?? NaN] as const;
  const [x, y, z] = [column(0), column(1), column(2)];
  const pose = poseFromAxes({ across: [x[0], -x[1], -x[2]], down: [-y[0], y[1], y[2]], back: [-z[0], z[1], z[2]] });
  return [round(pose.yawDeg, 1), round(pose.pitchDeg, 1), round(pose.rollDeg, 1)];
}

async function record(page: Page, rec: Recording, modelId: string): Promise<RecordedSequence> {
  let current: Buffer = Buffer.alloc(0);
  await page.unroute('**/recorder-frame*');
  await page.route('**/recorder-frame*', (route) => route.fulfill({ body: current, contentType: 'application/octet-stream' }));
  await startLandmarker(page);
  const frames: RecordedSequence['frames'] = [];
  for await (const rgba of decodeFrames(rec)) {
    current = rgba;
    const index = frames.length;
    const t = Math.round((index * 1000) / rec.fps);
    const faces = await detect(page, { index, t, ...rec.size });
    frames.push({
      t,
      faces: faces.map((f) => ({
        landmarks: f.landmarks.map((p) => p.map((v) => round(v, 4)) as [number, number, number]),
        box: { x: round(f.box.x, 4), y: round(f.box.y, 4), width: round(f.box.width, 4), height: round(f.box.height, 4) },
        referencePose: referencePose(f.matrix),
      })),
      frameHash: frameHash(rgba, rec.size.width, rec.size.height),
    });
  }
  return RecordedSequenceSchema.parse({
    format: RECORDING_FORMAT, source: rec.source, fps: rec.fps, size: rec.size, modelId,
    landmarkIndices: [...LANDMARK_SUBSET], frames,
  });
}

/** One frame a line: small diffs when a recording is redone, and still plain JSON. */
function format(sequence: RecordedSequence): string {
  const { frames, ...header } = sequence;
  const head = JSON.stringify(header, null, 2).replace(/\n}$/, '');
  return `${head},\n  "frames": [\n${frames.map((f) => `    ${JSON.stringify(f)}`).join(',\n')}\n  ]\n}\n`;
}

function modelId(): string {
  const task = readFileSync(path.join(VISION_DIR, 'face_landmarker.task'));
  const version = (pkg: string) => (JSON.parse(readFileSync(path.join(ROOT, 'node_modules', pkg, 'package.json'), 'utf8')) as { version: string }).version;
  return `face_landmarker.task sha256:${createHash('sha256').update(task).digest('hex').slice(0, 16)} ` +
    `(lib/build/face-model.ts from @mediapipe/face_mesh ${version('@mediapipe/face_mesh')}), ` +
    `@mediapipe/tasks-vision ${version('@mediapipe/tasks-vision')}, VIDEO mode, CPU delegate, numFaces ${NUM_FACES}`;
}

async function main(): Promise<void> {
  const wanted = new Set(process.argv.slice(2));
  const tmp = mkdtempSync(path.join(tmpdir(), 'hireproof-record-'));
  const vision = await openVisionPage();
  try {
    const id = modelId();
    for (const rec of recordings(tmp).filter((r) => wanted.size === 0 || wanted.has(r.name))) {
      const began = Date.now();
      const sequence = await record(vision.page, rec, id);
      const file = path.join(OUT_DIR, `${rec.name}.json`);
      const text = format(sequence);
      writeFileSync(file, text);
      const withFace = sequence.frames.filter((f) => f.faces.length > 0).length;
      console.log(`${rec.name}: ${sequence.frames.length} frames, ${withFace} with a face, ${(text.length / 1024).toFixed(0)} KiB, ${((Date.now() - began) / 1000).toFixed(1)} s`);
    }
    if (vision.refused.length > 0) console.warn(`Refused requests: ${vision.refused.join(', ')}`);
  } finally {
    await vision.close();
    rmSync(tmp, { recursive: true, force: true });
  }
}

await main();

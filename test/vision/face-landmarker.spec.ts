import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runFaceLandmarker, type LandmarkerRunResult, type TestImage } from './run-face-landmarker';
import { openVisionPage, type VisionPage } from './vision-page';

/**
 * Real inference with the bundle lib/build/face-model.ts generates, in headless Chromium on the CPU.
 * astronaut.png (512 × 512, ../shared/testdata/face_images) is a frontal studio portrait: looked at
 * once by eye, the face spans about x 175-275 and y 65-185 pixels, so its centre is near (0.44, 0.25)
 * of the image and it is about a fifth of the image wide. The bounds below are generous around that.
 */

type Point = [number, number, number];
const ASTRONAUT: TestImage = { kind: 'file', path: 'face_images/astronaut.png' };
const FRAMES = 30;

let vision: VisionPage;
const runs = new Map<string, LandmarkerRunResult>();
beforeAll(async () => {
  vision = await openVisionPage();
  // One IMAGE run and one 30-frame VIDEO run, shared by the mesh checks below.
  runs.set('IMAGE', await runFaceLandmarker(vision.page, { mode: 'IMAGE', image: ASTRONAUT, frames: 1 }));
  runs.set('VIDEO', await runFaceLandmarker(vision.page, { mode: 'VIDEO', image: ASTRONAUT, frames: FRAMES }));
}, 120_000);
afterAll(async () => {
  await vision?.close();
});

const box = (mesh: Point[]) => {
  const xs = mesh.map((p) => p[0]);
  const ys = mesh.map((p) => p[1]);
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  return { cx: (minX + maxX) / 2, cy: (minY + maxY) / 2, w: maxX - minX, h: maxY - minY, minX, maxX, minY, maxY };
};
const between = (v: number, lo: number, hi: number) => v >= lo && v <= hi;
const pt = (mesh: Point[], i: number) => mesh[i] ?? [NaN, NaN, NaN];

const MESH_CHECKS: [string, (mesh: Point[]) => boolean][] = [
  ['has 478 points', (m) => m.length === 478],
  ['lies inside the image', (m) => { const b = box(m); return b.minX >= 0 && b.minY >= 0 && b.maxX <= 1 && b.maxY <= 1; }],
  ['is centred in the upper middle (x 0.35-0.55, y 0.15-0.35)', (m) => between(box(m).cx, 0.35, 0.55) && between(box(m).cy, 0.15, 0.35)],
  ['is 12-35% of the image wide', (m) => between(box(m).w, 0.12, 0.35)],
  ['is 14-40% of the image high', (m) => between(box(m).h, 0.14, 0.4)],
  ['has the upper eyelids (159, 386) above the lips (13, 14)', (m) =>
    Math.max(pt(m, 159)[1], pt(m, 386)[1]) < Math.min(pt(m, 13)[1], pt(m, 14)[1])],
  ['has the nose tip (1) between the eyes (159, 386) horizontally', (m) =>
    between(pt(m, 1)[0], Math.min(pt(m, 159)[0], pt(m, 386)[0]), Math.max(pt(m, 159)[0], pt(m, 386)[0]))],
  ['repeats eye-contour points in the iris slots 468 and 473 (the appended GATHER ran)', (m) =>
    pt(m, 468).every((v, i) => v === pt(m, 159)[i]) && pt(m, 473).every((v, i) => v === pt(m, 386)[i])],
];

describe('FaceLandmarker on astronaut.png', () => {
  it.each(['IMAGE', 'VIDEO'])('%s mode: exactly one face in every frame', (mode) => {
    const run = runs.get(mode)!;
    expect([run.width, run.height]).toEqual([512, 512]);
    expect(run.faceCounts).toEqual(run.faceCounts.map(() => 1));
  });

  it.each(['IMAGE', 'VIDEO'].flatMap((mode) => MESH_CHECKS.map(([what, check]) => [mode, what, check] as const)))(
    '%s mode: the mesh %s',
    (mode, _, check) => {
      const mesh = runs.get(mode)!.faces[0];
      expect(mesh).toBeDefined();
      expect(check(mesh!)).toBe(true);
    },
  );

  it('VIDEO mode: reports the time per frame', () => {
    const ms = [...runs.get('VIDEO')!.ms].sort((a, b) => a - b);
    const median = ((ms[FRAMES / 2 - 1] ?? 0) + (ms[FRAMES / 2] ?? 0)) / 2;
    console.log(`FaceLandmarker VIDEO, CPU, 512x512: median ${median.toFixed(1)} ms over ${FRAMES} frames (min ${ms[0]?.toFixed(1)}, max ${ms.at(-1)?.toFixed(1)})`);
    expect(ms).toHaveLength(FRAMES);
  });
});

describe('FaceLandmarker without a face', () => {
  it.each<['IMAGE' | 'VIDEO', string, TestImage]>([
    ['IMAGE', 'a uniform grey frame', { kind: 'blank' }],
    ['VIDEO', 'a uniform grey frame', { kind: 'blank' }],
    ['IMAGE', 'random noise', { kind: 'noise', seed: 1 }],
    ['VIDEO', 'random noise', { kind: 'noise', seed: 2 }],
  ])('%s mode: finds no face in %s', async (mode, _, image) => {
    const run = await runFaceLandmarker(vision.page, { mode, image, frames: 3 });
    expect(run.faceCounts).toEqual([0, 0, 0]);
  });

  // Tasks 1.x posts usage metrics to this endpoint (refused here; the extension's CSP blocks it).
  it('reached for nothing outside the served files but the usage-metrics endpoint', () => {
    expect(vision.refused.filter((url) => url !== 'https://odml.pa.googleapis.com/v1/log')).toEqual([]);
  });
});

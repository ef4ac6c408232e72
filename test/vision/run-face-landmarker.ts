import type { Page } from 'playwright-core';
import { ORIGIN } from './vision-page';

/** What the landmarker is shown: a served image file, a uniform grey frame, or seeded noise. */
export type TestImage = { kind: 'file'; path: string } | { kind: 'blank' } | { kind: 'noise'; seed: number };

export interface LandmarkerRun {
  mode: 'IMAGE' | 'VIDEO';
  image: TestImage;
  /** How many times the same image is passed (as successive video frames in VIDEO mode). */
  frames: number;
}

export interface LandmarkerRunResult {
  width: number;
  height: number;
  /** Faces found in each frame. */
  faceCounts: number[];
  /** The first frame's faces, each a list of [x, y, z] in normalised image coordinates. */
  faces: [number, number, number][][];
  /** Milliseconds each detect call took. */
  ms: number[];
}

/** Runs FaceLandmarker (CPU delegate) in the page on one image and reports what it found. */
export function runFaceLandmarker(page: Page, run: LandmarkerRun): Promise<LandmarkerRunResult> {
  const urls = { wasm: `${ORIGIN}/tasks-vision/wasm`, model: `${ORIGIN}/vision/face_landmarker.task`, testdata: `${ORIGIN}/testdata/` };
  // This function is serialised into the page: it may use only its argument and browser globals.
  return page.evaluate(async ({ mode, image, frames, wasm, model, testdata }) => {
    type TasksVision = typeof import('@mediapipe/tasks-vision');
    const { FilesetResolver, FaceLandmarker } = (window as unknown as { mediapipe: TasksVision }).mediapipe;
    const landmarker = await FaceLandmarker.createFromOptions(await FilesetResolver.forVisionTasks(wasm), {
      baseOptions: { modelAssetPath: model, delegate: 'CPU' },
      runningMode: mode,
      // Two, so that "exactly one face" is something the result could contradict.
      numFaces: 2,
      outputFaceBlendshapes: false,
    });
    let bitmap: ImageBitmap;
    if (image.kind === 'file') {
      bitmap = await createImageBitmap(await (await fetch(testdata + image.path)).blob());
    } else {
      const pixels = new ImageData(512, 512);
      let state = image.kind === 'noise' ? image.seed : 0;
      for (let i = 0; i < pixels.data.length; i += 4) {
        for (let c = 0; c < 3; c++) {
          state = (Math.imul(state, 1664525) + 1013904223) >>> 0; // LCG: same noise on every run
          pixels.data[i + c] = image.kind === 'noise' ? state >>> 24 : 128;
        }
        pixels.data[i + 3] = 255;
      }
      bitmap = await createImageBitmap(pixels);
    }
    const faceCounts: number[] = [];
    const ms: number[] = [];
    let faces: [number, number, number][][] = [];
    for (let frame = 0; frame < frames; frame++) {
      const began = performance.now();
      const result = mode === 'VIDEO' ? landmarker.detectForVideo(bitmap, 1 + frame * 33) : landmarker.detect(bitmap);
      ms.push(performance.now() - began);
      faceCounts.push(result.faceLandmarks.length);
      if (frame === 0) faces = result.faceLandmarks.map((face) => face.map((p): [number, number, number] => [p.x, p.y, p.z]));
    }
    landmarker.close();
    return { width: bitmap.width, height: bitmap.height, faceCounts, faces, ms };
  }, { ...run, ...urls });
}

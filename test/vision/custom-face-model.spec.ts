import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateLandmarkerTask } from '../../lib/vision/model/validate-landmarker-task';
import { writeStoredZip } from '../../lib/vision/model/zip-write';
import {
  deflating, packageMembers, packageModel, replacing, stubTflite, testBundle, withBlendshapes, withoutMember,
} from '../lib/vision/model/task-variants';
import type { CustomModelPageApi } from './custom-model-page-entry';
import { openLandmarkPage, pageCall, type LandmarkPage, type PageCall } from './landmark-page';

/**
 * An administrator's face model in headless Chromium, through the product's code: the options
 * page's trial (lib/options/try-face-model.ts) and the meeting panel's start
 * (lib/meeting/start-panel-landmarker.ts), with the bundle's bytes given as a buffer. No official
 * face_landmarker.task can be downloaded here, so the bundle built at install stands in for it, and
 * variants of it show that the structural check refuses what tasks-vision 1.1.0 cannot use.
 */

const TESTDATA = path.resolve(fileURLToPath(new URL('../..', import.meta.url)), '../shared/testdata');
const ASTRONAUT = '/testdata/face_images/astronaut.png';

let lp: LandmarkPage;
let page: PageCall<CustomModelPageApi>;

/** Serves `bytes` and returns its URL. */
const serve = (name: string, bytes: Uint8Array) => {
  lp.serve(`/models/${name}.task`, Buffer.from(bytes));
  return `/models/${name}.task`;
};

beforeAll(async () => {
  lp = await openLandmarkPage({ entry: 'test/vision/custom-model-page-entry.ts', mounts: { '/testdata/': TESTDATA } });
  page = pageCall<CustomModelPageApi>(lp.page, 'customModelPage');
}, 120_000);
afterAll(async () => {
  await lp?.close();
});

describe('a stored model in the meeting panel', () => {
  it('starts from the stored bytes and finds the face in astronaut.png', async () => {
    const result = await page('panel', serve('package', packageModel()), ASTRONAUT, 5);
    if (!result.ok) throw new Error(result.error);
    expect(result.value.model).toEqual({ source: 'custom', name: 'package.task', sha256: '0'.repeat(64), blendshapes: false });
    expect(result.value.faces).toEqual([1, 1, 1, 1, 1]);
  });

  it('falls back to the package model, saying why, when MediaPipe refuses the stored one', async () => {
    const result = await page('panel', serve('compressed', testBundle(deflating('face_detector.tflite'))), ASTRONAUT, 2);
    if (!result.ok) throw new Error(result.error);
    expect(result.value.model).toEqual({
      source: 'built-in',
      ignored: 'The face model loaded by your organisation (compressed.task) did not start: UNKNOWN: Expected uncompressed zip archive.; Initialize was not ok; StartGraph failed',
    });
    expect(result.value.faces).toEqual([1, 1]);
  });
});

describe('the options page trial agrees with the structural check', () => {
  /** `trial`: what the trial says; `face`: whether a landmarker from it then finds the face (undefined: not tried). */
  it.each<[string, () => Uint8Array, { valid: boolean; trial: RegExp | 'starts'; face?: boolean }]>([
    ['the bundle built at install', () => packageModel(), { valid: true, trial: 'starts', face: true }],
    ['without the geometry data', () => testBundle(withoutMember('geometry_pipeline_metadata_landmarks.binarypb')), { valid: true, trial: 'starts', face: true }],
    ['with members not aligned', () => writeStoredZip(packageMembers()), { valid: true, trial: 'starts', face: true }],
    ['with a compressed model', () => testBundle(deflating('face_detector.tflite')), { valid: false, trial: /^UNKNOWN: Expected uncompressed zip archive\./ }],
    ['with compressed geometry data', () => testBundle(deflating('geometry_pipeline_metadata_landmarks.binarypb')), { valid: false, trial: /Expected uncompressed zip archive/ }],
    ['with a landmarks model of schema version 0', () => testBundle(replacing('face_landmarks_detector.tflite', stubTflite({ version: 0 }))), {
      valid: false, trial: /Could not build model from the provided pre-loaded flatbuffer: Invalid model version 0/,
    }],
    // MediaPipe starts with a blendshapes model of the wrong shape, and fails at the first face: the
    // reason the structural check reads tensor shapes.
    ['with a blendshapes model copied from the detector', () => testBundle(withBlendshapes()), { valid: false, trial: 'starts', face: false }],
  ])('%s', async (name, make, expected) => {
    const bytes = make();
    expect((await validateLandmarkerTask(bytes, `${name}.task`)).ok).toBe(expected.valid);
    const url = serve(name.replaceAll(' ', '-'), bytes);
    const trial = await page('trial', url);
    if (expected.trial === 'starts') expect(trial).toEqual({ ok: true, value: { blendshapes: name.includes('blendshapes'), delegate: 'CPU' } });
    else expect(trial.ok ? 'started' : trial.error).toMatch(expected.trial);
    if (expected.face !== undefined) {
      const faces = await page('facesWith', url, ASTRONAUT);
      expect(faces.ok ? faces.value : faces.error).toEqual(expected.face ? [1] : expect.stringMatching(/TfLiteTensor and Tensor sizes do not match/));
    }
  });

  it('let no request of the page or its workers leave the page\'s origin', () => {
    expect(lp.foreign).toEqual([]);
  });
});

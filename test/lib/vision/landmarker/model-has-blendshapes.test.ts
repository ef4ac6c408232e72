import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { modelHasBlendshapes } from '../../../../lib/vision/landmarker/model-has-blendshapes';
import { writeStoredZip } from '../../../../lib/vision/model/zip-write';

// Tests lib/vision/landmarker/model-has-blendshapes.ts (kept with the worker's tests, its only user).

const bundle = (...names: string[]) => writeStoredZip(names.map((name) => ({ name, data: new Uint8Array([1, 2, 3]) })));
const PACKAGE_MODEL = fileURLToPath(new URL('../../../../public/vision/face_landmarker.task', import.meta.url));

describe('modelHasBlendshapes', () => {
  it.each<[string, Uint8Array, boolean]>([
    ['the official bundle\'s members', bundle('face_detector.tflite', 'face_landmarks_detector.tflite', 'face_blendshapes.tflite', 'geometry_pipeline_metadata_landmarks.binarypb'), true],
    ['the product\'s bundle\'s members', bundle('face_detector.tflite', 'face_landmarks_detector.tflite', 'geometry_pipeline_metadata_landmarks.binarypb'), false],
    ['a blendshapes model in a folder', bundle('extra/face_blendshapes.tflite'), false],
    ['an empty bundle', bundle(), false],
  ])('%s: %s', (_, bytes, expected) => {
    expect(modelHasBlendshapes(bytes)).toBe(expected);
  });

  it('says no for the model built at install', { skip: !existsSync(PACKAGE_MODEL) }, () => {
    expect(modelHasBlendshapes(new Uint8Array(readFileSync(PACKAGE_MODEL)))).toBe(false);
  });

  it('refuses bytes that are not a bundle', () => {
    expect(() => modelHasBlendshapes(new TextEncoder().encode('not a zip'))).toThrow(/not a zip/);
  });
});

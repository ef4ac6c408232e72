import { describe, expect, it } from 'vitest';
import { MAX_TASK_BYTES, taskSizeProblem, validateLandmarkerTask } from '../../../../lib/vision/model/validate-landmarker-task';
import { writeStoredZip } from '../../../../lib/vision/model/zip-write';
import { faceMeshAsset } from './real-models';
import { sha256 } from './sha256';
import {
  deflating, hasPackageModel, packageMembers, packageModel, replacing, stubTflite, testBundle, withBlendshapes, withoutMember,
} from './task-variants';

/**
 * No official face_landmarker.task can be downloaded here: the bundle built at install stands in for
 * it, and the cases are variants of it (./task-variants.ts). The tasks-vision behaviour each refusal
 * relies on was checked in headless Chromium (test/vision/custom-face-model.spec.ts).
 */

const NAME = 'face_landmarker.task';
const text = (s: string) => new TextEncoder().encode(s);
const DETECTOR = 'face_detector.tflite';
const LANDMARKS = 'face_landmarks_detector.tflite';
const GEOMETRY = 'geometry_pipeline_metadata_landmarks.binarypb';
const BLENDSHAPES = 'face_blendshapes.tflite';

/** The package model with one byte inside its first member flipped: the CRC-32 no longer matches. */
function flippedByte(): Uint8Array {
  const bytes = packageModel();
  bytes[100] = bytes[100]! ^ 0xff;
  return bytes;
}

/** A TFL3-tagged buffer whose root table offset points past its end. */
function brokenFlatbuffer(): Uint8Array {
  const bytes = new Uint8Array(64);
  new DataView(bytes.buffer).setUint32(0, 4096, true);
  bytes.set(text('TFL3'), 4);
  return bytes;
}

describe.skipIf(!hasPackageModel())('validateLandmarkerTask', () => {
  it.each<[string, () => Uint8Array, { blendshapes: boolean; entries: string[] }]>([
    ['the bundle built at install', () => packageModel(), { blendshapes: false, entries: [DETECTOR, LANDMARKS, GEOMETRY] }],
    ['a bundle with a blendshapes model of the right shape', () => testBundle([...packageMembers(), { name: BLENDSHAPES, data: stubTflite() }]), {
      blendshapes: true, entries: [DETECTOR, LANDMARKS, GEOMETRY, BLENDSHAPES],
    }],
    // tasks-vision 1.1.0 builds a landmarker without the geometry data and without aligned members.
    ['a bundle without the geometry data', () => testBundle(withoutMember(GEOMETRY)), { blendshapes: false, entries: [DETECTOR, LANDMARKS] }],
    ['a bundle whose members are not aligned', () => writeStoredZip(packageMembers()), { blendshapes: false, entries: [DETECTOR, LANDMARKS, GEOMETRY] }],
    ['a bundle with a file it does not need', () => testBundle([...packageMembers(), { name: 'README.txt', data: text('hello') }]), {
      blendshapes: false, entries: [DETECTOR, LANDMARKS, GEOMETRY, 'README.txt'],
    }],
  ])('accepts %s', async (_, make, expected) => {
    const bytes = make();
    const result = await validateLandmarkerTask(bytes, NAME);
    if (!result.ok) throw new Error(`refused: ${result.problems.join(' | ')}`);
    expect(result.info).toMatchObject({ sha256: sha256(bytes), size: bytes.length, hasBlendshapes: expected.blendshapes });
    expect(result.info.entries.map((e) => e.name)).toEqual(expected.entries);
    expect(result.info.entries.every((e) => e.size > 0)).toBe(true);
  });

  it('lists each member with its size', async () => {
    const result = await validateLandmarkerTask(packageModel(), NAME);
    expect(result.ok && result.info.entries).toEqual(packageMembers().map((m) => ({ name: m.name, size: m.data.length })));
  });

  it.each<[string, () => Uint8Array, RegExp[]]>([
    ['an empty file', () => new Uint8Array(), [/^face_landmarker\.task is empty\.$/]],
    ['a file over the size limit', () => new Uint8Array(MAX_TASK_BYTES + 1), [/is 16\.0 MB; a face model bundle may be at most 16\.0 MB/]],
    ['a text file', () => text('this is not a model, just some words long enough to be searched'), [/is not a MediaPipe \.task bundle: it is not a zip archive, or it was cut short\./]],
    ['a bundle cut short', () => packageModel().slice(0, 700_000), [/it is not a zip archive, or it was cut short/]],
    ['a bundle with a changed byte', flippedByte, [/is a damaged zip archive: face_detector\.tflite: CRC-32 0x[0-9a-f]{8} does not match/]],
    // The local header's copy of the first name is no longer UTF-8: the decoder throws, not the zip reader.
    ['a member name that is not UTF-8', () => {
      const bytes = testBundle([{ name: 'x.bin', data: text('x') }, ...packageMembers()]);
      bytes[30] = 0xff;
      return bytes;
    }, [/^face_landmarker\.task is a damaged zip archive: The encoded data was not valid for encoding utf-8\.$/]],
    ['a bundle without the face detector', () => testBundle(withoutMember(DETECTOR)), [/^It has no face_detector\.tflite: a FaceLandmarker bundle holds face_detector\.tflite and face_landmarks_detector\.tflite \(found: face_landmarks_detector\.tflite, geometry/]],
    ['a bundle without the landmarks model', () => testBundle(withoutMember(LANDMARKS)), [/^It has no face_landmarks_detector\.tflite/]],
    ['a zip of something else', () => testBundle([{ name: 'notes.txt', data: text('x') }]), [/no face_detector\.tflite.*found: notes\.txt/, /no face_landmarks_detector\.tflite/]],
    ['an empty zip', () => testBundle([]), [/found: nothing/, /found: nothing/]],
    ['a landmarks model that is not TFLite', () => testBundle(replacing(LANDMARKS, text('<html>not found</html>'))), [/^face_landmarks_detector\.tflite is not a TFLite model \(it lacks the "TFL3" file identifier\)\.$/]],
    ['a detector that is a damaged flatbuffer', () => testBundle(replacing(DETECTOR, brokenFlatbuffer())), [/^face_detector\.tflite is a damaged TFLite model: offset 4096 outside the 64-byte buffer\.$/]],
    ['a detector of another schema version', () => testBundle(replacing(DETECTOR, stubTflite({ version: 0 }))), [/^face_detector\.tflite is TFLite schema version 0; MediaPipe reads version 3 only\.$/]],
    // The 468-point mesh as @mediapipe/face_mesh ships it: Tasks would decode its 1404 values as garbage.
    ['the 468-point landmarks model', () => testBundle(replacing(LANDMARKS, faceMeshAsset('face_landmark.tflite'))), [/^face_landmarks_detector\.tflite: its first output has shape \[1, 1, 1, 1404\] \(1404 values\), but FaceLandmarker reads 478 points × 3 coordinates = 1434\.$/]],
    ['a blendshapes member copied from the detector', () => testBundle(withBlendshapes()), [/^face_blendshapes\.tflite: its first input has shape \[1, 128, 128, 3\] \(49152 values\), but FaceLandmarker feeds it 146 points × 2 coordinates = 292\.$/]],
    ['a compressed model', () => testBundle(deflating(DETECTOR)), [/^face_detector\.tflite is compressed; MediaPipe reads bundle members in place and refuses compressed ones\./]],
    ['compressed geometry data', () => testBundle(deflating(GEOMETRY)), [/^geometry_pipeline_metadata_landmarks\.binarypb is compressed/]],
    ['several problems at once', () => testBundle([...deflating(DETECTOR).filter((m) => m.name !== LANDMARKS), { name: BLENDSHAPES, data: text('x') }]), [
      /no face_landmarks_detector\.tflite/, /face_detector\.tflite is compressed/, /face_blendshapes\.tflite is not a TFLite model/,
    ]],
  ])('refuses %s, saying why', async (_, make, expected) => {
    const result = await validateLandmarkerTask(make(), NAME);
    expect(result.ok).toBe(false);
    const problems = result.ok ? [] : result.problems;
    expect(problems).toHaveLength(expected.length);
    expected.forEach((pattern, i) => expect(problems[i]).toMatch(pattern));
  });
});

describe('taskSizeProblem', () => {
  it.each<[number, RegExp | undefined]>([
    [0, /is empty/],
    [1, undefined],
    [MAX_TASK_BYTES, undefined],
    [MAX_TASK_BYTES + 1, /may be at most 16\.0 MB/],
    [2 ** 31, /is 2048\.0 MB/],
  ])('%i bytes: %s', (size, expected) => {
    const problem = taskSizeProblem(NAME, size);
    if (expected) expect(problem).toMatch(expected);
    else expect(problem).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';
import { buildFaceLandmarkerTask, TASK_MEMBER } from '../../../../lib/vision/model/face-landmarker-task';
import { readPackedAssetsIndex } from '../../../../lib/vision/model/packed-assets-index';
import { summarizeTflite } from '../../../../lib/vision/model/tflite-summary';
import { readZip } from '../../../../lib/vision/model/zip-read';
import { faceMeshAsset, faceMeshPackage } from './real-models';
import { sha256 } from './sha256';

const pkg = faceMeshPackage();
const task = buildFaceLandmarkerTask(pkg);
const members = readZip(task);
const member = (name: string) => members.find((m) => m.name === name)!.data;

describe('buildFaceLandmarkerTask', () => {
  it('bundles the three members Tasks looks up by name, STORED', () => {
    expect(members.map((m) => [m.name, m.method])).toEqual([
      [TASK_MEMBER.detector, 0], [TASK_MEMBER.landmarks, 0], [TASK_MEMBER.geometry, 0],
    ]);
  });

  it.each<[string, string]>([
    [TASK_MEMBER.detector, 'face_detection_short_range.tflite'],
    [TASK_MEMBER.landmarks, 'face_landmark.tflite'],
  ])('%s keeps the input and operators of %s', (name, source) => {
    const [built] = summarizeTflite(member(name)).subgraphs;
    const [original] = summarizeTflite(faceMeshAsset(source)).subgraphs;
    expect(built!.inputs).toEqual(original!.inputs);
    expect(built!.builtinCodes.slice(0, original!.operatorCount)).toEqual(original!.builtinCodes);
  });

  it.each<[string, string]>([
    [TASK_MEMBER.detector, 'Face detector'],
    [TASK_MEMBER.landmarks, 'Face landmarks detector'],
  ])('%s carries metadata naming it %s and the package version', (name, title) => {
    const [entry] = summarizeTflite(member(name)).metadata;
    const text = new TextDecoder().decode(entry!.data);
    expect(entry!.name).toBe('TFLITE_METADATA');
    expect(text).toContain(title);
    expect(text).toContain(pkg.version);
  });

  it('copies the face geometry data unchanged', () => {
    expect(sha256(member(TASK_MEMBER.geometry))).toBe(sha256(faceMeshAsset('geometry_pipeline_metadata_landmarks.binarypb')));
  });

  it('builds the same bytes from the same package', () => {
    expect(sha256(buildFaceLandmarkerTask(faceMeshPackage()))).toBe(sha256(task));
  });

  it.each<[string, () => Parameters<typeof buildFaceLandmarkerTask>[0], RegExp]>([
    ['a loader without the landmark model', () => ({ ...pkg, loaderSource: pkg.loaderSource.replace('/face_landmark.tflite"', '/renamed.tflite"') }),
      /expected one face_landmark\.tflite, found 0/],
    ['a truncated .data file', () => ({ ...pkg, packedAssets: pkg.packedAssets.subarray(1) }), /loader expects 3986256/],
    ['a landmark model of another shape', () => {
      // Give the landmark model the detector's byte range: its output 0 is [1, 896, 16].
      const { assets } = readPackedAssetsIndex(pkg.loaderSource);
      const [landmarks, detector] = ['face_landmark.tflite', 'face_detection_short_range.tflite'].map((n) => assets.find((a) => a.name === n)!);
      const range = (a: { start: number; end: number }) => `"start": ${a.start}, "end": ${a.end}`;
      return { ...pkg, loaderSource: pkg.loaderSource.replace(range(landmarks!), range(detector!)) };
    }, /face_landmark\.tflite: expected output 0 of shape \[1, 1, 1, 1404\], found \[1, 896, 16\]/],
  ])('refuses %s', (_, input, error) => {
    expect(() => buildFaceLandmarkerTask(input())).toThrow(error);
  });
});

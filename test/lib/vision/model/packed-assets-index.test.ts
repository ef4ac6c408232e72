import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { packedAssetBytes, readPackedAssetsIndex, type PackedAssetsIndex } from '../../../../lib/vision/model/packed-assets-index';

const FACE_MESH = fileURLToPath(new URL('../../../../node_modules/@mediapipe/face_mesh/', import.meta.url));

/** A loader shaped like Emscripten's: the function declared first, then called with the table. */
const loader = (argument: string) => `var loadPackage = function(metadata) { var files = metadata['files']; };
  loadPackage(${argument});
})();`;
const table = (files: object[], size: number) => JSON.stringify({ files, remote_package_size: size, package_uuid: 'x' });

describe('readPackedAssetsIndex', () => {
  it("reads the installed @mediapipe/face_mesh loader's four assets, which tile its .data file", () => {
    const index = readPackedAssetsIndex(readFileSync(`${FACE_MESH}face_mesh_solution_packed_assets_loader.js`, 'utf8'));
    expect(index.packageSize).toBe(readFileSync(`${FACE_MESH}face_mesh_solution_packed_assets.data`).length);
    expect(index.assets.map((a) => a.name)).toEqual([
      'face_landmark_with_attention.tflite', 'face_landmark.tflite',
      'geometry_pipeline_metadata_landmarks.binarypb', 'face_detection_short_range.tflite',
    ]);
    expect(index.assets[0]!.start).toBe(0);
    expect(index.assets.slice(1).map((a) => a.start)).toEqual(index.assets.slice(0, -1).map((a) => a.end));
    expect(index.assets.at(-1)!.end).toBe(index.packageSize);
  });

  it.each<[string, string, PackedAssetsIndex]>([
    ['one file', loader(table([{ filename: '/a/b/model.tflite', start: 0, end: 10 }], 10)),
      { packageSize: 10, assets: [{ path: '/a/b/model.tflite', name: 'model.tflite', start: 0, end: 10 }] }],
    ['braces inside a file name', loader(table([{ filename: '/x/{odd}}.bin', start: 2, end: 4 }], 8)),
      { packageSize: 8, assets: [{ path: '/x/{odd}}.bin', name: '{odd}}.bin', start: 2, end: 4 }] }],
    ['an escaped quote in a file name', loader(table([{ filename: 'a"}b', start: 0, end: 0 }], 0)),
      { packageSize: 0, assets: [{ path: 'a"}b', name: 'a"}b', start: 0, end: 0 }] }],
    ['extra keys ignored', loader(table([{ filename: 'f', start: 1, end: 2, audio: 0 }], 3)),
      { packageSize: 3, assets: [{ path: 'f', name: 'f', start: 1, end: 2 }] }],
  ])('reads %s', (_, source, expected) => {
    expect(readPackedAssetsIndex(source)).toEqual(expected);
  });

  it.each<[string, string, RegExp]>([
    ['no call', 'var loadPackage = function(metadata) {};', /no `loadPackage\(\{…\}\)` call/],
    ['an argument that never closes', 'loadPackage({"files": [', /never closes/],
    ['an argument that is not JSON', loader("{files: [{filename: 'a', start: 0, end: 1}]}"), /not JSON/],
    ['no files', loader(table([], 0)), /files/],
    ['a missing end', loader(table([{ filename: 'a', start: 0 }], 5)), /end/],
    ['a negative start', loader(table([{ filename: 'a', start: -1, end: 1 }], 5)), /start/],
    ['a fractional end', loader(table([{ filename: 'a', start: 0, end: 1.5 }], 5)), /end/],
    ['an end before the start', loader(table([{ filename: 'a', start: 4, end: 2 }], 5)), /range 4\.\.2 outside 0\.\.5/],
    ['a range past the package', loader(table([{ filename: 'a', start: 0, end: 6 }], 5)), /range 0\.\.6 outside 0\.\.5/],
    ['no package size', loader(JSON.stringify({ files: [{ filename: 'a', start: 0, end: 1 }] })), /remote_package_size/],
  ])('refuses %s', (_, source, error) => {
    expect(() => readPackedAssetsIndex(source)).toThrow(error);
  });
});

describe('packedAssetBytes', () => {
  const index = readPackedAssetsIndex(loader(table([
    { filename: '/m/one.bin', start: 0, end: 3 }, { filename: '/m/two.bin', start: 3, end: 8 },
    { filename: '/m/twice.bin', start: 0, end: 1 }, { filename: '/n/twice.bin', start: 1, end: 2 },
  ], 8)));
  const data = Uint8Array.from([10, 11, 12, 13, 14, 15, 16, 17]);

  it.each([['one.bin', [10, 11, 12]], ['two.bin', [13, 14, 15, 16, 17]]])('slices %s', (name, expected) => {
    expect([...packedAssetBytes(index, data, name)]).toEqual(expected);
  });

  it.each<[string, Uint8Array, string, RegExp]>([
    ['a .data file of another size', data.subarray(1), 'one.bin', /has 7 bytes but its loader expects 8/],
    ['a name it does not hold', data, 'three.bin', /expected one three\.bin, found 0/],
    ['a name it holds twice', data, 'twice.bin', /expected one twice\.bin, found 2/],
  ])('refuses %s', (_, bytes, name, error) => {
    expect(() => packedAssetBytes(index, bytes, name)).toThrow(error);
  });
});

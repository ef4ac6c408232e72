import { describe, expect, it } from 'vitest';
import { fileIdentifier, summarizeTflite } from '../../../../lib/vision/model/tflite-summary';
import { faceMeshAsset } from './real-models';
import { tinyTflite } from './tiny-tflite';

describe('summarizeTflite', () => {
  it('describes the hand-built model', () => {
    expect(summarizeTflite(tinyTflite({ metadata: [{ name: 'min_runtime_version', data: Uint8Array.from([49, 46, 53]) }] }))).toEqual({
      version: 3,
      metadata: [{ name: 'min_runtime_version', data: Uint8Array.from([49, 46, 53]) }],
      subgraphs: [{
        inputs: [{ name: 'input', shape: [1, 4], type: 0 }],
        outputs: [{ name: 'output', shape: [1, 1, 1, 6], type: 0 }, { name: 'flag', shape: [1, 1], type: 0 }],
        operatorCount: 2,
        builtinCodes: [9, 9],
      }],
    });
  });

  // Shapes as MediaPipe documents them for these two models (see shared/notes/face-model.md).
  it.each<[string, number[][], number[][]]>([
    ['face_detection_short_range.tflite', [[1, 128, 128, 3]], [[1, 896, 16], [1, 896, 1]]],
    ['face_landmark.tflite', [[1, 192, 192, 3]], [[1, 1, 1, 1404], [1, 1, 1, 1]]],
  ])('reads the shapes of %s from @mediapipe/face_mesh', (name, inputs, outputs) => {
    const [main] = summarizeTflite(faceMeshAsset(name)).subgraphs;
    expect(main!.inputs.map((t) => t.shape)).toEqual(inputs);
    expect(main!.outputs.map((t) => t.shape)).toEqual(outputs);
  });

  it.each<[string, Uint8Array, string]>([
    ['a TFLite model', tinyTflite(), 'TFL3'],
    ['anything else', Uint8Array.from([8, 0, 0, 0, 77, 48, 48, 49]), 'M001'],
  ])('reads the file identifier of %s', (_, bytes, identifier) => {
    expect(fileIdentifier(bytes)).toBe(identifier);
  });

  it('refuses a flatbuffer that is not a TFLite model', () => {
    expect(() => summarizeTflite(Uint8Array.from([8, 0, 0, 0, 77, 48, 48, 49]))).toThrow(/expected file identifier TFL3/);
  });
});

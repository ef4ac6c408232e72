import { describe, expect, it } from 'vitest';
import { attachModelMetadata } from '../../../../lib/vision/model/attach-metadata';
import { summarizeTflite } from '../../../../lib/vision/model/tflite-summary';
import { faceMeshAsset } from './real-models';
import { sha256 } from './sha256';
import { tinyTflite } from './tiny-tflite';

const bytes = (...values: number[]) => Uint8Array.from(values);
const META = bytes(8, 0, 0, 0, 77, 48, 48, 49, 1, 2, 3); // stands in for a ModelMetadata flatbuffer
const entries = (model: Uint8Array) => summarizeTflite(model).metadata.map((m) => [m.name, [...m.data]]);

describe('attachModelMetadata', () => {
  it.each<[string, { name: string; data: Uint8Array }[], [string, number[]][]]>([
    ['a model without metadata', [], [['TFLITE_METADATA', [...META]]]],
    ['a model with other entries, which stay', [{ name: 'min_runtime_version', data: bytes(49, 46, 53) }],
      [['min_runtime_version', [49, 46, 53]], ['TFLITE_METADATA', [...META]]]],
    ['a model that had metadata, which is replaced', [{ name: 'TFLITE_METADATA', data: bytes(9) }, { name: 'other', data: bytes(7) }],
      [['other', [7]], ['TFLITE_METADATA', [...META]]]],
  ])('adds a TFLITE_METADATA entry to %s', (_, metadata, expected) => {
    expect(entries(attachModelMetadata(tinyTflite({ metadata }), META))).toEqual(expected);
  });

  it('leaves one entry when attached twice', () => {
    const twice = attachModelMetadata(attachModelMetadata(tinyTflite(), bytes(1)), META);
    expect(entries(twice)).toEqual([['TFLITE_METADATA', [...META]]]);
  });

  it('stores the metadata on a 16-byte boundary', () => {
    const model = attachModelMetadata(tinyTflite(), META);
    const { data } = summarizeTflite(model).metadata[0]!;
    expect((data.byteOffset - model.byteOffset) % 16).toBe(0);
  });

  it.each(['face_detection_short_range.tflite', 'face_landmark.tflite'])('keeps the graph of %s as it was', (name) => {
    const before = faceMeshAsset(name);
    const after = attachModelMetadata(before, META);
    expect(summarizeTflite(after).subgraphs).toEqual(summarizeTflite(before).subgraphs);
  });

  it('writes the same bytes for the same input', () => {
    const model = faceMeshAsset('face_detection_short_range.tflite');
    expect(sha256(attachModelMetadata(model, META))).toBe(sha256(attachModelMetadata(model.slice(), META.slice())));
  });
});

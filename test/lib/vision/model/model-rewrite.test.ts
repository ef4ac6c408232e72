import { describe, expect, it } from 'vitest';
import { fieldPos, readBytes, readTables, rootTable } from '../../../../lib/vision/model/flatbuffer-table';
import { finishModelRewrite, startModelRewrite } from '../../../../lib/vision/model/model-rewrite';
import { summarizeTflite } from '../../../../lib/vision/model/tflite-summary';
import { faceMeshAsset } from './real-models';
import { sha256 } from './sha256';
import { tinyTflite } from './tiny-tflite';

/** Each buffer's data (Model.buffers = field 4, Buffer.data = field 0) and where it starts. */
const buffers = (model: Uint8Array) =>
  readTables(rootTable(model), 4).map((b) => {
    const data = readBytes(b, 0);
    return { data: data && sha256(data), start: data ? data.byteOffset - model.byteOffset : undefined };
  });
const unchanged = (model: Uint8Array) => finishModelRewrite(startModelRewrite(model), {});

describe('model rewrite', () => {
  it.each<[string, () => Uint8Array]>([
    ['the hand-built model', () => tinyTflite({ metadata: [{ name: 'x', data: Uint8Array.from([1]) }], signatureDefs: true })],
    ['face_detection_short_range.tflite', () => faceMeshAsset('face_detection_short_range.tflite')],
    ['face_landmark.tflite', () => faceMeshAsset('face_landmark.tflite')],
  ])('keeps %s the same model when nothing changes', (_, model) => {
    const before = model();
    const after = unchanged(before);
    expect(summarizeTflite(after)).toEqual(summarizeTflite(before));
    expect(buffers(after).map((b) => b.data)).toEqual(buffers(before).map((b) => b.data));
    // Weights stay on the same 16-byte boundaries they had.
    expect(buffers(after).map((b) => b.start && b.start % 16)).toEqual(buffers(before).map((b) => b.start && b.start % 16));
  });

  it.each<[string, boolean, boolean]>([
    ['keeps', false, true],
    ['drops', true, false],
  ])('%s signature defs (Model field 7) as asked', (_, dropSignatureDefs, present) => {
    const after = finishModelRewrite(startModelRewrite(tinyTflite({ signatureDefs: true })), { dropSignatureDefs });
    expect(fieldPos(rootTable(after), 7) !== undefined).toBe(present);
  });

  it('writes the same bytes for the same model', () => {
    const model = faceMeshAsset('face_landmark.tflite');
    expect(sha256(unchanged(model))).toBe(sha256(unchanged(model.slice())));
  });

  it.each<[string, Uint8Array, RegExp]>([
    ['a model with data outside the flatbuffer', tinyTflite({ externalBuffer: true }), /buffer 2 keeps its data outside the flatbuffer/],
    ['a flatbuffer that is not a model', Uint8Array.from([8, 0, 0, 0, 77, 48, 48, 49]), /expected file identifier TFL3/],
  ])('refuses %s', (_, model, error) => {
    expect(() => startModelRewrite(model)).toThrow(error);
  });
});

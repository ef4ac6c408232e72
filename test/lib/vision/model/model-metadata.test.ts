import { ByteBuffer } from 'flatbuffers';
import { describe, expect, it } from 'vitest';
import { buildModelMetadata, type ImageModelMetadata } from '../../../../lib/vision/model/model-metadata';

/**
 * Reads the built flatbuffer back with the flatbuffers ByteBuffer alone, by the field numbers of
 * tensorflow_lite_support/metadata/metadata_schema.fbs written out here (a union takes two fields:
 * type, then value). So these tests check the numbers lib/vision/model/tflite-schema.ts uses too.
 */

const SPEC: ImageModelMetadata = {
  name: 'Face detector', description: 'A detector.', version: '1.2.3', author: 'Someone', license: 'Apache-2.0',
  input: { name: 'image', description: 'RGB image.', mean: [127.5], std: [127.5] },
};

type At = { bb: ByteBuffer; pos: number };
const field = (t: At, n: number) => t.bb.__offset(t.pos, 4 + 2 * n);
const table = (t: At, n: number): At => ({ bb: t.bb, pos: t.bb.__indirect(t.pos + field(t, n)) });
const element = (t: At, n: number, i: number): At => ({ bb: t.bb, pos: t.bb.__indirect(t.bb.__vector(t.pos + field(t, n)) + 4 * i) });
const length = (t: At, n: number) => (field(t, n) ? t.bb.__vector_len(t.pos + field(t, n)) : 0);
const text = (t: At, n: number) => (field(t, n) ? (t.bb.__string(t.pos + field(t, n)) as string) : undefined);
const byte = (t: At, n: number) => t.bb.readInt8(t.pos + field(t, n));
const floats = (t: At, n: number) => Array.from({ length: length(t, n) }, (_, i) => t.bb.readFloat32(t.bb.__vector(t.pos + field(t, n)) + 4 * i));

function readBack(bytes: Uint8Array) {
  const bb = new ByteBuffer(bytes);
  const model: At = { bb, pos: bb.readInt32(0) };
  const subgraph = element(model, 3, 0); // ModelMetadata.subgraph_metadata
  const input = element(subgraph, 2, 0); // SubGraphMetadata.input_tensor_metadata
  const content = table(input, 3); // TensorMetadata.content
  const unit = element(input, 4, 0); // TensorMetadata.process_units
  return { bb, model, subgraph, input, content, unit };
}

describe('buildModelMetadata', () => {
  const m = readBack(buildModelMetadata(SPEC));
  it.each<[string, () => unknown, unknown]>([
    ['file identifier', () => m.bb.getBufferIdentifier(), 'M001'],
    ['ModelMetadata.name', () => text(m.model, 0), 'Face detector'],
    ['ModelMetadata.description', () => text(m.model, 1), 'A detector.'],
    ['ModelMetadata.version', () => text(m.model, 2), '1.2.3'],
    ['ModelMetadata.author', () => text(m.model, 4), 'Someone'],
    ['ModelMetadata.license', () => text(m.model, 5), 'Apache-2.0'],
    ['ModelMetadata.min_parser_version', () => text(m.model, 7), '1.0.0'],
    ['one subgraph', () => length(m.model, 3), 1],
    ['one input tensor', () => length(m.subgraph, 2), 1],
    ['no output tensor metadata', () => length(m.subgraph, 3), 0],
    ['TensorMetadata.name', () => text(m.input, 0), 'image'],
    ['TensorMetadata.description', () => text(m.input, 1), 'RGB image.'],
    ['Content.content_properties_type = ImageProperties (2)', () => byte(m.content, 0), 2],
    ['ImageProperties.color_space = RGB (1)', () => byte(table(m.content, 1), 0), 1],
    ['one process unit', () => length(m.input, 4), 1],
    ['ProcessUnit.options_type = NormalizationOptions (1)', () => byte(m.unit, 0), 1],
    ['NormalizationOptions.mean', () => floats(table(m.unit, 1), 0), [127.5]],
    ['NormalizationOptions.std', () => floats(table(m.unit, 1), 1), [127.5]],
  ])('%s', (_, read, expected) => {
    expect(read()).toEqual(expected);
  });

  it.each<[string, number[], number[]]>([
    ['landmarks: 0..255 to 0..1', [0], [255]],
    ['per channel', [123.5, 116.25, 103.5], [58.5, 57, 57.5]],
  ])('writes normalisation %s', (_, mean, std) => {
    const unit = readBack(buildModelMetadata({ ...SPEC, input: { ...SPEC.input, mean, std } })).unit;
    expect([floats(table(unit, 1), 0), floats(table(unit, 1), 1)]).toEqual([mean, std]);
  });

  it('writes the same bytes for the same spec', () => {
    expect(buildModelMetadata(SPEC)).toEqual(buildModelMetadata(structuredClone(SPEC)));
  });
});

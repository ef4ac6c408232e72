import { Builder, type Offset } from 'flatbuffers';

/**
 * A small, hand-built TFLite flatbuffer for tests (never run, only read). Field numbers are written
 * out from tensorflow/lite/schema/schema.fbs rather than taken from lib/vision/model/tflite-schema.ts,
 * so a wrong number there cannot hide behind the same number here.
 *
 * Model: one subgraph; tensor 0 input [1, 4], tensor 1 "weights" [4] with constant data in buffer 1,
 * tensor 2 output [1, 1, 1, 6], tensor 3 output [1, 1]; two operators using one operator code.
 */

export interface TinyModelOptions {
  /** `Model.metadata` entries to include, each with its own buffer. */
  metadata?: { name: string; data: Uint8Array }[];
  /** Gives buffer 1 an `offset` field, as models with data outside the flatbuffer have. */
  externalBuffer?: boolean;
  /** Adds an (empty) signature_defs vector. */
  signatureDefs?: boolean;
}

export const TINY_WEIGHTS = Uint8Array.from([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16]);

export function tinyTflite(options: TinyModelOptions = {}): Uint8Array {
  const b = new Builder(256);
  const vec = (values: number[]) => {
    b.startVector(4, values.length, 4);
    for (let i = values.length - 1; i >= 0; i--) b.addInt32(values[i]!);
    return b.endVector();
  };
  const offsets = (values: Offset[]) => {
    b.startVector(4, values.length, 4);
    for (let i = values.length - 1; i >= 0; i--) b.addOffset(values[i]!);
    return b.endVector();
  };
  const table = (fields: [slot: number, kind: 'offset' | 'int32' | 'int8', value: number][]) => {
    b.startObject(8);
    for (const [slot, kind, value] of fields) {
      if (kind === 'offset') b.addFieldOffset(slot, value, 0);
      else if (kind === 'int32') b.addFieldInt32(slot, value, 0);
      else b.addFieldInt8(slot, value, 0);
    }
    return b.endObject();
  };

  // Buffer {data 0, offset 1}: buffer 0 is the empty sentinel, buffer 1 the weights.
  b.prep(16, TINY_WEIGHTS.length);
  const weights = b.createByteVector(TINY_WEIGHTS);
  const buffers = [table([]), table([[0, 'offset', weights]])];
  if (options.externalBuffer) {
    b.startObject(3);
    b.addFieldInt64(1, 4096n, 0n);
    buffers.push(b.endObject());
  }
  const metadata = (options.metadata ?? []).map((m) => {
    const data = b.createByteVector(m.data);
    buffers.push(table([[0, 'offset', data]]));
    return table([[0, 'offset', b.createString(m.name)], [1, 'int32', buffers.length - 1]]);
  });

  // Tensor {shape 0, type 1 (FLOAT32 = 0), buffer 2, name 3}
  const tensor = (name: string, shape: number[], buffer: number) =>
    table([[0, 'offset', vec(shape)], [2, 'int32', buffer], [3, 'offset', b.createString(name)]]);
  const tensors = [tensor('input', [1, 4], 0), tensor('weights', [4], 1), tensor('output', [1, 1, 1, 6], 0), tensor('flag', [1, 1], 0)];
  // Operator {opcode_index 0, inputs 1, outputs 2}
  const operators = [table([[1, 'offset', vec([0, 1])], [2, 'offset', vec([2])]]), table([[1, 'offset', vec([2])], [2, 'offset', vec([3])]])];
  // SubGraph {tensors 0, inputs 1, outputs 2, operators 3, name 4}
  const subgraph = table([
    [0, 'offset', offsets(tensors)], [1, 'offset', vec([0])], [2, 'offset', vec([2, 3])],
    [3, 'offset', offsets(operators)], [4, 'offset', b.createString('main')],
  ]);
  // OperatorCode {deprecated_builtin_code 0, version 2, builtin_code 3}: FULLY_CONNECTED = 9
  const code = table([[0, 'int8', 9], [2, 'int32', 1], [3, 'int32', 9]]);
  const description = b.createString('tiny test model');
  const fields: [number, 'offset' | 'int32', number][] = [
    [0, 'int32', 3], [1, 'offset', offsets([code])], [2, 'offset', offsets([subgraph])],
    [3, 'offset', description], [4, 'offset', offsets(buffers)],
  ];
  if (metadata.length > 0) fields.push([6, 'offset', offsets(metadata)]);
  if (options.signatureDefs) fields.push([7, 'offset', offsets([])]);
  b.finish(table(fields), 'TFL3');
  return b.asUint8Array().slice();
}

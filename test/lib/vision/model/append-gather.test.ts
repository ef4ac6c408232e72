import { describe, expect, it } from 'vitest';
import { appendOutputGather, type OutputGather } from '../../../../lib/vision/model/append-gather';
import { readBytes, readInt32s, readScalar, readTable, readTables, rootTable } from '../../../../lib/vision/model/flatbuffer-table';
import { landmarkGatherIndices } from '../../../../lib/vision/model/landmark-gather-indices';
import { summarizeTflite } from '../../../../lib/vision/model/tflite-summary';
import { faceMeshAsset } from './real-models';
import { tinyTflite } from './tiny-tflite';

const gather = (indices: number[], axis = 3): OutputGather => ({ indices: Int32Array.from(indices), axis, indicesName: 'picks', outputName: 'picked' });

/**
 * The appended operator and its indices, read by schema.fbs field numbers: Model.subgraphs 2,
 * Model.buffers 4, SubGraph.tensors 0 / operators 3, Operator.inputs 1 / outputs 2 /
 * builtin_options_type 3 / builtin_options 4, Tensor.type 1 / buffer 2, GatherOptions.axis 0.
 */
function lastOperator(model: Uint8Array) {
  const root = rootTable(model);
  const main = readTables(root, 2)[0]!;
  const op = readTables(main, 3).at(-1)!;
  const [source, indicesTensor] = readInt32s(op, 1) as [number, number];
  const tensor = readTables(main, 0)[indicesTensor]!;
  const data = readBytes(readTables(root, 4)[readScalar(tensor, 2, 'uint32')]!, 0)!;
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  return {
    inputs: [source, indicesTensor], outputs: readInt32s(op, 2), optionsType: readScalar(op, 3, 'uint8'),
    axis: readScalar(readTable(op, 4)!, 0, 'int32'), indicesType: readScalar(tensor, 1, 'int8'),
    indices: Array.from({ length: data.length / 4 }, (_, i) => view.getInt32(i * 4, true)),
  };
}

describe('appendOutputGather', () => {
  // The hand-built model: output 0 is tensor 2 of shape [1, 1, 1, 6], output 1 tensor 3; 4 tensors.
  it.each<[string, number[], number, number[]]>([
    ['picks values along the last axis', [5, 0, 1], 3, [1, 1, 1, 3]],
    ['repeats values', [2, 2, 2, 2, 2, 2, 2, 2], 3, [1, 1, 1, 8]],
    ['gathers along another axis', [0, 0], 1, [1, 2, 1, 6]],
  ])('%s', (_, indices, axis, shape) => {
    const model = appendOutputGather(tinyTflite({ signatureDefs: true }), gather(indices, axis));
    const [main] = summarizeTflite(model).subgraphs;
    expect(main!.outputs).toEqual([{ name: 'picked', shape, type: 0 }, { name: 'flag', shape: [1, 1], type: 0 }]);
    expect(main!.inputs).toEqual([{ name: 'input', shape: [1, 4], type: 0 }]);
    expect(main!.builtinCodes).toEqual([9, 9, 36]); // GATHER last
    expect(lastOperator(model)).toEqual({ inputs: [2, 4], outputs: [5], optionsType: 23, axis, indicesType: 2, indices });
  });

  it('widens the 468-point face mesh to the 478 × 3 values MediaPipe Tasks decodes', () => {
    const before = faceMeshAsset('face_landmark.tflite');
    const model = appendOutputGather(before, { ...gather([]), indices: landmarkGatherIndices() });
    const [was] = summarizeTflite(before).subgraphs;
    const [main] = summarizeTflite(model).subgraphs;
    expect(main!.outputs.map((t) => t.shape)).toEqual([[1, 1, 1, 1434], [1, 1, 1, 1]]);
    expect(main!.inputs).toEqual(was!.inputs);
    expect(main!.builtinCodes).toEqual([...was!.builtinCodes, 36]);
    expect(lastOperator(model).indices).toEqual([...landmarkGatherIndices()]);
  });

  it.each<[string, OutputGather, RegExp]>([
    ['an axis the output does not have', gather([0], 4), /axis 4 is outside output shape \[1, 1, 1, 6\]/],
    ['an index past the axis', gather([0, 6]), /gather index 6 is outside 0\.\.5 of axis 3/],
    ['a negative index', gather([-1]), /gather index -1 is outside/],
  ])('refuses %s', (_, spec, error) => {
    expect(() => appendOutputGather(tinyTflite(), spec)).toThrow(error);
  });
});

import { readInt32s, readScalar, readTables, FlatbufferError } from './flatbuffer-table';
import { alignedBytes, int32Vector, offsetVector } from './flatbuffer-write';
import { finishModelRewrite, originalRef, originalTables, startModelRewrite } from './model-rewrite';
import { TFLITE } from './tflite-schema';

/**
 * Appends one GATHER op to a TFLite model's main subgraph: it picks `indices` along `axis` of the
 * subgraph's first output, and its result becomes that first output. This reshapes what a model
 * emits without retraining it, e.g. 468 face landmarks into the 478 slots MediaPipe Tasks decodes.
 * Signature defs are dropped because they would still name the old output.
 */

export interface OutputGather {
  indices: Int32Array;
  axis: number;
  /** Tensor names, for people reading the model in a viewer. */
  indicesName: string;
  outputName: string;
}

export function appendOutputGather(model: Uint8Array, gather: OutputGather): Uint8Array {
  const { Model, SubGraph, Tensor, Operator, OperatorCode, Buffer, GatherOptions, TensorType } = TFLITE;
  const r = startModelRewrite(model);
  const { b } = r;
  const [main, ...others] = readTables(r.model, Model.subgraphs);
  if (!main) throw new FlatbufferError('model has no subgraph');
  const tensors = originalTables(r, main, SubGraph.tensors);
  const outputs = readInt32s(main, SubGraph.outputs);
  const source = outputs[0];
  const sourceTensor = source === undefined ? undefined : readTables(main, SubGraph.tensors)[source];
  if (source === undefined || !sourceTensor) throw new FlatbufferError('main subgraph has no output tensor');
  const shape = readInt32s(sourceTensor, Tensor.shape);
  const size = shape[gather.axis];
  if (size === undefined) throw new FlatbufferError(`axis ${gather.axis} is outside output shape [${shape.join(', ')}]`);
  const bad = gather.indices.find((i) => i < 0 || i >= size);
  if (bad !== undefined) throw new FlatbufferError(`gather index ${bad} is outside 0..${size - 1} of axis ${gather.axis}`);

  const buffers = originalTables(r, r.model, Model.buffers);
  const indexBytes = new Uint8Array(gather.indices.length * 4);
  const view = new DataView(indexBytes.buffer);
  gather.indices.forEach((value, i) => view.setInt32(i * 4, value, true)); // TFLite buffers are little-endian
  const indexData = alignedBytes(b, indexBytes, 16);
  b.startObject(1);
  b.addFieldOffset(Buffer.data, indexData, 0);
  const indexBuffer = b.endObject();
  b.startObject(1);
  const outputBuffer = b.endObject(); // no data: filled at run time

  const tensor = (name: string, dims: number[], type: number, buffer: number) => {
    const nameOffset = b.createString(name);
    const shapeOffset = int32Vector(b, dims);
    b.startObject(4);
    b.addFieldOffset(Tensor.shape, shapeOffset, 0);
    b.addFieldInt8(Tensor.type, type, 0);
    b.addFieldInt32(Tensor.buffer, buffer, 0);
    b.addFieldOffset(Tensor.name, nameOffset, 0);
    return b.endObject();
  };
  const indexTensor = tensors.length;
  const outputTensor = tensors.length + 1;
  const newTensors = [
    tensor(gather.indicesName, [gather.indices.length], TensorType.INT32, buffers.length),
    tensor(gather.outputName, shape.with(gather.axis, gather.indices.length), readScalar(sourceTensor, Tensor.type, 'int8'), buffers.length + 1),
  ];

  const operatorCodes = originalTables(r, r.model, Model.operatorCodes);
  b.startObject(4);
  b.addFieldInt8(OperatorCode.deprecatedBuiltinCode, TFLITE.BuiltinOperator.GATHER, 0);
  b.addFieldInt32(OperatorCode.version, 1, 0);
  b.addFieldInt32(OperatorCode.builtinCode, TFLITE.BuiltinOperator.GATHER, 0);
  const gatherCode = b.endObject();

  b.startObject(1);
  b.addFieldInt32(GatherOptions.axis, gather.axis, 0);
  const options = b.endObject();
  const opInputs = int32Vector(b, [source, indexTensor]);
  const opOutputs = int32Vector(b, [outputTensor]);
  b.startObject(5);
  b.addFieldInt32(Operator.opcodeIndex, operatorCodes.length, 0);
  b.addFieldOffset(Operator.inputs, opInputs, 0);
  b.addFieldOffset(Operator.outputs, opOutputs, 0);
  b.addFieldInt8(Operator.builtinOptionsType, TFLITE.BuiltinOptions.GatherOptions, 0);
  b.addFieldOffset(Operator.builtinOptions, options, 0);
  const gatherOp = b.endObject();

  const subgraph = {
    tensors: offsetVector(b, [...tensors, ...newTensors]),
    outputs: int32Vector(b, [outputTensor, ...outputs.slice(1)]),
    operators: offsetVector(b, [...originalTables(r, main, SubGraph.operators), gatherOp]),
  };
  const inputs = originalRef(r, main, SubGraph.inputs);
  const name = originalRef(r, main, SubGraph.name);
  b.startObject(5);
  b.addFieldOffset(SubGraph.tensors, subgraph.tensors, 0);
  if (inputs !== undefined) b.addFieldOffset(SubGraph.inputs, inputs, 0);
  b.addFieldOffset(SubGraph.outputs, subgraph.outputs, 0);
  b.addFieldOffset(SubGraph.operators, subgraph.operators, 0);
  if (name !== undefined) b.addFieldOffset(SubGraph.name, name, 0);
  const newMain = b.endObject();

  return finishModelRewrite(r, {
    operatorCodes: offsetVector(b, [...operatorCodes, gatherCode]),
    subgraphs: offsetVector(b, [newMain, ...others.map((s) => r.at(s.pos))]),
    buffers: offsetVector(b, [...buffers, indexBuffer, outputBuffer]),
    dropSignatureDefs: true,
  });
}

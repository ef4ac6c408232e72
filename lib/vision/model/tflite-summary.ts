import { ByteBuffer } from 'flatbuffers';
import { readBytes, readInt32s, readScalar, readString, readTables, rootTable, type FbTable } from './flatbuffer-table';
import { TFLITE, TFLITE_IDENTIFIER } from './tflite-schema';

/** What a TFLite model exposes, for checking a built model and for the build's report. */
export interface TfliteSummary {
  version: number;
  /** `Model.metadata` entries: name and the bytes of the buffer each names. */
  metadata: { name: string; data: Uint8Array }[];
  subgraphs: {
    inputs: TensorSummary[];
    outputs: TensorSummary[];
    operatorCount: number;
    /** Builtin code of each operator's operator code, in execution order. */
    builtinCodes: number[];
  }[];
}
export interface TensorSummary {
  name: string;
  shape: number[];
  type: number;
}

export function summarizeTflite(bytes: Uint8Array): TfliteSummary {
  const { Model, SubGraph, Operator, OperatorCode, Metadata, Buffer } = TFLITE;
  const model = rootTable(bytes, TFLITE_IDENTIFIER);
  const buffers = readTables(model, Model.buffers);
  const codes = readTables(model, Model.operatorCodes).map((c) =>
    // Codes below 127 are also in the deprecated byte field, which older converters wrote alone.
    Math.max(readScalar(c, OperatorCode.builtinCode, 'int32'), readScalar(c, OperatorCode.deprecatedBuiltinCode, 'int8')),
  );
  return {
    version: readScalar(model, Model.version, 'uint32'),
    metadata: readTables(model, Model.metadata).map((m) => {
      const buffer = buffers[readScalar(m, Metadata.buffer, 'uint32')];
      return { name: readString(m, Metadata.name) ?? '', data: (buffer && readBytes(buffer, Buffer.data)) ?? new Uint8Array() };
    }),
    subgraphs: readTables(model, Model.subgraphs).map((s) => {
      const tensors = readTables(s, SubGraph.tensors);
      const describe = (i: number) => tensorSummary(tensors[i], i);
      const operators = readTables(s, SubGraph.operators);
      return {
        inputs: readInt32s(s, SubGraph.inputs).map(describe),
        outputs: readInt32s(s, SubGraph.outputs).map(describe),
        operatorCount: operators.length,
        builtinCodes: operators.map((o) => codes[readScalar(o, Operator.opcodeIndex, 'uint32')] ?? -1),
      };
    }),
  };
}

function tensorSummary(t: FbTable | undefined, index: number): TensorSummary {
  if (!t) throw new Error(`tensor ${index} does not exist`);
  const { Tensor } = TFLITE;
  return { name: readString(t, Tensor.name) ?? '', shape: readInt32s(t, Tensor.shape), type: readScalar(t, Tensor.type, 'int8') };
}

/** The 4-character file identifier of a flatbuffer (bytes 4-7), e.g. "TFL3" or "M001". */
export function fileIdentifier(bytes: Uint8Array): string {
  return new ByteBuffer(bytes).getBufferIdentifier();
}

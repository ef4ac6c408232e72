import { Builder, type Offset } from 'flatbuffers';
import { fieldPos, readScalar, readTables, refPos, rootTable, FlatbufferError, type FbTable } from './flatbuffer-table';
import { alignedBytes } from './flatbuffer-write';
import { TFLITE, TFLITE_IDENTIFIER } from './tflite-schema';

/**
 * Rewrites a TFLite model without its schema compiler. Flatbuffer offsets are relative, so the whole
 * original model is copied as one aligned byte vector into a new buffer, and a new root Model table
 * points into that copy for everything that does not change (tensors, weights, operators). Only the
 * vectors that grow are written anew, and they too refer to the original tables inside the copy.
 * The price is the original's own root and vectors staying in the file as dead bytes (a few KB).
 */

export interface ModelRewrite {
  b: Builder;
  /** The original model, for reading. */
  model: FbTable;
  /** The Builder offset of the object that starts at `pos` in the original bytes. */
  at(pos: number): Offset;
}

/** Largest alignment TFLite asks for (`Buffer.data` is force_align 16). */
const MODEL_ALIGN = 16;

export function startModelRewrite(bytes: Uint8Array): ModelRewrite {
  const model = rootTable(bytes, TFLITE_IDENTIFIER);
  for (const [i, buffer] of readTables(model, TFLITE.Model.buffers).entries()) {
    if (fieldPos(buffer, TFLITE.Buffer.offset) !== undefined) {
      throw new FlatbufferError(`buffer ${i} keeps its data outside the flatbuffer, which a rewrite would break`);
    }
  }
  const b = new Builder(bytes.length + 4096);
  const copy = alignedBytes(b, bytes, MODEL_ALIGN);
  // `copy` is the distance from the end of the buffer to the vector's 4-byte length; its data follows.
  const dataStart = copy - 4;
  return { b, model, at: (pos) => dataStart - pos };
}

/** Offsets of the original tables in a vector-of-tables field, for reuse in a new vector. */
export function originalTables(r: ModelRewrite, table: FbTable, field: number): Offset[] {
  return readTables(table, field).map((t) => r.at(t.pos));
}

/** Offset of the original object an offset field refers to, or undefined when the field is absent. */
export function originalRef(r: ModelRewrite, table: FbTable, field: number): Offset | undefined {
  const pos = refPos(table, field);
  return pos === undefined ? undefined : r.at(pos);
}

export interface ModelChanges {
  operatorCodes?: Offset;
  subgraphs?: Offset;
  buffers?: Offset;
  metadata?: Offset;
  /** Signature defs name input and output tensors; they must go when the outputs change. */
  dropSignatureDefs?: boolean;
}

/** Writes the new root Model: the changed vectors, everything else pointing at the original. */
export function finishModelRewrite(r: ModelRewrite, changes: ModelChanges): Uint8Array {
  const { b, model } = r;
  const F = TFLITE.Model;
  const fields: [number, Offset | undefined][] = [
    [F.operatorCodes, changes.operatorCodes ?? originalRef(r, model, F.operatorCodes)],
    [F.subgraphs, changes.subgraphs ?? originalRef(r, model, F.subgraphs)],
    [F.description, originalRef(r, model, F.description)],
    [F.buffers, changes.buffers ?? originalRef(r, model, F.buffers)],
    [F.metadataBuffer, originalRef(r, model, F.metadataBuffer)],
    [F.metadata, changes.metadata ?? originalRef(r, model, F.metadata)],
    [F.signatureDefs, changes.dropSignatureDefs ? undefined : originalRef(r, model, F.signatureDefs)],
  ];
  b.startObject(8);
  b.addFieldInt32(F.version, readScalar(model, F.version, 'uint32'), 0);
  for (const [field, offset] of fields) if (offset !== undefined) b.addFieldOffset(field, offset, 0);
  b.finish(b.endObject(), TFLITE_IDENTIFIER);
  return b.asUint8Array().slice();
}

import { ByteBuffer } from 'flatbuffers';

/**
 * Reads flatbuffer tables by field number, without generated code: the model rewrite needs only a
 * handful of fields of the TFLite schema, and reading them by slot keeps the schema out of the repo.
 * A field's entry in its table's vtable is at byte 4 + 2 × field number.
 */

export interface FbTable {
  bb: ByteBuffer;
  /** Absolute position of the table in `bb`. */
  pos: number;
}

export class FlatbufferError extends Error {
  override name = 'FlatbufferError';
}

/** The root table of a finished flatbuffer; checks the 4-character file identifier when given. */
export function rootTable(bytes: Uint8Array, identifier?: string): FbTable {
  if (bytes.length < 8) throw new FlatbufferError(`flatbuffer too short (${bytes.length} bytes)`);
  const bb = new ByteBuffer(bytes);
  if (identifier !== undefined && bb.getBufferIdentifier() !== identifier) {
    throw new FlatbufferError(`expected file identifier ${identifier}, found ${JSON.stringify(bb.getBufferIdentifier())}`);
  }
  return { bb, pos: inBounds(bb, bb.readUint32(0)) };
}

/** Absolute position of the field's value, or undefined when the field is absent (its default). */
export function fieldPos(t: FbTable, field: number): number | undefined {
  const rel = t.bb.__offset(t.pos, 4 + 2 * field);
  return rel === 0 ? undefined : inBounds(t.bb, t.pos + rel);
}

/** Absolute position of the object (table, vector or string) an offset field refers to. */
export function refPos(t: FbTable, field: number): number | undefined {
  const at = fieldPos(t, field);
  return at === undefined ? undefined : inBounds(t.bb, t.bb.__indirect(at));
}

export function readTable(t: FbTable, field: number): FbTable | undefined {
  const pos = refPos(t, field);
  return pos === undefined ? undefined : { bb: t.bb, pos };
}

/** Elements of a vector of tables (an absent vector reads as empty). */
export function readTables(t: FbTable, field: number): FbTable[] {
  return vectorElements(t, field, 4).map((at) => ({ bb: t.bb, pos: inBounds(t.bb, t.bb.__indirect(at)) }));
}

export function readInt32s(t: FbTable, field: number): number[] {
  return vectorElements(t, field, 4).map((at) => t.bb.readInt32(at));
}

export function readFloat32s(t: FbTable, field: number): number[] {
  return vectorElements(t, field, 4).map((at) => t.bb.readFloat32(at));
}

export function readBytes(t: FbTable, field: number): Uint8Array | undefined {
  const vector = vectorAt(t, field, 1);
  return vector && t.bb.bytes().subarray(vector.start, vector.start + vector.length);
}

export function readString(t: FbTable, field: number): string | undefined {
  const bytes = stringBytes(t, field);
  return bytes === undefined ? undefined : new TextDecoder().decode(bytes);
}

type Scalar = 'int8' | 'uint8' | 'int32' | 'uint32';
export function readScalar(t: FbTable, field: number, type: Scalar, fallback = 0): number {
  const at = fieldPos(t, field);
  if (at === undefined) return fallback;
  switch (type) {
    case 'int8': return t.bb.readInt8(at);
    case 'uint8': return t.bb.readUint8(at);
    case 'int32': return t.bb.readInt32(at);
    case 'uint32': return t.bb.readUint32(at);
  }
}

/** Absolute positions of the elements of a vector field. */
function vectorElements(t: FbTable, field: number, elementSize: number): number[] {
  const vector = vectorAt(t, field, elementSize);
  return Array.from({ length: vector?.length ?? 0 }, (_, i) => vector!.start + i * elementSize);
}

/** Where a vector field's elements start and how many there are. */
function vectorAt(t: FbTable, field: number, elementSize: number): { start: number; length: number } | undefined {
  const at = fieldPos(t, field);
  if (at === undefined) return undefined;
  const start = t.bb.__vector(at);
  const length = t.bb.__vector_len(at);
  if (length > 0) inBounds(t.bb, start + length * elementSize - 1);
  return { start, length };
}

function stringBytes(t: FbTable, field: number): Uint8Array | undefined {
  const pos = refPos(t, field);
  if (pos === undefined) return undefined;
  const length = t.bb.readUint32(pos);
  inBounds(t.bb, pos + 4 + length - 1);
  return t.bb.bytes().subarray(pos + 4, pos + 4 + length);
}

function inBounds(bb: ByteBuffer, pos: number): number {
  if (!Number.isInteger(pos) || pos < 0 || pos >= bb.capacity()) throw new FlatbufferError(`offset ${pos} outside the ${bb.capacity()}-byte buffer`);
  return pos;
}

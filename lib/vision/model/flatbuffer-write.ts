import type { Builder, Offset } from 'flatbuffers';

/**
 * Vector helpers the flatbuffers Builder lacks. The Builder writes back to front, so elements are
 * added last to first.
 */

export function offsetVector(b: Builder, offsets: readonly Offset[]): Offset {
  b.startVector(4, offsets.length, 4);
  for (let i = offsets.length - 1; i >= 0; i--) b.addOffset(offsets[i]!);
  return b.endVector();
}

export function int32Vector(b: Builder, values: ArrayLike<number>): Offset {
  b.startVector(4, values.length, 4);
  for (let i = values.length - 1; i >= 0; i--) b.addInt32(values[i]!);
  return b.endVector();
}

export function float32Vector(b: Builder, values: readonly number[]): Offset {
  b.startVector(4, values.length, 4);
  for (let i = values.length - 1; i >= 0; i--) b.addFloat32(values[i]!);
  return b.endVector();
}

/**
 * A byte vector whose first byte sits at a multiple of `align` from the start of the finished buffer
 * (the Builder keeps the total size a multiple of the largest alignment it was asked for). TFLite
 * declares `Buffer.data` with force_align 16, and an embedded model keeps its own layout only if it
 * starts on such a boundary.
 */
export function alignedBytes(b: Builder, bytes: Uint8Array, align: number): Offset {
  b.prep(align, bytes.length);
  return b.createByteVector(bytes);
}

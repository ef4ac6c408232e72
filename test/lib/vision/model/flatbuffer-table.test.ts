import { Builder } from 'flatbuffers';
import { describe, expect, it } from 'vitest';
import {
  readBytes, readFloat32s, readInt32s, readScalar, readString, readTable, readTables, rootTable, type FbTable,
} from '../../../../lib/vision/model/flatbuffer-table';
import { float32Vector, int32Vector, offsetVector } from '../../../../lib/vision/model/flatbuffer-write';

/** A root table with one field of each kind the reader supports; field 10 is left absent. */
function sample(): Uint8Array {
  const b = new Builder(64);
  const child = (value: number) => {
    b.startObject(1);
    b.addFieldInt32(0, value, 0);
    return b.endObject();
  };
  const text = b.createString('héllo');
  const ints = int32Vector(b, [1, -2, 3]);
  const floats = float32Vector(b, [0.5, -1.25]);
  const bytes = b.createByteVector(Uint8Array.from([1, 2, 3]));
  const sub = child(42);
  const list = offsetVector(b, [child(1), child(2)]);
  b.startObject(11);
  b.addFieldInt8(0, -5, 0);
  b.addFieldInt8(1, 200, 0);
  b.addFieldInt32(2, -7, 0);
  b.addFieldInt32(3, 0xfffffff0 | 0, 0);
  b.addFieldOffset(4, text, 0);
  b.addFieldOffset(5, ints, 0);
  b.addFieldOffset(6, floats, 0);
  b.addFieldOffset(7, bytes, 0);
  b.addFieldOffset(8, sub, 0);
  b.addFieldOffset(9, list, 0);
  b.finish(b.endObject(), 'TEST');
  return b.asUint8Array().slice();
}

const root = rootTable(sample(), 'TEST');
const valueOf = (t: FbTable | undefined) => (t ? readScalar(t, 0, 'int32') : undefined);

describe('flatbuffer table reader', () => {
  it.each<[string, (t: FbTable) => unknown, unknown]>([
    ['int8', (t) => readScalar(t, 0, 'int8'), -5],
    ['uint8', (t) => readScalar(t, 1, 'uint8'), 200],
    ['int32', (t) => readScalar(t, 2, 'int32'), -7],
    ['uint32', (t) => readScalar(t, 3, 'uint32'), 0xfffffff0],
    ['string (UTF-8)', (t) => readString(t, 4), 'héllo'],
    ['int32 vector', (t) => readInt32s(t, 5), [1, -2, 3]],
    ['float32 vector', (t) => readFloat32s(t, 6), [0.5, -1.25]],
    ['byte vector', (t) => [...readBytes(t, 7)!], [1, 2, 3]],
    ['sub-table', (t) => valueOf(readTable(t, 8)), 42],
    ['vector of tables', (t) => readTables(t, 9).map(valueOf), [1, 2]],
    ['absent scalar: its default', (t) => readScalar(t, 10, 'int32', 3), 3],
    ['absent string', (t) => readString(t, 10), undefined],
    ['absent table', (t) => readTable(t, 10), undefined],
    ['absent vector: empty', (t) => readInt32s(t, 10), []],
    ['absent bytes', (t) => readBytes(t, 10), undefined],
    ['field beyond the vtable', (t) => readTables(t, 40), []],
  ])('reads %s', (_, read, expected) => {
    expect(read(root)).toEqual(expected);
  });

  it.each<[string, Uint8Array, string | undefined, RegExp]>([
    ['a buffer too short to hold a root', new Uint8Array(4), undefined, /too short/],
    ['another file identifier', sample(), 'TFL3', /expected file identifier TFL3, found "TEST"/],
    ['a root offset past the end', Uint8Array.from([0xff, 0xff, 0, 0, 84, 69, 83, 84]), undefined, /outside the 8-byte buffer/],
  ])('refuses %s', (_, bytes, identifier, error) => {
    expect(() => rootTable(bytes, identifier)).toThrow(error);
  });
});

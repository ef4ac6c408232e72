import { Builder } from 'flatbuffers';
import { describe, expect, it } from 'vitest';
import { readBytes, rootTable } from '../../../../lib/vision/model/flatbuffer-table';
import { alignedBytes } from '../../../../lib/vision/model/flatbuffer-write';

describe('alignedBytes', () => {
  // Something of an awkward size is written first, so the vector cannot land aligned by luck.
  it.each<[number, number, number]>([
    [16, 1, 5], [16, 3, 37], [16, 7, 1000], [64, 5, 13], [8, 9, 3],
  ])('starts the data at a multiple of %i (after %i odd bytes, %i data bytes)', (align, before, length) => {
    const b = new Builder(8);
    b.createByteVector(new Uint8Array(before).fill(0xee));
    const data = Uint8Array.from({ length }, (_, i) => i & 0xff);
    const vector = alignedBytes(b, data, align);
    b.startObject(1);
    b.addFieldOffset(0, vector, 0);
    b.finish(b.endObject());
    const bytes = b.asUint8Array();
    const read = readBytes(rootTable(bytes), 0)!;
    expect([...read]).toEqual([...data]);
    expect(read.byteOffset - bytes.byteOffset).toSatisfy((start: number) => start % align === 0);
  });
});

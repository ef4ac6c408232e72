import { describe, expect, it } from 'vitest';
import { readZip } from '../../../../lib/vision/model/zip-read';
import { writeStoredZip } from '../../../../lib/vision/model/zip-write';

const DATA = Uint8Array.from({ length: 40 }, (_, i) => i);
/** A one-member archive: local header at 0, name "m.bin" (5 bytes), data at 35, directory at 75. */
const archive = () => writeStoredZip([{ name: 'm.bin', data: DATA }]);
const DATA_AT = 30 + 5;
const DIRECTORY_AT = DATA_AT + DATA.length;

const patched = (patch: (view: DataView, bytes: Uint8Array) => void) => {
  const bytes = archive();
  patch(new DataView(bytes.buffer), bytes);
  return bytes;
};

describe('readZip', () => {
  it('reads a member with its offset, method and CRC', () => {
    const [member, ...rest] = readZip(archive());
    expect(rest).toEqual([]);
    expect(member).toMatchObject({ name: 'm.bin', method: 0, dataOffset: DATA_AT });
    expect([...member!.data]).toEqual([...DATA]);
  });

  it('finds the end record behind an archive comment', () => {
    const bytes = archive();
    const comment = new TextEncoder().encode('built by HireProof');
    const withComment = new Uint8Array(bytes.length + comment.length);
    withComment.set(bytes);
    withComment.set(comment, bytes.length);
    new DataView(withComment.buffer).setUint16(bytes.length - 2, comment.length, true);
    expect(readZip(withComment).map((m) => m.name)).toEqual(['m.bin']);
  });

  it('returns a compressed member as stored, without checking its CRC', () => {
    const bytes = patched((view) => {
      view.setUint16(8, 8, true); // local header: deflate
      view.setUint16(DIRECTORY_AT + 10, 8, true); // central header: deflate
      view.setUint32(DIRECTORY_AT + 16, 0x12345678, true);
    });
    expect(readZip(bytes)[0]).toMatchObject({ method: 8, crc32: 0x12345678 });
  });

  it.each<[string, Uint8Array, RegExp]>([
    ['empty input', new Uint8Array(), /no end-of-central-directory/],
    ['not a zip', new TextEncoder().encode('just some text, long enough to search through'), /no end-of-central-directory/],
    ['a changed data byte', patched((_, b) => (b[DATA_AT + 3] = b[DATA_AT + 3]! ^ 1)), /CRC-32 0x[0-9a-f]{8} does not match/],
    ['a broken local header', patched((view) => view.setUint32(0, 0, true)), /bad local header signature/],
    ['a broken central header', patched((view) => view.setUint32(DIRECTORY_AT, 0, true)), /central header 0: bad signature/],
    ['a local name that differs', patched((_, b) => (b[30] = 'n'.charCodeAt(0))), /local header names "n.bin"/],
    ['STORED sizes that differ', patched((view) => view.setUint32(DIRECTORY_AT + 24, 41, true)), /sizes differ/],
    ['data running past the end', patched((view) => view.setUint32(DIRECTORY_AT + 20, 4000, true)), /runs past the end/],
    ['a directory past the end record', patched((view, b) => view.setUint32(b.length - 6, 4000, true)), /runs past the end record/],
  ])('refuses %s', (_, bytes, error) => {
    expect(() => readZip(bytes)).toThrow(error);
  });
});

import { crc32 } from './crc32';
import {
  CENTRAL_HEADER_SIGNATURE, CENTRAL_HEADER_SIZE, END_OF_CENTRAL_DIRECTORY_SIGNATURE, END_OF_CENTRAL_DIRECTORY_SIZE,
  LOCAL_HEADER_SIGNATURE, LOCAL_HEADER_SIZE, METHOD_STORED, ZipFormatError,
} from './zip-format';

export interface ZipMember {
  name: string;
  /** Compression method from the central directory; 0 is STORED. */
  method: number;
  /** CRC-32 recorded in the central directory. */
  crc32: number;
  /** Offset of the member's first byte from the start of the archive. */
  dataOffset: number;
  /** The member's bytes as stored (a view into the archive, compressed unless STORED). */
  data: Uint8Array;
}

/** Longest archive comment, which sits after the end record and so bounds the search for it. */
const MAX_COMMENT = 0xffff;

/**
 * Lists a zip archive's members from its central directory and checks each against its local header.
 * STORED members are checked against their CRC-32; others are returned without being inflated.
 */
export function readZip(bytes: Uint8Array): ZipMember[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = findEndRecord(view);
  const count = view.getUint16(end + 10, true);
  const directorySize = view.getUint32(end + 12, true);
  const directoryOffset = view.getUint32(end + 16, true);
  if (directoryOffset + directorySize > end) throw new ZipFormatError('central directory runs past the end record');

  const decoder = new TextDecoder('utf-8', { fatal: true });
  const members: ZipMember[] = [];
  let p = directoryOffset;
  for (let i = 0; i < count; i++) {
    need(view, p, CENTRAL_HEADER_SIZE, `central header ${i}`);
    if (view.getUint32(p, true) !== CENTRAL_HEADER_SIGNATURE) throw new ZipFormatError(`central header ${i}: bad signature`);
    const method = view.getUint16(p + 10, true);
    const crc = view.getUint32(p + 16, true);
    const compressedSize = view.getUint32(p + 20, true);
    const size = view.getUint32(p + 24, true);
    const nameLength = view.getUint16(p + 28, true);
    const skip = view.getUint16(p + 30, true) + view.getUint16(p + 32, true); // extra field and comment
    const headerOffset = view.getUint32(p + 42, true);
    need(view, p + CENTRAL_HEADER_SIZE, nameLength, `central header ${i} name`);
    const name = decoder.decode(bytes.subarray(p + CENTRAL_HEADER_SIZE, p + CENTRAL_HEADER_SIZE + nameLength));
    p += CENTRAL_HEADER_SIZE + nameLength + skip;

    need(view, headerOffset, LOCAL_HEADER_SIZE, `${name}: local header`);
    if (view.getUint32(headerOffset, true) !== LOCAL_HEADER_SIGNATURE) throw new ZipFormatError(`${name}: bad local header signature`);
    const localNameLength = view.getUint16(headerOffset + 26, true);
    const localName = decoder.decode(bytes.subarray(headerOffset + LOCAL_HEADER_SIZE, headerOffset + LOCAL_HEADER_SIZE + localNameLength));
    if (localName !== name) throw new ZipFormatError(`${name}: local header names ${JSON.stringify(localName)}`);
    const dataOffset = headerOffset + LOCAL_HEADER_SIZE + localNameLength + view.getUint16(headerOffset + 28, true);
    need(view, dataOffset, compressedSize, `${name}: data`);
    const data = bytes.subarray(dataOffset, dataOffset + compressedSize);
    if (method === METHOD_STORED) {
      if (size !== compressedSize) throw new ZipFormatError(`${name}: STORED but sizes differ (${compressedSize} vs ${size})`);
      const actual = crc32(data);
      if (actual !== crc) throw new ZipFormatError(`${name}: CRC-32 ${hex(actual)} does not match recorded ${hex(crc)}`);
    }
    members.push({ name, method, crc32: crc, dataOffset, data });
  }
  return members;
}

/** Offset of the end-of-central-directory record, searched backwards past any archive comment. */
function findEndRecord(view: DataView): number {
  const last = view.byteLength - END_OF_CENTRAL_DIRECTORY_SIZE;
  for (let p = last; p >= 0 && p >= last - MAX_COMMENT; p--) {
    if (view.getUint32(p, true) === END_OF_CENTRAL_DIRECTORY_SIGNATURE) return p;
  }
  throw new ZipFormatError('not a zip archive: no end-of-central-directory record');
}

function need(view: DataView, offset: number, length: number, what: string) {
  if (offset + length > view.byteLength) throw new ZipFormatError(`${what} runs past the end of the archive`);
}

const hex = (n: number) => `0x${n.toString(16).padStart(8, '0')}`;

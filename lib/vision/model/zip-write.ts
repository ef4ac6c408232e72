import { crc32 } from './crc32';
import {
  ALIGNMENT_EXTRA_ID, CENTRAL_HEADER_SIGNATURE, CENTRAL_HEADER_SIZE, END_OF_CENTRAL_DIRECTORY_SIGNATURE,
  END_OF_CENTRAL_DIRECTORY_SIZE, LOCAL_HEADER_SIGNATURE, LOCAL_HEADER_SIZE, MAX_UINT32, METHOD_STORED,
  VERSION_NEEDED_STORED, ZipFormatError,
} from './zip-format';

export interface ZipEntry {
  /** Path inside the archive: printable ASCII, `/` separated, no `..` segment. */
  name: string;
  data: Uint8Array;
}

export interface ZipWriteOptions {
  /**
   * Start every member's bytes at a multiple of this many bytes from the start of the archive.
   * MediaPipe reads STORED members in place, so aligned members stay aligned in memory.
   */
  align?: number;
}

/** MS-DOS date 1980-01-01 and time 00:00: a fixed timestamp keeps the archive byte-identical per input. */
const DOS_DATE = (0 << 9) | (1 << 5) | 1;
const DOS_TIME = 0;
const NAME_PATTERN = /^[\x20-\x7e]+$/;

/** A zip archive holding `entries` uncompressed (STORED), in the given order. */
export function writeStoredZip(entries: readonly ZipEntry[], options: ZipWriteOptions = {}): Uint8Array {
  const align = options.align ?? 1;
  if (!Number.isInteger(align) || align < 1 || align > 0xffff) throw new ZipFormatError(`align must be an integer from 1 to 65535, got ${align}`);
  if (entries.length > 0xffff) throw new ZipFormatError(`${entries.length} members need zip64, which this writer does not write`);
  const names = new Set<string>();
  const encoder = new TextEncoder();
  const layout: { name: Uint8Array; data: Uint8Array; crc: number; headerOffset: number; extra: number }[] = [];
  let offset = 0;
  for (const entry of entries) {
    checkName(entry.name, names);
    const name = encoder.encode(entry.name);
    const extra = alignmentExtraLength(offset + LOCAL_HEADER_SIZE + name.length, align);
    layout.push({ name, data: entry.data, crc: crc32(entry.data), headerOffset: offset, extra });
    offset += LOCAL_HEADER_SIZE + name.length + extra + entry.data.length;
  }
  const directoryOffset = offset;
  const directorySize = layout.reduce((sum, m) => sum + CENTRAL_HEADER_SIZE + m.name.length, 0);
  const total = directoryOffset + directorySize + END_OF_CENTRAL_DIRECTORY_SIZE;
  if (directoryOffset + directorySize > MAX_UINT32) throw new ZipFormatError('archive over 4 GiB needs zip64, which this writer does not write');

  const out = new Uint8Array(total);
  const view = new DataView(out.buffer);
  for (const m of layout) {
    let p = m.headerOffset;
    view.setUint32(p, LOCAL_HEADER_SIGNATURE, true);
    writeCommonFields(view, p + 4, m);
    view.setUint16(p + 28, m.extra, true);
    out.set(m.name, p + LOCAL_HEADER_SIZE);
    p += LOCAL_HEADER_SIZE + m.name.length;
    if (m.extra > 0) {
      view.setUint16(p, ALIGNMENT_EXTRA_ID, true);
      view.setUint16(p + 2, m.extra - 4, true);
      view.setUint16(p + 4, align, true);
    }
    out.set(m.data, p + m.extra);
  }
  let p = directoryOffset;
  for (const m of layout) {
    view.setUint32(p, CENTRAL_HEADER_SIGNATURE, true);
    view.setUint16(p + 4, VERSION_NEEDED_STORED, true); // version made by: MS-DOS host, 1.0
    writeCommonFields(view, p + 6, m);
    // Extra length, comment length, disk number, internal and external attributes stay zero.
    view.setUint32(p + 42, m.headerOffset, true);
    out.set(m.name, p + CENTRAL_HEADER_SIZE);
    p += CENTRAL_HEADER_SIZE + m.name.length;
  }
  view.setUint32(p, END_OF_CENTRAL_DIRECTORY_SIGNATURE, true);
  view.setUint16(p + 8, layout.length, true);
  view.setUint16(p + 10, layout.length, true);
  view.setUint32(p + 12, directorySize, true);
  view.setUint32(p + 16, directoryOffset, true);
  return out;
}

/** The fields local and central headers share, from "version needed" to "file name length". */
function writeCommonFields(view: DataView, p: number, m: { name: Uint8Array; data: Uint8Array; crc: number }) {
  view.setUint16(p, VERSION_NEEDED_STORED, true);
  view.setUint16(p + 2, 0, true); // flags: no encryption, no data descriptor
  view.setUint16(p + 4, METHOD_STORED, true);
  view.setUint16(p + 6, DOS_TIME, true);
  view.setUint16(p + 8, DOS_DATE, true);
  view.setUint32(p + 10, m.crc, true);
  view.setUint32(p + 14, m.data.length, true);
  view.setUint32(p + 18, m.data.length, true);
  view.setUint16(p + 22, m.name.length, true);
}

/** Length of the padding extra field that moves data starting at `dataStart` onto a multiple of `align`. */
function alignmentExtraLength(dataStart: number, align: number): number {
  if (dataStart % align === 0) return 0;
  // The field needs its own 6 bytes (id, size, alignment), then zeros up to the boundary.
  return 6 + ((align - ((dataStart + 6) % align)) % align);
}

function checkName(name: string, seen: Set<string>) {
  if (!NAME_PATTERN.test(name) || name.startsWith('/') || name.includes('\\') || name.split('/').includes('..')) {
    throw new ZipFormatError(`member name ${JSON.stringify(name)} must be a relative path of printable ASCII without ".."`);
  }
  if (seen.has(name)) throw new ZipFormatError(`member name ${JSON.stringify(name)} appears twice`);
  seen.add(name);
}

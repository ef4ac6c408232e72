/**
 * Binary layout of the IP -> country and IP -> ASN tables in public/geo/, shared by the install-time
 * builder (lib/build/geo-db.ts) and the reader (./ip-geo.ts) so the two cannot drift apart.
 *
 * A table is a sorted list of segment starts; segment i covers [start[i], start[i + 1]) and carries
 * a value index, or NO_VALUE for the gaps between known ranges. Marking gaps with an extra start
 * costs 6-8 bytes per gap instead of a 4-16 byte end on every range, and keeps lookup one search.
 *
 * Little-endian throughout: sections are read as typed-array views without copying, and every
 * browser this extension supports runs on little-endian hardware (checked on load, not assumed).
 *
 * Header (40 bytes), then the sections, each starting 4-byte aligned:
 *   0 magic "HPGEODB\0"   8 u16 format version   10 u8 kind (1 country, 2 asn)   11 u8 family (4|6)
 *  12 u32 segments       16 u32 values          20 u32 names                    24 u32 meta bytes
 *  28 u32 name bytes     32 u32 total bytes     36 u32 reserved (0)
 *   meta   UTF-8 JSON (GeoMeta)
 *   starts segments x words u32; an IPv6 start is 4 words, most significant first
 *   values segments x u16 (country) | u32 (asn)
 *   country: values x 2 ASCII bytes
 *   asn:     values x u32 AS number, values x u32 name id, (names + 1) x u32 offsets, name bytes
 */

export const GEO_MAGIC = 'HPGEODB\0';
export const GEO_FORMAT_VERSION = 1;
const HEADER_BYTES = 40;
export const NO_COUNTRY = 0xffff;
export const NO_ASN = 0xffffffff;

export type GeoKind = 'country' | 'asn';
export type IpFamily = 4 | 6;

export interface GeoMeta {
  /** ISO 8601 time the table was built. */
  builtAt: string;
  /** npm packages the data came from, with their installed versions. */
  sources: { name: string; version: string; file: string }[];
}

interface TableBase {
  family: IpFamily;
  meta: GeoMeta;
  /** Segment starts, `wordsPerKey(family)` u32 words each. */
  starts: Uint32Array;
}
export interface CountryTable extends TableBase {
  kind: 'country';
  values: Uint16Array;
  /** ISO 3166-1 alpha-2 codes, indexed by value. */
  countries: string[];
}
export interface AsnTable extends TableBase {
  kind: 'asn';
  values: Uint32Array;
  asns: Uint32Array;
  nameIds: Uint32Array;
  nameOffsets: Uint32Array;
  nameBytes: Uint8Array;
}
export type GeoTable = CountryTable | AsnTable;

export const wordsPerKey = (family: IpFamily) => (family === 4 ? 1 : 4);
const pad4 = (n: number) => (n + 3) & ~3;
const KIND_CODE: Record<GeoKind, number> = { country: 1, asn: 2 };

interface Counts {
  kind: GeoKind;
  family: IpFamily;
  segments: number;
  values: number;
  names: number;
  metaBytes: number;
  nameBytes: number;
}

/** Byte offset of every section; the one place the layout is spelled out. */
function layout(c: Counts) {
  const starts = pad4(HEADER_BYTES + c.metaBytes);
  const values = starts + c.segments * wordsPerKey(c.family) * 4;
  const table = pad4(values + c.segments * (c.kind === 'country' ? 2 : 4));
  if (c.kind === 'country') return { starts, values, table, total: pad4(table + c.values * 2) };
  const nameIds = table + c.values * 4;
  const nameOffsets = nameIds + c.values * 4;
  const nameBytes = nameOffsets + (c.names + 1) * 4;
  return { starts, values, table, nameIds, nameOffsets, nameBytes, total: pad4(nameBytes + c.nameBytes) };
}

export function encodeGeoTable(t: GeoTable): Uint8Array {
  const metaBytes = new TextEncoder().encode(JSON.stringify(t.meta));
  const names = t.kind === 'asn' ? t.nameOffsets.length - 1 : 0;
  const counts: Counts = {
    kind: t.kind,
    family: t.family,
    segments: t.values.length,
    values: t.kind === 'country' ? t.countries.length : t.asns.length,
    names,
    metaBytes: metaBytes.length,
    nameBytes: t.kind === 'asn' ? t.nameBytes.length : 0,
  };
  const at = layout(counts);
  const out = new Uint8Array(at.total);
  const view = new DataView(out.buffer);
  for (let i = 0; i < 8; i++) out[i] = GEO_MAGIC.charCodeAt(i);
  view.setUint16(8, GEO_FORMAT_VERSION, true);
  view.setUint8(10, KIND_CODE[t.kind]);
  view.setUint8(11, t.family);
  [counts.segments, counts.values, counts.names, counts.metaBytes, counts.nameBytes, at.total, 0].forEach((n, i) =>
    view.setUint32(12 + i * 4, n, true),
  );
  out.set(metaBytes, HEADER_BYTES);
  const bytes = (a: ArrayBufferView) => new Uint8Array(a.buffer, a.byteOffset, a.byteLength);
  out.set(bytes(t.starts), at.starts);
  out.set(bytes(t.values), at.values);
  if (t.kind === 'country') {
    t.countries.forEach((cc, i) => out.set([cc.charCodeAt(0), cc.charCodeAt(1)], at.table + i * 2));
  } else if (at.nameIds !== undefined && at.nameOffsets !== undefined && at.nameBytes !== undefined) {
    out.set(bytes(t.asns), at.table);
    out.set(bytes(t.nameIds), at.nameIds);
    out.set(bytes(t.nameOffsets), at.nameOffsets);
    out.set(t.nameBytes, at.nameBytes);
  }
  return out;
}

export class GeoFormatError extends Error {
  override name = 'GeoFormatError';
}

/**
 * Checks the header against what the caller expects, then returns zero-copy views. Also checks that
 * starts ascend and values are in range (about 1 ms for the largest table), so a damaged file fails
 * here with its name instead of giving wrong answers later.
 */
export function decodeGeoTable(buffer: ArrayBuffer, expect: { label: string; kind: GeoKind; family: IpFamily }): GeoTable {
  const fail = (why: string): never => {
    throw new GeoFormatError(`${expect.label}: ${why}`);
  };
  if (new Uint8Array(new Uint16Array([1]).buffer)[0] !== 1) fail('big-endian machines are not supported');
  if (buffer.byteLength < HEADER_BYTES) fail(`truncated: ${buffer.byteLength} bytes is shorter than the header`);
  const view = new DataView(buffer);
  const magic = String.fromCharCode(...new Uint8Array(buffer, 0, 8));
  if (magic !== GEO_MAGIC) fail('not a HireProof geo table (wrong magic); rebuild with `npx tsx lib/build/geo-db.ts --force`');
  const version = view.getUint16(8, true);
  if (version !== GEO_FORMAT_VERSION) fail(`format version ${version}, this build reads ${GEO_FORMAT_VERSION}; rebuild it`);
  const kind = (Object.keys(KIND_CODE) as GeoKind[]).find((k) => KIND_CODE[k] === view.getUint8(10));
  const family = view.getUint8(11);
  if (kind !== expect.kind || family !== expect.family) {
    fail(`holds ${kind ?? 'unknown'} data for IPv${family}, expected ${expect.kind} for IPv${expect.family}`);
  }
  const [segments, values, names, metaBytes, nameBytes, total] = [0, 1, 2, 3, 4, 5].map((i) => view.getUint32(12 + i * 4, true)) as [
    number, number, number, number, number, number,
  ];
  if (buffer.byteLength !== total) fail(`truncated or padded: ${buffer.byteLength} bytes, header says ${total}`);
  const counts: Counts = { kind: expect.kind, family: expect.family, segments, values, names, metaBytes, nameBytes };
  const at = layout(counts);
  if (at.total !== total) fail(`section sizes add up to ${at.total} bytes, header says ${total}`);

  let meta: GeoMeta;
  try {
    meta = JSON.parse(new TextDecoder().decode(new Uint8Array(buffer, HEADER_BYTES, metaBytes))) as GeoMeta;
  } catch {
    return fail('metadata is not JSON');
  }
  const starts = new Uint32Array(buffer, at.starts, segments * wordsPerKey(expect.family));
  checkAscending(starts, wordsPerKey(expect.family)) || fail('segment starts are not in ascending order (damaged file)');
  if (expect.kind === 'country') {
    const vals = new Uint16Array(buffer, at.values, segments);
    if (vals.some((v) => v >= values && v !== NO_COUNTRY)) fail('a country index is out of range (damaged file)');
    const codes = new Uint8Array(buffer, at.table, values * 2);
    const countries = Array.from({ length: values }, (_, i) => String.fromCharCode(codes[i * 2]!, codes[i * 2 + 1]!));
    return { kind: 'country', family: expect.family, meta, starts, values: vals, countries };
  }
  const vals = new Uint32Array(buffer, at.values, segments);
  if (vals.some((v) => v >= values && v !== NO_ASN)) fail('an ASN index is out of range (damaged file)');
  const nameIds = new Uint32Array(buffer, at.nameIds, values);
  const nameOffsets = new Uint32Array(buffer, at.nameOffsets, names + 1);
  if (nameIds.some((id) => id >= names) || nameOffsets[names] !== nameBytes) fail('the AS name table is damaged');
  return {
    kind: 'asn',
    family: expect.family,
    meta,
    starts,
    values: vals,
    asns: new Uint32Array(buffer, at.table, values),
    nameIds,
    nameOffsets,
    nameBytes: new Uint8Array(buffer, at.nameBytes ?? 0, nameBytes),
  };
}

function checkAscending(starts: Uint32Array, words: number): boolean {
  for (let i = words; i < starts.length; i += words) {
    for (let w = 0; w < words; w++) {
      const a = starts[i - words + w]!;
      const b = starts[i + w]!;
      if (a < b) break;
      if (a > b || w === words - 1) return false;
    }
  }
  return true;
}

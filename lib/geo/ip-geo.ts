import { IPV4_WORD, readIpWords } from '../network/ip-words';
import { decodeGeoTable, NO_ASN, NO_COUNTRY, wordsPerKey, type AsnTable, type CountryTable, type GeoMeta } from './geo-format';

/**
 * Offline IP -> country and ASN lookup over the tables lib/build/geo-db.ts writes to public/geo/.
 * Pure: the background fetches `browser.runtime.getURL('/geo/…')` and hands over the buffers, so
 * this module runs the same in tests, benchmarks and the service worker.
 *
 * Whoever shows a result must also show "IP Geolocation by DB-IP" linking to https://db-ip.com
 * (the AS names' licence asks for it on every page that displays them; see public/geo/ATTRIBUTION.md).
 */

export interface IpGeoBuffers {
  countryV4: ArrayBuffer | ArrayBufferView;
  countryV6: ArrayBuffer | ArrayBufferView;
  asnV4: ArrayBuffer | ArrayBufferView;
  asnV6: ArrayBuffer | ArrayBufferView;
}

export interface IpGeoResult {
  /** ISO 3166-1 alpha-2 code of the country the range is registered or announced in. */
  country?: string;
  asn?: number;
  asName?: string;
}

export interface IpGeo {
  /** What the data says about `ip`; undefined when `ip` is not an address or nothing is known. */
  lookup(ip: string): IpGeoResult | undefined;
  /** Build time and source packages of each table, for the panel's data notice. */
  readonly meta: { countryV4: GeoMeta; countryV6: GeoMeta; asnV4: GeoMeta; asnV6: GeoMeta };
}

/** Throws GeoFormatError naming the file when a buffer is not a table of the expected kind. */
export function createIpGeo(buffers: IpGeoBuffers): IpGeo {
  const countryV4 = decodeGeoTable(aligned(buffers.countryV4), { label: 'ip-country-v4.bin', kind: 'country', family: 4 }) as CountryTable;
  const countryV6 = decodeGeoTable(aligned(buffers.countryV6), { label: 'ip-country-v6.bin', kind: 'country', family: 6 }) as CountryTable;
  const asnV4 = decodeGeoTable(aligned(buffers.asnV4), { label: 'ip-asn-v4.bin', kind: 'asn', family: 4 }) as AsnTable;
  const asnV6 = decodeGeoTable(aligned(buffers.asnV6), { label: 'ip-asn-v6.bin', kind: 'asn', family: 6 }) as AsnTable;
  const names4 = nameReader(asnV4);
  const names6 = nameReader(asnV6);
  // The address being looked up, IPv4 in key[IPV4_WORD] (see net/ip-words.ts); lookups are synchronous.
  const key = new Uint32Array(4);

  return {
    meta: { countryV4: countryV4.meta, countryV6: countryV6.meta, asnV4: asnV4.meta, asnV6: asnV6.meta },
    lookup(ip) {
      const family = readIpWords(ip.trim(), key);
      if (family === 0) return undefined;
      const country = family === 4 ? countryV4 : countryV6;
      const asn = family === 4 ? asnV4 : asnV6;
      const c = segmentAt(country.starts, family, key);
      const a = segmentAt(asn.starts, family, key);
      const countryIndex = c < 0 ? NO_COUNTRY : country.values[c]!;
      const asnIndex = a < 0 ? NO_ASN : asn.values[a]!;
      if (countryIndex === NO_COUNTRY && asnIndex === NO_ASN) return undefined;
      const result: IpGeoResult = {};
      if (countryIndex !== NO_COUNTRY) result.country = country.countries[countryIndex];
      if (asnIndex !== NO_ASN) {
        result.asn = asn.asns[asnIndex];
        const name = (family === 4 ? names4 : names6)(asnIndex);
        if (name) result.asName = name;
      }
      return result;
    },
  };
}

/** Typed-array views need 4-byte alignment; Node's pooled Buffers often are not, so copy those. */
function aligned(data: ArrayBuffer | ArrayBufferView): ArrayBuffer {
  if (data instanceof ArrayBuffer) return data;
  const copy = new Uint8Array(data.byteLength);
  copy.set(new Uint8Array(data.buffer, data.byteOffset, data.byteLength));
  return copy.buffer;
}

/** Index of the last segment whose start is <= key, or -1 when key is below the first start. */
function segmentAt(starts: Uint32Array, family: 4 | 6, key: Uint32Array): number {
  if (family === 4) {
    const k = key[IPV4_WORD]!;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      if (starts[mid]! <= k) lo = mid + 1;
      else hi = mid - 1;
    }
    return hi;
  }
  const words = wordsPerKey(6);
  const k0 = key[0]!;
  const k1 = key[1]!;
  const k2 = key[2]!;
  const k3 = key[3]!;
  let lo = 0;
  let hi = starts.length / words - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const o = mid * words;
    // Lexicographic compare, most significant word first; most probes settle on the first word.
    const s0 = starts[o]!;
    let le: boolean;
    if (s0 !== k0) le = s0 < k0;
    else if (starts[o + 1] !== k1) le = starts[o + 1]! < k1;
    else if (starts[o + 2] !== k2) le = starts[o + 2]! < k2;
    else le = starts[o + 3]! <= k3;
    if (le) lo = mid + 1;
    else hi = mid - 1;
  }
  return hi;
}

/** AS names decoded on first use and kept (a sparse array: a recruiter meets a few hundred at most). */
function nameReader(table: AsnTable): (value: number) => string | undefined {
  const decoder = new TextDecoder();
  const cache: (string | undefined)[] = [];
  return (value) => {
    const id = table.nameIds[value]!;
    let name = cache[id];
    if (name === undefined) {
      name = decoder.decode(table.nameBytes.subarray(table.nameOffsets[id], table.nameOffsets[id + 1]));
      cache[id] = name;
    }
    return name;
  };
}

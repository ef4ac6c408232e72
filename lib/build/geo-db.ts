import { createReadStream } from 'node:fs';
import { mkdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  decodeGeoTable, encodeGeoTable, GEO_FORMAT_VERSION, GeoFormatError, NO_ASN, NO_COUNTRY, wordsPerKey,
  type GeoKind, type GeoMeta, type GeoTable, type IpFamily,
} from '../geo/geo-format';
import { flattener, withoutSpecialPurpose } from '../geo/flatten-ranges';

/**
 * `npx tsx lib/build/geo-db.ts [--force]`: turns the installed @ip-location-db CSVs into the compact
 * tables lib/geo/ip-geo.ts reads, in public/geo/. Runs at install (postinstall), never downloads.
 * The CSVs are streamed line by line (the largest is 21 MB of text). Ranges are flattened: the data
 * nests specific ranges (geofeeds) inside wider ones (whois), and the innermost one wins.
 */

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const COUNTRY_PKG = '@ip-location-db/geo-whois-asn-country';
const ASN_PKG = '@ip-location-db/asn';

interface TableSpec { out: string; kind: GeoKind; family: IpFamily; pkg: string; csv: string }
const TABLES: TableSpec[] = [
  { out: 'ip-country-v4.bin', kind: 'country', family: 4, pkg: COUNTRY_PKG, csv: 'geo-whois-asn-country-ipv4-num.csv' },
  { out: 'ip-country-v6.bin', kind: 'country', family: 6, pkg: COUNTRY_PKG, csv: 'geo-whois-asn-country-ipv6-num.csv' },
  { out: 'ip-asn-v4.bin', kind: 'asn', family: 4, pkg: ASN_PKG, csv: 'asn-ipv4-num.csv' },
  { out: 'ip-asn-v6.bin', kind: 'asn', family: 6, pkg: ASN_PKG, csv: 'asn-ipv6-num.csv' },
];

export interface GeoDbOptions {
  /** Where the tables go; default public/geo. */
  outDir?: string;
  /** Folder holding the packages (node_modules); default: resolved from this file. */
  packagesDir?: string;
  /** Rebuild even when the outputs look current. */
  force?: boolean;
  log?: (line: string) => void;
}
export interface GeoDbResult {
  skipped: boolean;
  ms: number;
  files: { file: string; bytes: number; segments: number }[];
}

export async function buildGeoDb(options: GeoDbOptions = {}): Promise<GeoDbResult> {
  const began = performance.now();
  const outDir = options.outDir ?? path.join(ROOT, 'public', 'geo');
  const pkgDir = (pkg: string) =>
    options.packagesDir ? path.join(options.packagesDir, pkg) : path.dirname(createRequire(import.meta.url).resolve(`${pkg}/package.json`));
  const versions = new Map<string, string>();
  for (const pkg of [COUNTRY_PKG, ASN_PKG]) {
    const json = JSON.parse(await readFile(path.join(pkgDir(pkg), 'package.json'), 'utf8')) as { version: string };
    versions.set(pkg, json.version);
  }
  await mkdir(outDir, { recursive: true });
  await writeIfDifferent(path.join(outDir, 'ATTRIBUTION.md'), attribution(versions));

  const current = await Promise.all(TABLES.map((t) => isCurrent(t, path.join(outDir, t.out), path.join(pkgDir(t.pkg), t.csv), versions)));
  if (!options.force && current.every((c) => c !== undefined)) {
    return { skipped: true, ms: performance.now() - began, files: current.map((c) => c!) };
  }
  const builtAt = new Date().toISOString();
  const files = await Promise.all(
    TABLES.map(async (t) => {
      const meta: GeoMeta = { builtAt, sources: [{ name: t.pkg, version: versions.get(t.pkg)!, file: t.csv }] };
      const table = await readTable(t, path.join(pkgDir(t.pkg), t.csv), meta);
      const bytes = encodeGeoTable(table);
      const target = path.join(outDir, t.out);
      // Write then rename, so an interrupted install never leaves a half file that looks current.
      await writeFile(`${target}.tmp`, bytes);
      await rename(`${target}.tmp`, target);
      return { file: t.out, bytes: bytes.length, segments: table.values.length };
    }),
  );
  options.log?.(`geo-db: built ${files.length} tables in ${((performance.now() - began) / 1000).toFixed(1)} s`);
  return { skipped: false, ms: performance.now() - began, files };
}

/** The existing table's summary if it is newer than its CSV and of this format and source version. */
async function isCurrent(t: TableSpec, file: string, csv: string, versions: Map<string, string>) {
  try {
    const [out, src] = await Promise.all([stat(file), stat(csv)]);
    if (out.mtimeMs < src.mtimeMs) return undefined;
    const bytes = await readFile(file);
    const table = decodeGeoTable(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength), { label: t.out, ...t });
    if (table.meta.sources[0]?.version !== versions.get(t.pkg)) return undefined;
    return { file: t.out, bytes: bytes.length, segments: table.values.length };
  } catch (error) {
    if (error instanceof GeoFormatError || (error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/** Streams one CSV into a flattened, merged table. */
async function readTable(t: TableSpec, csv: string, meta: GeoMeta): Promise<GeoTable> {
  const valueIds = new Map<string, number>(); // country code, or "asn\tname"
  const nameIds = new Map<string, number>();
  const asns: number[] = [];
  const asnNames: number[] = [];
  const limit = t.family === 4 ? 1n << 32n : 1n << 128n;
  const segments = flattener(limit);
  let previousStart = -1n;
  let lineNo = 0;
  const lines = createInterface({ input: createReadStream(csv, { encoding: 'utf8', highWaterMark: 1 << 20 }), crlfDelay: Infinity });
  for await (const line of lines) {
    lineNo++;
    if (line === '') continue;
    const c1 = line.indexOf(',');
    const c2 = line.indexOf(',', c1 + 1);
    const c3 = t.kind === 'asn' ? line.indexOf(',', c2 + 1) : line.length;
    const bad = () => new Error(`${csv}:${lineNo}: expected sorted "start,end,${t.kind === 'asn' ? 'asn,name' : 'country'}" rows, got ${line}`);
    if (c1 < 0 || c2 < 0 || c3 < 0) throw bad();
    const field = line.slice(c2 + 1, c3);
    let start: bigint;
    let end: bigint;
    try {
      start = BigInt(line.slice(0, c1));
      end = BigInt(line.slice(c1 + 1, c2));
    } catch {
      throw bad();
    }
    if (end < start || start < previousStart || end >= limit || (t.kind === 'asn' && !/^\d+$/.test(field))) throw bad();
    previousStart = start;
    const key = t.kind === 'asn' ? `${field}\t${unquote(line.slice(c3 + 1))}` : field;
    let value = valueIds.get(key);
    if (value === undefined) {
      value = valueIds.size;
      valueIds.set(key, value);
      if (t.kind === 'asn') {
        const name = key.slice(field.length + 1);
        if (!nameIds.has(name)) nameIds.set(name, nameIds.size);
        asns.push(Number(field));
        asnNames.push(nameIds.get(name)!);
      }
    }
    segments.add({ start, end, value });
  }
  const { starts, values } = withoutSpecialPurpose(segments.finish(), t.family, limit);
  const words = wordsPerKey(t.family);
  const startWords = new Uint32Array(starts.length * words);
  starts.forEach((s, i) => {
    for (let w = 0; w < words; w++) startWords[i * words + w] = Number((s >> BigInt(32 * (words - 1 - w))) & 0xffffffffn);
  });
  if (t.kind === 'country') {
    const codes = [...valueIds.keys()];
    if (codes.some((cc) => !/^[A-Z]{2}$/.test(cc))) throw new Error(`${csv}: a country code is not two letters`);
    const vals = Uint16Array.from(values, (v) => (v < 0 ? NO_COUNTRY : v));
    return { kind: 'country', family: t.family, meta, starts: startWords, values: vals, countries: codes };
  }
  const encoder = new TextEncoder();
  const encoded = [...nameIds.keys()].map((n) => encoder.encode(n));
  const nameOffsets = new Uint32Array(encoded.length + 1);
  encoded.forEach((e, i) => (nameOffsets[i + 1] = nameOffsets[i]! + e.length));
  const nameBytes = new Uint8Array(nameOffsets[encoded.length]!);
  encoded.forEach((e, i) => nameBytes.set(e, nameOffsets[i]));
  return {
    kind: 'asn', family: t.family, meta, starts: startWords,
    values: Uint32Array.from(values, (v) => (v < 0 ? NO_ASN : v)),
    asns: Uint32Array.from(asns), nameIds: Uint32Array.from(asnNames), nameOffsets, nameBytes,
  };
}

/** RFC 4180 field: "LLC ""SPUTNIK""" -> LLC "SPUTNIK". */
const unquote = (field: string) => (field.startsWith('"') && field.endsWith('"') ? field.slice(1, -1).replaceAll('""', '"') : field);

function attribution(versions: Map<string, string>): string {
  // Deterministic (no build date) so the tracked copy only changes when the data packages do.
  return `# Geo data attribution

The files in this folder are generated at install by \`lib/build/geo-db.ts\` from npm packages by
[sapics/ip-location-db](https://github.com/sapics/ip-location-db). Changes made: converted to a binary
table, nested ranges flattened (the most specific range wins), adjacent equal ranges merged.

## IP to country: ${COUNTRY_PKG} ${versions.get(COUNTRY_PKG)}

Package licence: CC0-1.0. Built from geofeeds, RIR whois and RIR ASN data. The RIR statistics are
provided by the Number Resource Organization ([nro.net](https://www.nro.net/)) and licensed under
[CC BY 4.0](https://creativecommons.org/licenses/by/4.0/).

## IP to ASN: ${ASN_PKG} ${versions.get(ASN_PKG)}

Licensed under [CC BY 4.0](https://creativecommons.org/licenses/by/4.0/). Sources:

- <a href='https://db-ip.com'>IP Geolocation by DB-IP</a>: the IP to ASN Lite database by
  [DB-IP.com](https://db-ip.com), which provides most organisation names.
- The IP to AS Number database created by [Route Views](https://www.routeviews.org/) (routeviews.org).
- RIR data provided by the Number Resource Organization ([nro.net](https://www.nro.net/)).

Any page that displays results from this data must show "IP Geolocation by DB-IP" linking to
https://db-ip.com.

## City to time zone

lib/geo/city-timezone.ts bundles data from [city-timezones](https://github.com/kevinroberts/city-timezones)
by Kevin Roberts (MIT licence).
`;
}

async function writeIfDifferent(file: string, text: string) {
  if ((await readFile(file, 'utf8').catch(() => undefined)) !== text) await writeFile(file, text);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const result = await buildGeoDb({ force: process.argv.includes('--force'), log: (line) => console.log(line) });
  if (result.skipped) console.log(`geo-db: public/geo is current (format ${GEO_FORMAT_VERSION}); --force rebuilds`);
  const mb = (n: number) => `${(n / 1e6).toFixed(2)} MB`;
  for (const f of result.files) console.log(`  ${f.file.padEnd(18)} ${mb(f.bytes).padStart(9)}  ${f.segments} segments`);
  console.log(`  total              ${mb(result.files.reduce((s, f) => s + f.bytes, 0)).padStart(9)}`);
}

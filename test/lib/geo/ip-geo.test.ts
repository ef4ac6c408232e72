import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildGeoDb, type GeoDbResult } from '../../../lib/build/geo-db';
import { createIpGeo, type IpGeo, type IpGeoBuffers, type IpGeoResult } from '../../../lib/geo/ip-geo';

const FILES = { countryV4: 'ip-country-v4.bin', countryV6: 'ip-country-v6.bin', asnV4: 'ip-asn-v4.bin', asnV6: 'ip-asn-v6.bin' } as const;
type Slot = keyof typeof FILES;

async function readBuffers(dir: string): Promise<Record<Slot, ArrayBuffer>> {
  const entries = await Promise.all(
    (Object.keys(FILES) as Slot[]).map(async (slot) => {
      const bytes = await readFile(path.join(dir, FILES[slot]));
      return [slot, new Uint8Array(bytes).buffer] as const;
    }),
  );
  return Object.fromEntries(entries) as Record<Slot, ArrayBuffer>;
}

const temp: string[] = [];
afterAll(() => Promise.all(temp.map((dir) => rm(dir, { recursive: true, force: true }))));
async function tempDir() {
  const dir = await mkdtemp(path.join(tmpdir(), 'hireproof-geo-'));
  temp.push(dir);
  return dir;
}

describe('IP geo over the real data (@ip-location-db as installed)', () => {
  let out: string;
  let built: GeoDbResult;
  let buffers: Record<Slot, ArrayBuffer>;
  let geo: IpGeo;
  beforeAll(async () => {
    out = await tempDir();
    built = await buildGeoDb({ outDir: out });
    buffers = await readBuffers(out);
    geo = createIpGeo(buffers);
  }, 120_000);

  const GOOGLE = { country: 'US', asn: 15169, asName: 'Google LLC' };
  it.each<[string, IpGeoResult | undefined]>([
    // The data (geofeed + whois) registers Cloudflare's 1.1.1.0/24 to APNIC's Australian research block.
    ['1.1.1.1', { country: 'AU', asn: 13335, asName: 'Cloudflare, Inc.' }],
    ['8.8.8.8', GOOGLE],
    [' 8.8.8.8 ', GOOGLE],
    ['2001:4860:4860::8888', GOOGLE],
    ['2001:4860:4860:0:0:0:0:8888', GOOGLE],
    ['::ffff:8.8.8.8', GOOGLE],
    ['::FFFF:808:808', GOOGLE],
    ['2606:4700:4700::1111', { country: 'US', asn: 13335, asName: 'Cloudflare, Inc.' }],
    // Special-purpose blocks are unknown, even where the source data claims a country (2001:db8::/32 as JP).
    ['192.0.2.1', undefined],
    ['198.51.100.7', undefined],
    ['10.0.0.1', undefined],
    ['127.0.0.1', undefined],
    ['0.0.0.0', undefined],
    ['255.255.255.255', undefined],
    ['::', undefined],
    ['::1', undefined],
    ['2001:db8::1', undefined],
    ['fe80::1', undefined],
  ])('%s -> %j', (ip, expected) => {
    expect(geo.lookup(ip)).toEqual(expected);
  });

  it.each(['', 'localhost', '8.8.8', '8.8.8.8.8', '256.8.8.8', '08.8.8.8', '8.8.8.8/32', '[::1]', 'fe80::1%eth0',
    '2001:4860::8888::1', 'gggg::', '1:2:3:4:5:6:7:8:9', '12345::', ':1::', '1::2:', '::ffff:8.8.8.256', 'not an ip'])(
    'junk %j -> undefined',
    (junk) => {
      expect(geo.lookup(junk)).toBeUndefined();
    },
  );

  it('names the source packages and their versions in every table', async () => {
    const asnPkg = JSON.parse(await readFile('node_modules/@ip-location-db/asn/package.json', 'utf8')) as { version: string };
    expect(geo.meta.asnV4.sources).toEqual([{ name: '@ip-location-db/asn', version: asnPkg.version, file: 'asn-ipv4-num.csv' }]);
    expect(geo.meta.countryV6.sources[0]?.name).toBe('@ip-location-db/geo-whois-asn-country');
    expect(Date.parse(geo.meta.countryV4.builtAt)).not.toBeNaN();
    expect(await readFile(path.join(out, 'ATTRIBUTION.md'), 'utf8')).toContain("<a href='https://db-ip.com'>IP Geolocation by DB-IP</a>");
  });

  it('skips a second build while the outputs are current', async () => {
    expect(built.skipped).toBe(false);
    const again = await buildGeoDb({ outDir: out });
    expect(again).toMatchObject({ skipped: true, files: built.files });
  });

  const damaged: [string, Slot, (b: Uint8Array) => Uint8Array, RegExp][] = [
    ['wrong magic', 'countryV4', (b) => b.map((x, i) => (i === 0 ? 0 : x)), /ip-country-v4\.bin: not a HireProof geo table/],
    ['newer format', 'asnV4', (b) => b.map((x, i) => (i === 8 ? 99 : x)), /ip-asn-v4\.bin: format version 99/],
    ['truncated', 'asnV6', (b) => b.slice(0, b.length - 1000), /ip-asn-v6\.bin: truncated/],
    ['shorter than a header', 'countryV6', (b) => b.slice(0, 10), /ip-country-v6\.bin: truncated/],
    ['tables swapped', 'countryV4', () => new Uint8Array(buffers.asnV4), /holds asn data for IPv4, expected country/],
    ['starts out of order', 'countryV4', (b) => {
      const copy = b.slice();
      new DataView(copy.buffer).setUint32(4000, 0xffffffff, true); // inside the starts, past the header
      return copy;
    }, /ip-country-v4\.bin: segment starts are not in ascending order/],
  ];
  it.each(damaged)('refuses a damaged file: %s', (_, slot, damage, message) => {
    const input: IpGeoBuffers = { ...buffers, [slot]: damage(new Uint8Array(buffers[slot])) };
    expect(() => createIpGeo(input)).toThrow(message);
  });
});

describe('IP geo built from small CSVs (flattening, gaps, CSV quoting)', () => {
  let geo: IpGeo;
  beforeAll(async () => {
    const packages = await tempDir();
    const write = async (pkg: string, file: string, text: string) => {
      await mkdir(path.join(packages, pkg), { recursive: true });
      await writeFile(path.join(packages, pkg, file), text);
      await writeFile(path.join(packages, pkg, 'package.json'), JSON.stringify({ version: '1.0.0' }));
    };
    const v4 = (a: string) => a.split('.').reduce((n, p) => n * 256 + Number(p), 0);
    const country = '@ip-location-db/geo-whois-asn-country';
    await write(country, 'geo-whois-asn-country-ipv4-num.csv', [
      `${v4('5.0.0.0')},${v4('5.0.255.255')},DE`,
      `${v4('5.0.1.0')},${v4('5.0.1.255')},BE`, // nested: the more specific range wins inside it
      `${v4('5.0.2.0')},${v4('5.0.2.255')},DE`, // nested with the same value: merges
      `${v4('5.1.0.0')},${v4('5.1.0.255')},FR`, // adjacent to a gap
      `${v4('10.0.0.0')},${v4('10.0.0.255')},US`, // private: dropped
      '',
    ].join('\n'));
    await write(country, 'geo-whois-asn-country-ipv6-num.csv', `${0x2a00n << 112n},${(0x2a01n << 112n) - 1n},NL\n`);
    await write('@ip-location-db/asn', 'asn-ipv4-num.csv', [
      `${v4('5.0.0.0')},${v4('5.0.0.255')},64500,"Example, ""Quoted"" Ltd"`,
      `${v4('5.0.2.0')},${v4('5.0.2.255')},64501,Plain Name GmbH`,
      '',
    ].join('\n'));
    await write('@ip-location-db/asn', 'asn-ipv6-num.csv', `${0x2a00n << 112n},${(0x2a00n << 112n) + 255n},64502,Zürich Net AG\n`);
    const out = await tempDir();
    await buildGeoDb({ outDir: out, packagesDir: packages });
    geo = createIpGeo(await readBuffers(out));
  });

  it.each<[string, IpGeoResult | undefined]>([
    ['4.255.255.255', undefined],
    ['5.0.0.0', { country: 'DE', asn: 64500, asName: 'Example, "Quoted" Ltd' }],
    ['5.0.0.255', { country: 'DE', asn: 64500, asName: 'Example, "Quoted" Ltd' }],
    ['5.0.1.0', { country: 'BE' }],
    ['5.0.1.255', { country: 'BE' }],
    ['5.0.2.7', { country: 'DE', asn: 64501, asName: 'Plain Name GmbH' }],
    ['5.0.3.0', { country: 'DE' }],
    ['5.0.255.255', { country: 'DE' }],
    ['5.1.0.0', { country: 'FR' }],
    ['5.1.1.0', undefined],
    ['10.0.0.1', undefined],
    ['2a00::', { country: 'NL', asn: 64502, asName: 'Zürich Net AG' }],
    ['2a00::100', { country: 'NL' }],
    ['2a00:ffff:ffff:ffff:ffff:ffff:ffff:ffff', { country: 'NL' }],
    ['2a01::', undefined],
    ['29ff:ffff:ffff:ffff:ffff:ffff:ffff:ffff', undefined],
  ])('%s -> %j', (ip, expected) => {
    expect(geo.lookup(ip)).toEqual(expected);
  });
});

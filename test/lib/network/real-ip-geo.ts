import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createIpGeo, type IpGeo } from '../../../lib/geo/ip-geo';

const dir = fileURLToPath(new URL('../../../public/geo/', import.meta.url));
let geo: IpGeo | undefined;

/** The real IP database `npm install` built into public/geo/ (the same files the extension ships). */
export function realIpGeo(): IpGeo {
  const read = (file: string) => readFileSync(`${dir}${file}`);
  geo ??= createIpGeo({
    countryV4: read('ip-country-v4.bin'),
    countryV6: read('ip-country-v6.bin'),
    asnV4: read('ip-asn-v4.bin'),
    asnV6: read('ip-asn-v6.bin'),
  });
  return geo;
}

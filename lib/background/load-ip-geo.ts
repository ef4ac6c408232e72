import { browser } from 'wxt/browser';
import { createIpGeo, type IpGeoBuffers } from '../geo/ip-geo';
import { setActiveIpGeo } from '../network/active-ip-geo';

/** The tables lib/build/geo-db.ts writes to public/geo/ at install. */
const FILES: Record<keyof IpGeoBuffers, string> = {
  countryV4: 'geo/ip-country-v4.bin',
  countryV6: 'geo/ip-country-v6.bin',
  asnV4: 'geo/ip-asn-v4.bin',
  asnV6: 'geo/ip-asn-v6.bin',
};

let loading: Promise<void> | undefined;

/**
 * Reads the IP database shipped inside the extension (no network: runtime URLs are files of the
 * package) the first time a check needs it: about 19 MB, which a service worker that wakes for a
 * candidate without any IP should not pay for. A failure leaves the IP checks skipped with a
 * reason and is retried on the next need.
 */
export function ensureIpGeo(): Promise<void> {
  loading ??= loadIpGeo().catch(() => {
    loading = undefined;
  });
  return loading;
}

async function loadIpGeo(): Promise<void> {
  const entries = await Promise.all(
    Object.entries(FILES).map(async ([key, path]) => {
      const response = await fetch(browser.runtime.getURL(`/${path}` as '/'));
      if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
      return [key, await response.arrayBuffer()] as const;
    }),
  );
  setActiveIpGeo(createIpGeo(Object.fromEntries(entries) as unknown as IpGeoBuffers));
}

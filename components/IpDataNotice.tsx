import type { SignalResult } from '../lib/risk/assessment';

/** True when some evidence shows what the IP database says (a network name or a country of an address). */
export function showsIpData(results: readonly SignalResult[]): boolean {
  return results.some((r) => r.evidence.some((e) => (typeof e.data.network === 'string' && e.data.network !== '') || e.data.ipCountry !== undefined));
}

/**
 * The credit the IP database's licence (CC BY 4.0, DB-IP) asks for wherever its data is shown;
 * see public/geo/ATTRIBUTION.md.
 */
export function IpDataNotice() {
  return (
    <p className="hp-muted hp-attribution">
      <a href="https://db-ip.com" target="_blank" rel="noreferrer noopener">
        IP Geolocation by DB-IP
      </a>
    </p>
  );
}

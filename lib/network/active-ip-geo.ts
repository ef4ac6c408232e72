import type { CandidateView } from '../candidate/candidate-view';
import type { IpGeo } from '../geo/ip-geo';
import type { IpFact } from '../signals/define-signal';

/**
 * The offline IP database, loaded once by the background (lib/background/load-ip-geo.ts) and asked
 * for every candidate with an IP. Until it is loaded, or if it could not be, checks that need it skip.
 */
let active: IpGeo | undefined;

export function setActiveIpGeo(geo: IpGeo | undefined): void {
  active = geo;
}

export function activeIpGeo(): IpGeo | undefined {
  return active;
}

/** What the database says about each of the candidate's addresses; undefined when it is not loaded. */
export function ipFactsFor(view: CandidateView): IpFact[] | undefined {
  if (!active) return undefined;
  const geo = active;
  return view.ipAddresses.map((seen) => {
    const found = geo.lookup(seen.ip);
    return {
      ip: seen.ip,
      source: seen.source,
      observedAt: seen.observedAt,
      ...(found?.country === undefined ? {} : { country: found.country }),
      ...(found?.asn === undefined ? {} : { asn: found.asn }),
      ...(found?.asName === undefined ? {} : { asName: found.asName }),
    };
  });
}

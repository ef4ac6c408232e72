import type { ClaimedLocation } from '../candidate/observation';
import { timeZoneForPlace, timeZonesInCountry, utcOffsetsMinutes } from '../geo/city-timezone';
import type { SignalContext } from '../signals/define-signal';

/**
 * The zones a claimed location can be in, with the offsets each uses in the year around `now`. A
 * named city gives its zone; a country alone gives every zone its cities use, so "United States"
 * allows UTC-10 to UTC-4 and nothing else. Unknown places give undefined: the check then skips
 * rather than guess.
 */
export function claimedZones(location: ClaimedLocation | undefined, now: number): SignalContext['claimedZones'] {
  if (!location) return undefined;
  const place = timeZoneForPlace(location);
  const zones = place ? [place.timeZone] : location.country && !location.city ? timeZonesInCountry(location.country) : [];
  if (zones.length === 0) return undefined;
  return {
    place: place?.matchedCity ?? location.country ?? location.raw,
    zones: zones.map((timeZone) => ({ timeZone, offsets: utcOffsetsMinutes(timeZone, now) })),
  };
}

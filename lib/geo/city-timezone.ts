// 2 MB of city data. Import this module only from the background: a static import keeps it out of
// every other bundle, and MV3 service workers cannot use import(), so it could not be lazy anyway.
import cityMap from 'city-timezones/data/cityMap.json';

/**
 * City -> IANA time zone from the city-timezones package (7,300 cities with population), and the
 * UTC offsets a zone uses, so a signal can compare a claimed location with an observed offset.
 */

interface City {
  city: string;
  city_ascii: string;
  iso2: string;
  province: string;
  state_ansi?: string;
  timezone: string | null;
  pop: number;
}

export interface Place {
  city?: string;
  /** State, province or region, written out ("Oregon") or as its code ("OR"). */
  region?: string;
  /** ISO 3166-1 alpha-2. */
  country?: string;
}

/** Case-, accent- and punctuation-blind: "São Paulo", "sao paulo" and "SAO-PAULO" are one key. */
export function foldPlaceName(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .replace(/\bsaint\b/g, 'st')
    .trim();
}

/**
 * Other spellings people write for cities the data names one way (folded forms). Mostly former or
 * transliterated names; the data only knows the current English one.
 */
const ALIASES: Record<string, string> = {
  kiev: 'kyiv',
  kharkov: 'kharkiv',
  odessa: 'odesa',
  lvov: 'lviv',
  bombay: 'mumbai',
  calcutta: 'kolkata',
  madras: 'chennai',
  bangalore: 'bengaluru',
  peking: 'beijing',
  saigon: 'ho chi minh city',
  'new york city': 'new york',
  nyc: 'new york',
  'washington dc': 'washington d c',
  munchen: 'munich',
  koln: 'cologne',
  lisboa: 'lisbon',
  roma: 'rome',
  wien: 'vienna',
  praha: 'prague',
  warszawa: 'warsaw',
};

let byName: Map<string, City[]> | undefined;

/** Built on first use: most service-worker wake-ups never need it. */
function index(): Map<string, City[]> {
  if (byName) return byName;
  byName = new Map();
  for (const city of cityMap as City[]) {
    if (!city.timezone) continue; // a few Antarctic stations have none
    for (const key of new Set([foldPlaceName(city.city), foldPlaceName(city.city_ascii)])) {
      const list = byName.get(key);
      if (list) list.push(city);
      else byName.set(key, [city]);
    }
  }
  return byName;
}

/**
 * The time zone of a named place. Several cities share a name: the country narrows them (no match
 * in that country means no answer rather than a guess abroad), then the region, then the largest
 * population wins, the way a person reading "Portland" would guess.
 */
export function timeZoneForPlace(place: Place): { timeZone: string; matchedCity: string } | undefined {
  if (!place.city) return undefined;
  const key = foldPlaceName(place.city);
  let candidates = index().get(ALIASES[key] ?? key) ?? [];
  if (place.country) {
    const country = place.country.toUpperCase();
    candidates = candidates.filter((c) => c.iso2 === country);
  }
  if (place.region) {
    const region = foldPlaceName(place.region);
    const inRegion = candidates.filter((c) => foldPlaceName(c.province) === region || (c.state_ansi && foldPlaceName(c.state_ansi) === region));
    if (inRegion.length > 0) candidates = inRegion;
  }
  const best = candidates.reduce<City | undefined>((a, c) => (!a || c.pop > a.pop ? c : a), undefined);
  if (!best?.timezone) return undefined;
  return { timeZone: best.timezone, matchedCity: [...new Set([best.city, best.province, best.iso2])].filter(Boolean).join(', ') };
}

/**
 * Every zone the bundled cities of `country` (ISO alpha-2) use, by descending population of the city
 * that brings it: a claim of "Germany" allows one zone, a claim of "United States" allows several.
 */
export function timeZonesInCountry(country: string): string[] {
  const code = country.toUpperCase();
  const cities = (cityMap as City[]).filter((c) => c.iso2 === code && c.timezone).sort((a, b) => b.pop - a.pop);
  return [...new Set(cities.map((c) => c.timezone as string))];
}

const DAY_MS = 86_400_000;
const formatters = new Map<string, Intl.DateTimeFormat>();

/**
 * Distinct offsets from UTC, in minutes east, that `timeZone` uses from half a year before to half a
 * year after `aroundEpochMs`: standard and summer time, in ascending order. Sampled weekly (53
 * formatToParts calls, about 0.5 ms): the shortest period in current tz rules is Morocco's month-long
 * Ramadan change, and daily sampling measured 4 ms a call. Throws RangeError for an unknown zone.
 */
export function utcOffsetsMinutes(timeZone: string, aroundEpochMs: number): number[] {
  let format = formatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' });
    formatters.set(timeZone, format);
  }
  const offsets = new Set<number>();
  const from = aroundEpochMs - 182 * DAY_MS;
  for (let day = 0; day <= 364; day += 7) {
    const name = format.formatToParts(from + day * DAY_MS).find((p) => p.type === 'timeZoneName')?.value ?? '';
    offsets.add(parseLongOffset(name));
  }
  return [...offsets].sort((a, b) => a - b);
}

/** "GMT", "GMT+05:30", "GMT-03:00" -> minutes east of UTC. */
function parseLongOffset(name: string): number {
  if (name === 'GMT' || name === 'UTC') return 0;
  const match = /^(?:GMT|UTC)([+\u2212-])(\d{1,2})(?::(\d{2}))?$/.exec(name);
  if (!match) throw new RangeError(`unexpected time zone offset name ${JSON.stringify(name)}`);
  const minutes = Number(match[2]) * 60 + Number(match[3] ?? 0);
  return match[1] === '+' ? minutes : -minutes;
}

import { clampText, type ClaimedLocation } from '../candidate/observation';

/**
 * Splits a free-text location ("City, Region, Country") into parts only where that is unambiguous.
 * The raw text is always kept; city/region/country are added only when the last part is a country
 * (or a US state / Canadian province / UK nation) we know. Anything else ("San Francisco Bay Area",
 * "Remote", "Earth") stays raw-only, so a time-zone signal skips rather than guesses.
 */

/** Country names and common short forms, lower case -> ISO 3166-1 alpha-2. */
const COUNTRIES: Record<string, string> = {
  'united states': 'US', 'united states of america': 'US', usa: 'US', 'u.s.a.': 'US', us: 'US',
  'united kingdom': 'GB', uk: 'GB', 'great britain': 'GB', canada: 'CA', mexico: 'MX', brazil: 'BR',
  argentina: 'AR', chile: 'CL', colombia: 'CO', peru: 'PE', ireland: 'IE', france: 'FR',
  germany: 'DE', deutschland: 'DE', netherlands: 'NL', 'the netherlands': 'NL', belgium: 'BE',
  luxembourg: 'LU', switzerland: 'CH', austria: 'AT', spain: 'ES', portugal: 'PT', italy: 'IT',
  poland: 'PL', czechia: 'CZ', 'czech republic': 'CZ', slovakia: 'SK', hungary: 'HU', romania: 'RO',
  bulgaria: 'BG', greece: 'GR', serbia: 'RS', croatia: 'HR', slovenia: 'SI', ukraine: 'UA',
  belarus: 'BY', russia: 'RU', 'russian federation': 'RU', lithuania: 'LT', latvia: 'LV',
  estonia: 'EE', finland: 'FI', sweden: 'SE', norway: 'NO', denmark: 'DK', iceland: 'IS',
  turkey: 'TR', 'türkiye': 'TR', israel: 'IL', 'united arab emirates': 'AE', uae: 'AE',
  'saudi arabia': 'SA', qatar: 'QA', egypt: 'EG', morocco: 'MA', nigeria: 'NG', ghana: 'GH',
  kenya: 'KE', ethiopia: 'ET', 'south africa': 'ZA', india: 'IN', pakistan: 'PK', bangladesh: 'BD',
  'sri lanka': 'LK', nepal: 'NP', china: 'CN', 'hong kong': 'HK', taiwan: 'TW', japan: 'JP',
  'south korea': 'KR', 'korea, republic of': 'KR', 'north korea': 'KP', mongolia: 'MN',
  vietnam: 'VN', 'viet nam': 'VN', thailand: 'TH', malaysia: 'MY', singapore: 'SG',
  indonesia: 'ID', philippines: 'PH', cambodia: 'KH', laos: 'LA', australia: 'AU',
  'new zealand': 'NZ', kazakhstan: 'KZ', uzbekistan: 'UZ', armenia: 'AM',
  azerbaijan: 'AZ', iran: 'IR', iraq: 'IQ',
};

const US_STATES: Record<string, string> = {
  AL: 'alabama', AK: 'alaska', AZ: 'arizona', AR: 'arkansas', CA: 'california', CO: 'colorado',
  CT: 'connecticut', DE: 'delaware', FL: 'florida', GA: 'georgia', HI: 'hawaii', ID: 'idaho',
  IL: 'illinois', IN: 'indiana', IA: 'iowa', KS: 'kansas', KY: 'kentucky', LA: 'louisiana',
  ME: 'maine', MD: 'maryland', MA: 'massachusetts', MI: 'michigan', MN: 'minnesota',
  MS: 'mississippi', MO: 'missouri', MT: 'montana', NE: 'nebraska', NV: 'nevada',
  NH: 'new hampshire', NJ: 'new jersey', NM: 'new mexico', NY: 'new york', NC: 'north carolina',
  ND: 'north dakota', OH: 'ohio', OK: 'oklahoma', OR: 'oregon', PA: 'pennsylvania',
  RI: 'rhode island', SC: 'south carolina', SD: 'south dakota', TN: 'tennessee', TX: 'texas',
  UT: 'utah', VT: 'vermont', VA: 'virginia', WA: 'washington', WV: 'west virginia',
  WI: 'wisconsin', WY: 'wyoming', DC: 'district of columbia',
};
const CA_PROVINCES: Record<string, string> = {
  AB: 'alberta', BC: 'british columbia', MB: 'manitoba', NB: 'new brunswick',
  NL: 'newfoundland and labrador', NS: 'nova scotia', NT: 'northwest territories', NU: 'nunavut',
  ON: 'ontario', PE: 'prince edward island', QC: 'quebec', SK: 'saskatchewan', YT: 'yukon',
};
const GB_NATIONS = new Set(['england', 'scotland', 'wales', 'northern ireland']);
/** Both a country and a US state: never resolved from the name alone. */
const AMBIGUOUS = new Set(['georgia']);

/** Region part -> its country, when the region name or abbreviation is one we know. */
function regionCountry(part: string): string | undefined {
  const upper = part.toUpperCase();
  const lower = part.toLowerCase();
  if (AMBIGUOUS.has(lower)) return undefined;
  if (upper in US_STATES || Object.values(US_STATES).includes(lower)) return 'US';
  if (upper in CA_PROVINCES || Object.values(CA_PROVINCES).includes(lower)) return 'CA';
  if (GB_NATIONS.has(lower)) return 'GB';
  return undefined;
}

export function countryCode(name: string): string | undefined {
  return COUNTRIES[name.trim().toLowerCase()];
}

export function parseLocation(value: string | null | undefined): ClaimedLocation | undefined {
  const raw = clampText(value);
  if (!raw) return undefined;
  // Only plain "a, b, c" text is split; anything with digits, slashes or "|" is left raw.
  if (/[\d/|;]/.test(raw)) return { raw };
  const parts = raw.split(',').map((p) => p.trim()).filter((p) => p !== '');
  if (parts.length === 0 || parts.length > 3) return { raw };
  const last = parts[parts.length - 1] ?? '';
  const country = countryCode(last);
  if (country) {
    const [first, second] = parts;
    if (parts.length === 3) return { raw, city: first, region: second, country };
    if (parts.length === 2 && first) {
      return regionCountry(first) === country ? { raw, region: first, country } : { raw, city: first, country };
    }
    return { raw, country };
  }
  const regionOf = regionCountry(last);
  if (regionOf && parts.length <= 2) {
    return parts.length === 2 ? { raw, city: parts[0], region: last, country: regionOf } : { raw, region: last, country: regionOf };
  }
  return { raw };
}

/**
 * Time-zone names that pages write instead of an IANA id, mapped to the one IANA zone each denotes.
 * Only names that denote a single set of rules are here: an abbreviation ("IST" is India, Israel and
 * Ireland; "EST" is used loosely all year) or a generic name shared by regions with different
 * daylight-saving rules ("Central European Time" also covers Algeria, which has none) is left out,
 * so such a label is reported as not recognised rather than guessed.
 *
 * Keys are lower case with whitespace collapsed and dashes written "-" (see `zoneNameKey`).
 */
export const ZONE_NAMES: Readonly<Record<string, string>> = {
  // Windows time-zone ids (Exchange and Outlook calendar data), as CLDR's windowsZones.xml maps them
  // for territory "001". These are zone identifiers: "Central Standard Time" is Chicago's zone with
  // its summer time, not the fixed UTC-06:00 that the same words mean as a display name.
  'korea standard time': 'Asia/Seoul',
  'tokyo standard time': 'Asia/Tokyo',
  'china standard time': 'Asia/Shanghai',
  'taipei standard time': 'Asia/Taipei',
  'singapore standard time': 'Asia/Singapore',
  'india standard time': 'Asia/Kolkata',
  'pakistan standard time': 'Asia/Karachi',
  'se asia standard time': 'Asia/Bangkok',
  'russian standard time': 'Europe/Moscow',
  'gmt standard time': 'Europe/London',
  'w. europe standard time': 'Europe/Berlin',
  'romance standard time': 'Europe/Paris',
  'central european standard time': 'Europe/Warsaw',
  'fle standard time': 'Europe/Kiev',
  'eastern standard time': 'America/New_York',
  'central standard time': 'America/Chicago',
  'mountain standard time': 'America/Denver',
  'us mountain standard time': 'America/Phoenix',
  'pacific standard time': 'America/Los_Angeles',
  'e. south america standard time': 'America/Sao_Paulo',
  'aus eastern standard time': 'Australia/Sydney',
  'w. central africa standard time': 'Africa/Lagos',
  // CLDR English names of zones without daylight saving, used by one country each (Google Calendar
  // writes "(GMT+09:00) Korean Standard Time").
  'korean standard time': 'Asia/Seoul',
  'japan standard time': 'Asia/Tokyo',
  'philippine standard time': 'Asia/Manila',
  'gulf standard time': 'Asia/Dubai',
  'moscow standard time': 'Europe/Moscow',
  // Scheduling tools' labels for the US zones (Calendly's picker style) and Google Calendar's
  // "<name> - <city>" style: both name one zone. Their exact wording on the pages is unverified.
  'eastern time - us & canada': 'America/New_York',
  'central time - us & canada': 'America/Chicago',
  'mountain time - us & canada': 'America/Denver',
  'pacific time - us & canada': 'America/Los_Angeles',
  'eastern time - new york': 'America/New_York',
  'central time - chicago': 'America/Chicago',
  'mountain time - denver': 'America/Denver',
  'pacific time - los angeles': 'America/Los_Angeles',
  'korean standard time - seoul': 'Asia/Seoul',
  'japan standard time - tokyo': 'Asia/Tokyo',
  'india standard time - kolkata': 'Asia/Kolkata',
};

/** Names that mean UTC itself, with no offset written after them. */
export const UTC_NAMES: ReadonlySet<string> = new Set(['utc', 'gmt', 'coordinated universal time', 'greenwich mean time']);

/** The lookup form of a name: lower case, whitespace collapsed, dashes as " - ". */
export function zoneNameKey(name: string): string {
  return name
    .toLowerCase()
    .replace(/\s*-\s*/g, ' - ')
    .replace(/\s+/g, ' ')
    .trim();
}

import { clampText, MAX_UTC_OFFSET_MINUTES, MIN_UTC_OFFSET_MINUTES } from '../candidate/observation';
import { UTC_NAMES, ZONE_NAMES, zoneNameKey } from './time-zone-names';

/**
 * Time-zone labels as scheduling pages write them ("Asia/Seoul", "GMT+09:00", "(GMT-05:00) Eastern
 * Time - New York", "UTC−05:00" with a Unicode minus, "Korea Standard Time") turned into the UTC
 * offset in force at a given moment. IANA zones go through Intl, so summer time is applied for the
 * event's own date; a written offset is taken as written. Anything else is not recognised: a wrong
 * offset would light the time-zone check, so nothing is guessed.
 */

/** What a label says: a zone (IANA, canonical), a written offset, or both. */
export interface ZoneLabel {
  zone?: string;
  offsetMinutes?: number;
}

/** Health problems, naming the field only (page text never goes into health). */
export const ZONE_PROBLEMS = {
  notRecognised: 'utcOffsetMinutes: time zone not recognised',
  needsDate: 'utcOffsetMinutes: event date not found',
  organiserOnly: "utcOffsetMinutes: only the organiser's time zone is shown",
} as const;

export type ZoneOffset = { ok: true; minutes: number } | { ok: false; problem: string };

// Candidate IANA ids ("Asia/Seoul", "America/Argentina/Buenos_Aires", "Etc/GMT-9"); Intl decides.
const IANA_TOKEN = /[A-Za-z][A-Za-z0-9_+-]*(?:\/[A-Za-z0-9_+-]+)+/g;
// "GMT+9", "GMT+09:00", "UTC-0530", "UTC -05:00". A sign is required: "GMT" alone is a name.
const WRITTEN_OFFSET = /\b(?:GMT|UTC)\s*([+-])\s*(\d{1,2})(?::?(\d{2}))?(?![\d:])/i;
// Unicode minus and the dashes people type for one.
const MINUS_LIKE = /[\u2212\u2010-\u2014\ufe63\uff0d]/g;
const DAY_MS = 86_400_000;

const formatters = new Map<string, Intl.DateTimeFormat | null>();

/** A formatter for the zone, or null when Intl does not know it (cached either way). */
function formatter(zone: string): Intl.DateTimeFormat | null {
  const cached = formatters.get(zone);
  if (cached !== undefined) return cached;
  let made: Intl.DateTimeFormat | null = null;
  try {
    made = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' });
  } catch {
    made = null; // RangeError: not a zone this browser knows
  }
  if (formatters.size < 500) formatters.set(zone, made);
  return made;
}

/** The canonical IANA id ("asia/seoul" -> "Asia/Seoul", "US/Eastern" -> "America/New_York"), if valid. */
export function canonicalZone(name: string): string | undefined {
  return formatter(name)?.resolvedOptions().timeZone;
}

/** Minutes east of UTC that `zone` uses at `atMs`, or undefined for an unknown zone. */
export function zoneOffsetMinutes(zone: string, atMs: number): number | undefined {
  const format = formatter(zone);
  if (!format || !Number.isFinite(atMs)) return undefined;
  const name = format.formatToParts(atMs).find((p) => p.type === 'timeZoneName')?.value ?? '';
  if (name === 'GMT' || name === 'UTC') return 0;
  const match = /^(?:GMT|UTC)([+-])(\d{1,2})(?::(\d{2}))?$/.exec(name.replace(MINUS_LIKE, '-'));
  if (!match) return undefined;
  const minutes = Number(match[2]) * 60 + Number(match[3] ?? 0);
  return match[1] === '-' ? -minutes : minutes;
}

/** Every offset `zone` uses in the year around `atMs` (sampled fortnightly), ascending. */
export function zoneOffsetsAround(zone: string, atMs: number): number[] {
  const offsets = new Set<number>();
  for (let day = -182; day <= 182; day += 14) {
    const offset = zoneOffsetMinutes(zone, atMs + day * DAY_MS);
    if (offset !== undefined) offsets.add(offset);
  }
  return [...offsets].sort((a, b) => a - b);
}

function writtenOffset(match: RegExpExecArray): number | undefined {
  const hours = Number(match[2]);
  const minutes = Number(match[3] ?? 0);
  // Offsets in use have whole, half or three-quarter hours (Nepal +05:45); "GMT+1:23" is no zone.
  if (![0, 15, 30, 45].includes(minutes)) return undefined;
  const total = (hours * 60 + minutes) * (match[1] === '-' ? -1 : 1);
  return total >= MIN_UTC_OFFSET_MINUTES && total <= MAX_UTC_OFFSET_MINUTES ? total : undefined;
}

/** Reads a label; undefined when it names neither a zone nor an offset this code knows. */
export function parseZoneLabel(raw: string | null | undefined): ZoneLabel | undefined {
  const text = clampText(raw, 200)?.replace(MINUS_LIKE, '-');
  if (!text) return undefined;
  let rest = text;
  let zone: string | undefined;
  for (const token of text.match(IANA_TOKEN) ?? []) {
    zone = canonicalZone(token);
    if (zone) {
      // Removed before the offset is read: "Etc/GMT-9" is UTC+9, not the "GMT-9" inside it.
      rest = rest.replace(token, ' ');
      break;
    }
  }
  let offsetMinutes: number | undefined;
  const offset = WRITTEN_OFFSET.exec(rest);
  if (offset) {
    offsetMinutes = writtenOffset(offset);
    if (offsetMinutes === undefined) return undefined; // "GMT+25:00": a broken label, not a zone
    rest = rest.replace(offset[0], ' ');
  }
  const name = zoneNameKey(rest.replace(/[()[\]]/g, ' ').replace(/^[\s,;:-]+|[\s,;:-]+$/g, ''));
  if (!zone && name && ZONE_NAMES[name]) zone = canonicalZone(ZONE_NAMES[name]);
  if (!zone && offsetMinutes === undefined && UTC_NAMES.has(name)) offsetMinutes = 0;
  if (!zone && offsetMinutes === undefined) return undefined;
  return { ...(zone ? { zone } : {}), ...(offsetMinutes !== undefined ? { offsetMinutes } : {}) };
}

/**
 * The offset a label means at the event's start. A zone is evaluated at `eventAt`; without an event
 * date it is used only when the zone has one offset all year, else the written offset if there is
 * one. A label whose written offset is one its zone never uses contradicts itself: not recognised.
 */
export function offsetOfLabel(raw: string | null | undefined, when: { eventAt?: number; now: number }): ZoneOffset {
  const label = parseZoneLabel(raw);
  if (!label) return { ok: false, problem: ZONE_PROBLEMS.notRecognised };
  if (!label.zone) return { ok: true, minutes: label.offsetMinutes ?? 0 };
  const around = zoneOffsetsAround(label.zone, when.eventAt ?? when.now);
  if (label.offsetMinutes !== undefined && !around.includes(label.offsetMinutes)) return { ok: false, problem: ZONE_PROBLEMS.notRecognised };
  const atEvent = when.eventAt === undefined ? undefined : zoneOffsetMinutes(label.zone, when.eventAt);
  if (atEvent !== undefined) return { ok: true, minutes: atEvent };
  if (around.length === 1 && around[0] !== undefined) return { ok: true, minutes: around[0] };
  if (label.offsetMinutes !== undefined) return { ok: true, minutes: label.offsetMinutes };
  return { ok: false, problem: ZONE_PROBLEMS.needsDate };
}

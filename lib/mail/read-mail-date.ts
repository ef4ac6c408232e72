import { MAX_UTC_OFFSET_MINUTES, MIN_UTC_OFFSET_MINUTES } from '../candidate/observation';

/**
 * Reads a Date field (RFC 5322 §3.3) for the two things a parsed Date object loses or guesses: the
 * zone offset exactly as the sender's software wrote it, and the instant, computed here rather than
 * by `Date.parse` (whose reading of mail dates is left to each engine). Tokens, not a pattern over
 * the whole field: `[day-of-week ","] day month year hour ":" minute [":" second] zone`, comments
 * such as "(PST)" removed first, obsolete forms (two-digit years, named US zones) accepted.
 */
export interface MailDate {
  /** The instant, ISO 8601 in UTC; absent when the date or its zone cannot be read. */
  sentAt?: string;
  /** Minutes east of UTC; absent when the field gives no usable zone (see `note`). */
  offsetMinutes?: number;
  /** Why the offset (or the whole date) is absent, for people: "Date -0000 (…)". */
  note?: string;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
// RFC 5322 §4.3 obs-zone: UT and GMT are +0000, the North American names have fixed offsets.
const NAMED_ZONES: Record<string, number> = {
  ut: 0, utc: 0, gmt: 0, est: -300, edt: -240, cst: -360, cdt: -300, mst: -420, mdt: -360, pst: -480, pdt: -420,
};
const ZONE_UNKNOWN = '(the sender\'s time zone is not given)';

/** The field without comments, commas as spaces, split into words. */
function words(value: string): string[] {
  let out = '';
  let depth = 0;
  for (const c of value) {
    if (c === '(') depth++;
    else if (c === ')') depth = Math.max(0, depth - 1);
    else if (depth === 0) out += c === ',' ? ' ' : c;
  }
  return out.split(/\s+/).filter((w) => w !== '');
}

const digits = (w: string | undefined, min: number, max: number) =>
  w !== undefined && w.length >= min && w.length <= max && /^\d+$/.test(w) ? Number(w) : undefined;

/** Minutes east of UTC for a zone word, `null` for a zone that says "unknown", undefined if unreadable. */
function zoneMinutes(word: string | undefined): number | null | undefined {
  if (word === undefined) return undefined;
  const numeric = /^([+-])(\d{2})(\d{2})$/.exec(word);
  if (numeric) {
    const [, sign, hh, mm] = numeric;
    // RFC 5322 §3.3: "-0000" means the time is UTC but the sender's local zone is unknown.
    if (sign === '-' && hh === '00' && mm === '00') return null;
    const minutes = Number(hh) * 60 + Number(mm);
    if (Number(mm) > 59) return undefined;
    return sign === '-' ? -minutes : minutes;
  }
  const lower = word.toLowerCase();
  if (lower in NAMED_ZONES) return NAMED_ZONES[lower];
  // Military letters: RFC 5322 §4.3 says to read them as "-0000" (RFC 822 had their signs reversed).
  if (/^[a-ik-z]$/.test(lower)) return null;
  return undefined;
}

/** Reads one Date field value; `undefined` (no Date field) gives a note saying so. */
export function readMailDate(value: string | undefined): MailDate {
  if (value === undefined) return { note: 'no Date field (the sender\'s time zone is unknown)' };
  const w = words(value.slice(0, 200)); // a real date is ~40 characters; the rest is noise
  let i = w[0] !== undefined && /^[a-z]{3}$/i.test(w[0]) ? 1 : 0; // optional day of week
  const day = digits(w[i++], 1, 2);
  const month = MONTHS.indexOf((w[i++] ?? '').slice(0, 3).toLowerCase());
  const yearWord = w[i++];
  let year = digits(yearWord, 2, 4);
  const time = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/.exec(w[i++] ?? '');
  const zone = zoneMinutes(w[i]);
  if (day === undefined || month < 0 || year === undefined || !time) return { note: 'Date (not a date this reader understands)' };
  // RFC 5322 §4.3 obs-year: two digits are 19xx from 50 on, else 20xx; three digits add 1900.
  if (yearWord?.length === 2) year += year < 50 ? 2000 : 1900;
  else if (yearWord?.length === 3) year += 1900;
  const [hour, minute, second] = [Number(time[1]), Number(time[2]), Number(time[3] ?? 0)];
  const local = Date.UTC(year, month, day, hour, minute, second);
  const check = new Date(local);
  // Date.UTC rolls 31 Feb into March: a date that does not survive the round trip is not real.
  if (check.getUTCDate() !== day || check.getUTCMonth() !== month || hour > 23 || minute > 59 || second > 60) {
    return { note: 'Date (not a real date)' };
  }
  if (zone === undefined) return { note: w[i] === undefined ? `Date without a zone ${ZONE_UNKNOWN}` : 'Date (its zone is not a UTC offset)' };
  const offset = zone ?? 0;
  const sentAt = new Date(local - offset * 60_000).toISOString();
  if (zone === null) return { sentAt, note: `Date ${w[i]} ${ZONE_UNKNOWN}` };
  if (zone < MIN_UTC_OFFSET_MINUTES || zone > MAX_UTC_OFFSET_MINUTES) return { note: `Date ${w[i]} (not a real UTC offset)` };
  return { sentAt, offsetMinutes: zone };
}

import { clampText } from '../candidate/observation';

/**
 * When a scheduled event takes place, from the way a scheduling page writes it: an ISO instant
 * (`<time datetime>`), an ISO date, or English text ("Wednesday, July 15, 2026 ⋅ 10:00 – 10:30am",
 * "15 July 2026", "Sunday, September 27" without a year). It is only used to pick the offset a time
 * zone has on that day, so a date without a time is taken at 12:00 UTC (one calendar day everywhere
 * except the far edges of the date line). Numeric dates such as 07/08/2026 are left out: day and
 * month order cannot be told apart.
 */

const MONTH = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
const MONTH_FIRST = new RegExp(`\\b${MONTH}\\s+${DAY}(?:,?\\s+(\\d{4}))?(?![\\d:])`, 'i');
const DAY_FIRST = new RegExp(`\\b${DAY}\\s+${MONTH}(?:,?\\s+(\\d{4}))?(?![\\d:])`, 'i');
const ISO_INSTANT = /\b(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2}))\b/i;
const ISO_DATE = /\b(\d{4})-(\d{2})-(\d{2})\b/;
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** 12:00 UTC on the date, or undefined when there is no such day (February 30). */
function noonUtc(year: number, month: number, day: number): number | undefined {
  if (year < 1970 || year > 2100) return undefined;
  const at = Date.UTC(year, month - 1, day, 12);
  const back = new Date(at);
  return back.getUTCFullYear() === year && back.getUTCMonth() === month - 1 && back.getUTCDate() === day ? at : undefined;
}

/** A date written without its year is the one nearest to `now`: pages leave the year out for dates close by. */
function nearestYear(month: number, day: number, now: number): number | undefined {
  const year = new Date(now).getUTCFullYear();
  const options = [year - 1, year, year + 1].flatMap((y) => noonUtc(y, month, day) ?? []);
  return options.sort((a, b) => Math.abs(a - now) - Math.abs(b - now))[0];
}

function fromWords(monthName: string, day: string, year: string | undefined, now: number): number | undefined {
  const month = MONTHS.indexOf(monthName.slice(0, 3).toLowerCase()) + 1;
  if (month === 0) return undefined;
  if (year !== undefined) return noonUtc(Number(year), month, Number(day));
  return Number.isFinite(now) ? nearestYear(month, Number(day), now) : undefined;
}

/** Epoch ms of the event's start (exact for an ISO instant, else noon UTC of its date), or undefined. */
export function parseEventDate(value: string | null | undefined, now: number): number | undefined {
  const text = clampText(value, 300);
  if (!text) return undefined;
  const instant = ISO_INSTANT.exec(text)?.[1];
  if (instant) {
    const at = Date.parse(instant);
    return Number.isFinite(at) && at >= 0 ? at : undefined;
  }
  const iso = ISO_DATE.exec(text);
  if (iso) return noonUtc(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const monthFirst = MONTH_FIRST.exec(text);
  if (monthFirst?.[1] && monthFirst[2]) return fromWords(monthFirst[1], monthFirst[2], monthFirst[3], now);
  const dayFirst = DAY_FIRST.exec(text);
  if (dayFirst?.[1] && dayFirst[2]) return fromWords(dayFirst[2], dayFirst[1], dayFirst[3], now);
  return undefined;
}

import { clampText } from '../candidate/observation';

/**
 * Dates as profile pages print them ("Mar 2021", "2014 - Jun 2019", "Apr 2, 2011", ISO datetimes)
 * turned into the observation's partial ISO form (YYYY, YYYY-MM, YYYY-MM-DD). English month names
 * only; anything else is left unparsed rather than guessed.
 */

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

function monthNumber(name: string): number | undefined {
  const word = name.toLowerCase().replace(/\.$/, '');
  if (word.length < 3) return undefined;
  const index = MONTHS.findIndex((m) => m.startsWith(word) || (word === 'sept' && m === 'september'));
  return index < 0 ? undefined : index + 1;
}

function isoDate(year: string, month?: number, day?: number): string | undefined {
  const y = Number(year);
  if (y < 1900 || y > 2100) return undefined;
  if (month === undefined) return year;
  if (month < 1 || month > 12) return undefined;
  const mm = `${year}-${String(month).padStart(2, '0')}`;
  if (day === undefined) return mm;
  return day >= 1 && day <= 31 ? `${mm}-${String(day).padStart(2, '0')}` : undefined;
}

/** "Mar 2021" -> "2021-03", "2021" -> "2021", "Apr 2, 2011" / "2011-04-02T09:31:17Z" -> "2011-04-02". */
export function parsePartialDate(value: string | null | undefined): string | undefined {
  const text = clampText(value, 80);
  if (!text) return undefined;
  let m = /^(\d{4})-(\d{2})(?:-(\d{2}))?(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/i.exec(text);
  if (m?.[1]) return isoDate(m[1], Number(m[2]), m[3] === undefined ? undefined : Number(m[3]));
  m = /^([A-Za-z]{3,9}\.?)\s+(\d{1,2}),?\s+(\d{4})$/.exec(text);
  if (m?.[1] && m[3]) return withMonth(m[3], m[1], Number(m[2]));
  m = /^(\d{1,2})\s+([A-Za-z]{3,9}\.?),?\s+(\d{4})$/.exec(text);
  if (m?.[2] && m[3]) return withMonth(m[3], m[2], Number(m[1]));
  m = /^([A-Za-z]{3,9}\.?),?\s+(\d{4})$/.exec(text);
  if (m?.[1] && m[2]) return withMonth(m[2], m[1]);
  m = /^(\d{4})$/.exec(text);
  return m?.[1] ? isoDate(m[1]) : undefined;
}

function withMonth(year: string, monthName: string, day?: number): string | undefined {
  const month = monthNumber(monthName);
  return month === undefined ? undefined : isoDate(year, month, day);
}

export interface DateRange {
  start?: string;
  end?: string;
  current?: boolean;
}

/** "Dec 2019 - Present · 2 yrs 4 mos" -> { start: "2019-12", current: true }. */
export function parseDateRange(value: string | null | undefined): DateRange {
  const text = (clampText(value, 200) ?? '').split('·')[0] ?? '';
  const [from, to] = text.split(/\s+[-–—]\s+|\s+to\s+/i);
  const range: DateRange = {};
  const start = parsePartialDate(from);
  if (start) range.start = start;
  if (to !== undefined) {
    if (/^\s*(present|current|now|today)\s*$/i.test(to)) range.current = true;
    const end = parsePartialDate(to);
    if (end) range.end = end;
  }
  return range;
}

import { dayValue } from './date-input';

/**
 * Times in exports, in the reviewer's local time like the pages show them. A file travels, so the
 * report states the UTC offset once; spreadsheets read `YYYY-MM-DD HH:MM` as a date and time.
 */

const pad = (n: number) => String(n).padStart(2, '0');

/** `YYYY-MM-DD HH:MM`, local time (the same text as the pages' formatDateTime); `unknown date` for a bad timestamp. */
export function localDateTime(ms: number): string {
  const d = new Date(ms);
  if (Number.isNaN(d.getTime())) return 'unknown date';
  return `${dayValue(ms)} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** `UTC+02:00`, `UTC-05:30`: the local offset at `ms`. */
export function utcOffsetLabel(ms: number): string {
  const minutes = -new Date(ms).getTimezoneOffset();
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `UTC${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/** `2026-11-20`, local day, for file names. */
export const fileDay = (ms: number): string => dayValue(ms);

/** `<input type="date">` values (YYYY-MM-DD, the recruiter's local day) to and from epoch ms. */

/** Local midnight starting the day, or undefined for an empty or malformed value. */
export function dayStart(value: string): number | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return undefined;
  const d = new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return Number.isNaN(d.getTime()) ? undefined : d.getTime();
}

/** Local midnight after the day: the exclusive end of a range that includes the day. */
export function dayEnd(value: string): number | undefined {
  const start = dayStart(value);
  if (start === undefined) return undefined;
  const d = new Date(start);
  d.setDate(d.getDate() + 1);
  return d.getTime();
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The day containing `ms` as an input value. */
export function dayValue(ms: number): string {
  const d = new Date(ms);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** The day before the exclusive end `ms` (the inverse of dayEnd). */
export function dayValueBefore(ms: number): string {
  const d = new Date(ms);
  d.setDate(d.getDate() - 1);
  return dayValue(d.getTime());
}

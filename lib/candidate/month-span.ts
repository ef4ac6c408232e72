/**
 * Partial dates (`2019`, `2019-03`, `2019-03-14`) as the months they can mean, counted from year 0
 * (year * 12 + month - 1). A year alone can be any of its twelve months, so comparisons between a
 * year and a month never invent a difference that is only a matter of precision.
 */
export interface MonthSpan {
  first: number;
  last: number;
}

export function monthSpan(partial: string | undefined): MonthSpan | undefined {
  const match = /^(\d{4})(?:-(\d{2}))?/.exec(partial ?? '');
  if (!match) return undefined;
  const year = Number(match[1]);
  if (match[2] === undefined) return { first: year * 12, last: year * 12 + 11 };
  const month = Number(match[2]);
  if (month < 1 || month > 12) return undefined;
  return { first: year * 12 + month - 1, last: year * 12 + month - 1 };
}

/** Months between two spans; 0 when they share a month. */
export function monthsApart(a: MonthSpan, b: MonthSpan): number {
  return Math.max(0, b.first - a.last, a.first - b.last);
}

/** The month (as counted here) an epoch-ms instant falls in, UTC. */
export function monthOf(epochMs: number): number {
  const d = new Date(epochMs);
  return d.getUTCFullYear() * 12 + d.getUTCMonth();
}

/** Dates in signal lists are calendar days in UTC (lib/lists/FORMAT.md); these compare epoch times with them. */

/** `YYYY-MM-DD` in UTC. */
export function utcDay(epochMs: number): string {
  return new Date(epochMs).toISOString().slice(0, 10);
}

/** Expired after its `expires` day, which is the last day the list is meant to be used. */
export function isExpired(expires: string | undefined, now: number): boolean {
  return expires !== undefined && utcDay(now) > expires;
}

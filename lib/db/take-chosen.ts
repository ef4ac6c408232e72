/**
 * Splits a candidate's rows into those a reviewer chose (by id) and the rest. An id that is not
 * among the rows (another tab moved or deleted it meanwhile) fails the whole change, with a
 * sentence naming what went missing: doing part of what the reviewer confirmed would surprise them.
 */
export function takeChosen<T extends { id: string }>(
  rows: readonly T[],
  ids: readonly string[],
  /** With its article: `a page`, `an interview summary`. */
  what: string,
): { taken: T[]; kept: T[] } {
  const chosen = new Set(ids);
  const taken = rows.filter((r) => chosen.has(r.id));
  if (taken.length !== chosen.size) {
    throw new Error(`${what.charAt(0).toUpperCase()}${what.slice(1)} you chose is no longer on this record: reload the case and choose again.`);
  }
  return { taken, kept: rows.filter((r) => !chosen.has(r.id)) };
}

import { SEVERITIES, type ListEntry, type ListFilter, type SignalList, type WeightOverride } from './schema';

/**
 * The one text a list has: fixed key order, entries sorted by kind then value with duplicates merged,
 * filters and overrides sorted, two-space indent, trailing newline. Lists then diff cleanly, and a
 * detached signature (./signature.ts) is made and checked over exactly these bytes.
 *
 * Sorting compares UTF-16 code units, never localeCompare: the order must not depend on the locale of
 * the machine that wrote the file.
 */

const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
// Merged notes and sources are distinct values sorted and joined, so the result ignores input order.
const JOIN = '; ';

function joinDistinct(values: readonly (string | undefined)[]): string | undefined {
  const distinct = [...new Set(values.filter((v): v is string => v !== undefined))].sort(compare);
  return distinct.length === 0 ? undefined : distinct.join(JOIN);
}

/** Entries with the same kind and value become one: notes and sources joined, the highest severity kept. */
function mergeEntries(group: readonly ListEntry[]): ListEntry {
  const first = group[0];
  if (first === undefined) throw new Error('empty group');
  if (group.length === 1) return first;
  const merged: ListEntry = { kind: first.kind, value: first.value };
  const note = joinDistinct(group.map((e) => e.note));
  const source = joinDistinct(group.map((e) => e.source));
  // reduce, not Math.max(...): a list can repeat one value a million times, beyond any argument limit.
  const rank = group.reduce((max, e) => Math.max(max, e.severity === undefined ? -1 : SEVERITIES.indexOf(e.severity)), -1);
  if (note !== undefined) merged.note = note;
  if (source !== undefined) merged.source = source;
  const severity = SEVERITIES[rank];
  if (severity !== undefined) merged.severity = severity;
  return merged;
}

/** Items sorted by key, equal keys gathered into one group each (the sort is needed anyway; runs of equal keys are the groups). */
function sortedGroups<T>(items: readonly T[], key: (item: T) => string): T[][] {
  const keyed = items.map((item) => ({ k: key(item), item }));
  // Array.prototype.sort is stable, so items with one key keep their input order within the group.
  keyed.sort((a, b) => compare(a.k, b.k));
  const groups: T[][] = [];
  let previous: string | undefined;
  for (const { k, item } of keyed) {
    if (k === previous) groups[groups.length - 1]?.push(item);
    else groups.push([item]);
    previous = k;
  }
  return groups;
}

/** Filters for one signal and match become one, their reasons joined. */
function mergeFilters(group: readonly ListFilter[]): ListFilter {
  const first = group[0];
  if (first === undefined) throw new Error('empty group');
  return { signalId: first.signalId, match: { kind: first.match.kind, value: first.match.value }, reason: joinDistinct(group.map((f) => f.reason)) ?? first.reason };
}

export interface CanonicalResult {
  list: SignalList;
  /** How many entries disappeared into another with the same kind and value. */
  mergedEntries: number;
}

export function canonicalise(list: SignalList): CanonicalResult {
  // NUL cannot occur in a kind, so "kind\0value" sorts by kind first and then by value.
  const entries = sortedGroups(list.entries, (e) => `${e.kind}\u0000${e.value}`).map(mergeEntries);
  const filters = sortedGroups(list.filters, (f) => `${f.signalId}\u0000${f.match.kind}\u0000${f.match.value}`).map(mergeFilters);
  // The schema refuses two overrides for one signal; exact copies from code are dropped, anything else kept in a fixed order.
  const overrides = sortedGroups(list.weightOverrides, (o) => `${o.signalId}\u0000${o.weight}\u0000${o.reason}`).map((g) => g[0] as WeightOverride);
  const out: SignalList = {
    format: list.format,
    version: list.version,
    id: list.id,
    title: list.title,
    author: list.author,
    ...(list.description === undefined ? {} : { description: list.description }),
    ...(list.category === undefined ? {} : { category: list.category }),
    created: list.created,
    modified: list.modified,
    ...(list.expires === undefined ? {} : { expires: list.expires }),
    references: [...new Set(list.references)].sort(compare),
    entries: entries.map(orderEntry),
    filters,
    weightOverrides: overrides.map((o) => ({ signalId: o.signalId, weight: o.weight, reason: o.reason })),
  };
  return { list: out, mergedEntries: list.entries.length - entries.length };
}

/** Builds the entry afresh so its keys are always in the documented order. */
function orderEntry(e: ListEntry): ListEntry {
  const out: ListEntry = { kind: e.kind, value: e.value };
  if (e.note !== undefined) out.note = e.note;
  if (e.source !== undefined) out.source = e.source;
  if (e.severity !== undefined) out.severity = e.severity;
  return out;
}

/** The canonical text of `list`. */
export function formatList(list: SignalList): string {
  return `${JSON.stringify(canonicalise(list).list, null, 2)}\n`;
}

/** UTF-8 of formatList: the bytes a list signature covers. */
export function canonicalBytes(list: SignalList): Uint8Array {
  return new TextEncoder().encode(formatList(list));
}

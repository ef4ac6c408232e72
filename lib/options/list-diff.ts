import type { SignalList } from '../lists/schema';

/**
 * What importing a list would change compared with the stored list of the same id, for the preview
 * the options page shows before anything is written. Entries are matched by kind and value
 * ("changed" = same kind and value, different note, source or severity), filters by signal and
 * match, weight overrides by signal. Linear in the list sizes: a million entries take about a
 * second, never the minutes of comparing each entry with each.
 */

export interface PartDiff {
  added: number;
  removed: number;
  changed: number;
  unchanged: number;
}

export interface ListDiff {
  entries: PartDiff;
  filters: PartDiff;
  weightOverrides: PartDiff;
  /** Names of the metadata fields whose values differ ("title", "expires"). */
  metadata: string[];
}

/** The parts of a list a diff looks at; stored lists come back from the database in this shape. */
export type DiffableList = Pick<SignalList, 'entries' | 'filters' | 'weightOverrides' | (typeof METADATA_FIELDS)[number]>;

const METADATA_FIELDS = ['title', 'author', 'description', 'category', 'created', 'modified', 'expires', 'references'] as const;

// NUL cannot occur in a kind or signal id, so joined keys never collide.
const SEP = '\u0000';

type Entry = DiffableList['entries'][number];

/** Canonical entry order (lib/lists/canonical.ts): kind, then value, by UTF-16 code units. */
function compareEntries(a: Entry, b: Entry): number {
  if (a.kind !== b.kind) return a.kind < b.kind ? -1 : 1;
  return a.value < b.value ? -1 : a.value > b.value ? 1 : 0;
}

function strictlySorted<T>(items: readonly T[], compare: (a: T, b: T) => number): boolean {
  for (let i = 1; i < items.length; i++) if (compare(items[i - 1] as T, items[i] as T) >= 0) return false;
  return true;
}

/** Both sides in strictly increasing order: one merge pass, no hashing of a million keys. */
function mergeSorted<T>(before: readonly T[], after: readonly T[], compare: (a: T, b: T) => number, same: (a: T, b: T) => boolean): PartDiff {
  const diff: PartDiff = { added: 0, removed: 0, changed: 0, unchanged: 0 };
  let i = 0;
  let j = 0;
  while (i < before.length && j < after.length) {
    const a = before[i] as T;
    const b = after[j] as T;
    const order = compare(a, b);
    if (order < 0) {
      diff.removed++;
      i++;
    } else if (order > 0) {
      diff.added++;
      j++;
    } else {
      if (same(a, b)) diff.unchanged++;
      else diff.changed++;
      i++;
      j++;
    }
  }
  diff.removed += before.length - i;
  diff.added += after.length - j;
  return diff;
}

function diffKeyed<T>(before: readonly T[], after: readonly T[], key: (item: T) => string, same: (a: T, b: T) => boolean): PartDiff {
  const old = new Map<string, T>();
  for (const item of before) old.set(key(item), item);
  const seen = new Set<string>();
  const diff: PartDiff = { added: 0, removed: 0, changed: 0, unchanged: 0 };
  for (const item of after) {
    const k = key(item);
    // A repeated key in the new list is one entry, as canonicalisation would merge it.
    if (seen.has(k)) continue;
    seen.add(k);
    const previous = old.get(k);
    if (previous === undefined) diff.added++;
    else if (same(previous, item)) diff.unchanged++;
    else diff.changed++;
  }
  for (const k of old.keys()) if (!seen.has(k)) diff.removed++;
  return diff;
}

const sameEntry = (a: Entry, b: Entry) => a.note === b.note && a.source === b.source && a.severity === b.severity;

/**
 * Parsed and stored lists are canonical (sorted, no duplicates), so entries are merged in order;
 * anything else (a list stored before canonical order, test data) takes the keyed path.
 */
function diffEntries(before: readonly Entry[], after: readonly Entry[]): PartDiff {
  if (strictlySorted(before, compareEntries) && strictlySorted(after, compareEntries)) return mergeSorted(before, after, compareEntries, sameEntry);
  return diffKeyed(before, after, (e) => `${e.kind}${SEP}${e.value}`, sameEntry);
}

export function diffLists(stored: DiffableList, incoming: DiffableList): ListDiff {
  return {
    entries: diffEntries(stored.entries, incoming.entries),
    filters: diffKeyed(
      stored.filters,
      incoming.filters,
      (f) => `${f.signalId}${SEP}${f.match.kind}${SEP}${f.match.value}`,
      (a, b) => a.reason === b.reason,
    ),
    weightOverrides: diffKeyed(
      stored.weightOverrides,
      incoming.weightOverrides,
      (o) => o.signalId,
      (a, b) => a.weight === b.weight && a.reason === b.reason,
    ),
    metadata: METADATA_FIELDS.filter((field) => JSON.stringify(stored[field] ?? null) !== JSON.stringify(incoming[field] ?? null)),
  };
}

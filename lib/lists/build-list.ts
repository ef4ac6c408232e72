import type { PathSegment } from './json-path';
import { accept } from './parse-native';
import { count, finishProblems, problemsFromZod, refuse, type ListParseResult, type RawProblem } from './result';
import { LIST_FORMAT, LIST_VERSION, MAX_ENTRIES, SignalListSchema, type ListMetadata } from './schema';

/**
 * The common last step of the foreign-format importers: their entries go through the same schema as
 * a native list (one set of rules for values), and each problem is reported at the place in the
 * source it came from (a CSV line, a MISP attribute, a STIX object), not at a native path the user
 * never wrote.
 */

export interface ImportedEntry {
  entry: { kind: string; value: string; note?: string; source?: string; severity?: string };
  /**
   * Where the entry came from in the source document. `byField`: the source has the same field names
   * (CSV columns), so a problem's path is the field itself, at the origin's line.
   */
  origin: { segments: PathSegment[]; line?: number; byField?: boolean };
}

export interface BuildOptions {
  metadata: Partial<ListMetadata>;
  entries: readonly ImportedEntry[];
  warnings: string[];
  /** Problems the importer already found; reported together with the schema's. */
  problems?: RawProblem[];
  /** The source JSON text, to find lines for origins given as JSON paths. */
  text?: string;
}

export function buildImportedList({ metadata, entries, warnings, problems = [], text }: BuildOptions): ListParseResult {
  if (entries.length > MAX_ENTRIES) {
    return refuse([{ segments: [], message: `${count(entries.length, 'entry')}; a list holds at most ${count(MAX_ENTRIES, 'entry')}` }]);
  }
  const raw = {
    format: LIST_FORMAT,
    version: LIST_VERSION,
    ...withoutUndefined(metadata),
    references: metadata.references ?? [],
    entries: entries.map((e) => withoutUndefined(shorten(e.entry))),
    filters: [],
    weightOverrides: [],
  };
  const parsed = SignalListSchema.safeParse(raw);
  const all = [...problems];
  if (!parsed.success) {
    for (const p of problemsFromZod(parsed.error.issues)) {
      const [top, index, ...rest] = p.segments;
      const origin = top === 'entries' && typeof index === 'number' ? entries[index]?.origin : undefined;
      if (origin) {
        // Otherwise the field name goes in the message: the source calls it something else ("type").
        const field = rest.length > 0 && !origin.byField ? `${rest.join('.')}: ` : '';
        const segments = origin.byField ? [...origin.segments, ...rest] : origin.segments;
        all.push({ segments, message: `${field}${p.message}`, ...(origin.line === undefined ? {} : { line: origin.line }) });
      } else {
        // Metadata: derived by the importer or passed in by the caller.
        all.push({ segments: ['metadata', ...p.segments], message: p.message, unplaced: true });
      }
    }
  }
  if (all.length > 0 || !parsed.success) return { ok: false, problems: finishProblems(all, text) };
  return accept(parsed.data, warnings);
}

// Foreign formats have no length limits on comments; a long one is cut, not a reason to refuse the list.
const MAX_NOTE = 2000;
const MAX_SOURCE = 500;
function cut(text: string | undefined, max: number): string | undefined {
  if (text === undefined || text.length <= max) return text;
  // Never end on the first half of a surrogate pair: that would be invalid Unicode in the list.
  const end = /[\uD800-\uDBFF]/.test(text[max - 2] ?? '') ? max - 2 : max - 1;
  return `${text.slice(0, end)}…`;
}

function shorten(entry: ImportedEntry['entry']): ImportedEntry['entry'] {
  return { ...entry, note: cut(entry.note, MAX_NOTE), source: cut(entry.source, MAX_SOURCE) };
}

function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

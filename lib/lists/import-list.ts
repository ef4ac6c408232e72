import { readJson } from './read-input';
import { parseCsvList } from './parse-csv';
import { mispFromJson, parseMispEvent } from './parse-misp';
import { nativeFromJson, parseNativeList } from './parse-native';
import { parseStixBundle, stixFromJson } from './parse-stix';
import { refuse, type ListParseResult, type ListProblem } from './result';
import { LIST_FORMAT, type ListMetadata, type SignalList } from './schema';

/**
 * The one entry point for the options page: any supported format in, a canonical list or every
 * problem out. A JSON document is parsed once and recognised by its shape; anything that is not
 * JSON is read as CSV.
 */

export const LIST_FORMATS = ['native', 'csv', 'misp', 'stix'] as const;
export type ListFormat = (typeof LIST_FORMATS)[number];

export interface ImportOptions {
  /** Skip detection. */
  format?: ListFormat;
  /** Required for CSV; for MISP and STIX it overrides what is derived from the source. */
  metadata?: Partial<ListMetadata>;
}

export type ImportResult = ListParseResult & { format?: ListFormat };

export function importList(text: string, options: ImportOptions = {}): ImportResult {
  const metadata = options.metadata ?? {};
  switch (options.format) {
    case 'native':
      return { ...parseNativeList(text), format: 'native' };
    case 'csv':
      return { ...parseCsvList(text, metadata), format: 'csv' };
    case 'misp':
      return { ...parseMispEvent(text, metadata), format: 'misp' };
    case 'stix':
      return { ...parseStixBundle(text, metadata), format: 'stix' };
    case undefined:
      break;
  }
  // First character after a byte-order mark and whitespace; /\S/ stops at the first match.
  const first = /\S/.exec(text.charCodeAt(0) === 0xfeff ? text.slice(1, 4096) : text.slice(0, 4096))?.[0];
  if (first !== '{' && first !== '[') return { ...parseCsvList(text, metadata), format: 'csv' };

  const json = readJson(text);
  if (!json.ok) return refuse(json.problems);
  const value = json.value;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return refuse([{ segments: [], line: 1, message: 'expected one JSON object; import several lists as separate files' }]);
  }
  const record = value as Record<string, unknown>;
  if (record.format === LIST_FORMAT) return { ...nativeFromJson(value, text), format: 'native' };
  if ('Event' in record) return { ...mispFromJson(value, text, metadata), format: 'misp' };
  if (record.type === 'bundle') return { ...stixFromJson(value, text, metadata), format: 'stix' };
  const message =
    typeof record.format === 'string'
      ? `unknown list format ${JSON.stringify(record.format.slice(0, 100))}; expected "${LIST_FORMAT}"`
      : `not a HireProof list ("format": "${LIST_FORMAT}"), a MISP event ("Event") or a STIX bundle ("type": "bundle")`;
  return refuse([{ segments: record.format === undefined ? [] : ['format'], message }], text);
}

export interface ImportedFile {
  file: string;
  list: SignalList;
  warnings: string[];
  format?: ListFormat;
}

/**
 * Several files imported together, all or none. Two lists with one id would overwrite each other
 * in storage, so a repeated id is a problem, named in both files.
 */
export function importLists(
  files: readonly { name: string; text: string; options?: ImportOptions }[],
): { ok: true; lists: ImportedFile[] } | { ok: false; problems: ListProblem[] } {
  const lists: ImportedFile[] = [];
  const problems: ListProblem[] = [];
  for (const { name, text, options } of files) {
    const result = importList(text, options);
    if (result.ok) lists.push({ file: name, list: result.list, warnings: result.warnings, ...(result.format ? { format: result.format } : {}) });
    else problems.push(...result.problems.map((p) => ({ ...p, file: name })));
  }
  const byId = new Map<string, string[]>();
  for (const { file, list } of lists) byId.set(list.id, [...(byId.get(list.id) ?? []), file]);
  for (const [id, names] of byId) {
    if (names.length < 2) continue;
    for (const [i, file] of names.entries()) {
      const others = names.filter((_, j) => j !== i).join(', ');
      problems.push({ file, path: 'id', message: `list id "${id}" is also used by ${others}` });
    }
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, lists };
}

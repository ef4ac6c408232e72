import { buildImportedList, type ImportedEntry } from './build-list';
import { readCsv } from './csv';
import { checkText, lineOfLoneSurrogate } from './read-input';
import { refuse, type ListParseResult, type RawProblem } from './result';
import { MAX_ENTRIES, type ListMetadata } from './schema';

/**
 * CSV lists: a header row naming the columns, then one entry per row (documented in ./FORMAT.md).
 * `kind` and `value` are required columns, `note`, `source` and `severity` optional, in any order.
 * CSV carries no list metadata, so the caller supplies it (the options page asks for a title).
 */

export const CSV_COLUMNS = ['kind', 'value', 'note', 'source', 'severity'] as const;
type Column = (typeof CSV_COLUMNS)[number];
const REQUIRED: readonly Column[] = ['kind', 'value'];

export function parseCsvList(input: string, metadata: Partial<ListMetadata>): ListParseResult {
  const checked = checkText(input);
  if (!checked.ok) return refuse(checked.problems);
  const text = checked.value;
  const badLine = lineOfLoneSurrogate(text);
  if (badLine !== undefined) return refuse([{ segments: [], line: badLine, message: 'invalid Unicode: lone surrogate' }]);

  // One more than the limit: the header row, and one more row to know the limit was exceeded.
  const read = readCsv(text, MAX_ENTRIES + 2);
  if (!read.ok) return refuse([{ segments: [], line: read.line, message: read.message }]);
  const records = read.records.filter((r) => !(r.fields.length === 1 && r.fields[0]?.trim() === ''));
  const header = records.shift();
  if (!header) return refuse([{ segments: [], message: `empty file; expected a header row: ${CSV_COLUMNS.join(',')}` }]);

  const columns = readHeader(header.fields, header.line);
  if (!columns.ok) return refuse(columns.problems);

  const problems: RawProblem[] = [];
  const entries: ImportedEntry[] = [];
  for (const record of records) {
    if (record.fields.length !== columns.names.length) {
      problems.push({ segments: [], line: record.line, message: `expected ${columns.names.length} fields, found ${record.fields.length}` });
      continue;
    }
    const entry: ImportedEntry['entry'] = { kind: '', value: '' };
    columns.names.forEach((name, i) => {
      const field = record.fields[i] ?? '';
      // Empty optional cells mean "none"; spreadsheets cannot leave a cell out.
      if (name === 'kind' || name === 'value') entry[name] = field;
      else if (field.trim() !== '') entry[name] = field;
    });
    entry.kind = entry.kind.trim().toLowerCase();
    entries.push({ entry, origin: { segments: [], line: record.line, byField: true } });
  }
  return buildImportedList({ metadata, entries, warnings: [], problems });
}

function readHeader(fields: readonly string[], line: number): { ok: true; names: Column[] } | { ok: false; problems: RawProblem[] } {
  const names = fields.map((f) => f.trim().toLowerCase());
  const problems: RawProblem[] = [];
  if (names.length === 1 && names[0]?.includes(';')) {
    problems.push({ segments: [], line, message: 'columns must be separated by commas, not semicolons' });
    return { ok: false, problems };
  }
  names.forEach((name, i) => {
    if (!(CSV_COLUMNS as readonly string[]).includes(name)) {
      problems.push({ segments: [], line, message: `unknown column "${name}" (columns: ${CSV_COLUMNS.join(', ')})` });
    } else if (names.indexOf(name) !== i) {
      problems.push({ segments: [], line, message: `column "${name}" appears twice` });
    }
  });
  for (const required of REQUIRED) {
    if (!names.includes(required)) problems.push({ segments: [], line, message: `missing column "${required}"` });
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, names: names as Column[] };
}

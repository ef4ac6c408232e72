/**
 * CSV writing for the review exports: RFC 4180 (comma-separated, CRLF line ends, a field quoted when
 * it holds a comma, quote or line break, quotes inside doubled), with two additions for the
 * spreadsheets HR opens these in.
 */

/** Excel reads a file without a byte-order mark as the machine's legacy code page, mangling names. */
export const CSV_BOM = '\uFEFF';
export const CSV_EOL = '\r\n';

// A cell starting with one of these is a formula to Excel, LibreOffice and Google Sheets (OWASP "CSV
// injection"): a name such as `=HYPERLINK("http://…")` taken from a job site would run when opened.
const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

export type CsvValue = string | number | boolean | undefined;

/** One field: text that could start a formula gets a leading apostrophe, then quoting as RFC 4180 asks. */
export function csvCell(value: CsvValue): string {
  if (value === undefined) return '';
  const text = String(value);
  const safe = FORMULA_START.test(text) ? `'${text}` : text;
  return NEEDS_QUOTES.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** One record, with its line end. */
export function csvLine(values: readonly CsvValue[]): string {
  return values.map(csvCell).join(',') + CSV_EOL;
}

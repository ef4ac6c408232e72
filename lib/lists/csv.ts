/**
 * RFC 4180 records: comma-separated, fields optionally in double quotes, a quote inside a quoted field
 * doubled, commas and line breaks allowed inside quotes; CRLF, LF or CR line ends. Deviations are
 * errors rather than guesses (a stray quote usually means a spreadsheet mangled the file, and
 * guessing would shift values into the wrong column).
 */

export interface CsvRecord {
  fields: string[];
  /** Line on which the record starts (1-based). */
  line: number;
}

export type CsvRead = { ok: true; records: CsvRecord[] } | { ok: false; line: number; message: string };

const UNQUOTED = /[^,\r\n]*/y;

/** Every record of `text`, or the first syntax error; stops with an error after `maxRecords`. */
export function readCsv(text: string, maxRecords: number): CsvRead {
  const records: CsvRecord[] = [];
  let i = 0;
  let line = 1;
  while (i < text.length) {
    if (records.length >= maxRecords) return { ok: false, line, message: `more than ${maxRecords.toLocaleString('en-US')} rows` };
    const start = line;
    const fields: string[] = [];
    for (;;) {
      if (text[i] === '"') {
        const quoteLine = line;
        let value = '';
        let chunk = ++i;
        for (;;) {
          const q = text.indexOf('"', i);
          if (q === -1) return { ok: false, line: quoteLine, message: 'quoted field is never closed' };
          line += countLineBreaks(text, i, q);
          if (text[q + 1] === '"') {
            value += text.slice(chunk, q + 1);
            i = chunk = q + 2;
            continue;
          }
          value += text.slice(chunk, q);
          i = q + 1;
          break;
        }
        fields.push(value);
        if (i < text.length && text[i] !== ',' && text[i] !== '\n' && text[i] !== '\r') {
          return { ok: false, line, message: 'text after a closing quote (double a quote inside a quoted field: "")' };
        }
      } else {
        UNQUOTED.lastIndex = i;
        const value = UNQUOTED.exec(text)?.[0] ?? '';
        if (value.includes('"')) {
          return { ok: false, line, message: 'quote inside an unquoted field (quote the whole field and double the quote: "")' };
        }
        fields.push(value);
        i += value.length;
      }
      if (text[i] !== ',') break;
      i++;
    }
    // End of record: CRLF, LF, CR or end of text.
    if (text[i] === '\r') i++;
    if (text[i] === '\n') i++;
    line++;
    records.push({ fields, line: start });
  }
  return { ok: true, records };
}

/** Line breaks in text[from, to), counting CRLF once. */
function countLineBreaks(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = text[i];
    if (c === '\n' || (c === '\r' && text[i + 1] !== '\n')) n++;
  }
  return n;
}

import { describe, expect, it } from 'vitest';
import { readCsv } from '../../../lib/lists/csv';
import { CSV_BOM, csvCell, csvLine } from '../../../lib/review/csv';

describe('csvCell', () => {
  it.each([
    ['plain', 'plain'],
    ['', ''],
    [undefined, ''],
    [42, '42'],
    [true, 'true'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['cr\rinside', '"cr\rinside"'],
    // Formula injection: a leading apostrophe makes the cell text in Excel, LibreOffice and Sheets.
    ['=HYPERLINK("http://x.test","click")', `"'=HYPERLINK(""http://x.test"",""click"")"`],
    ['+1 415 555 0134', "'+1 415 555 0134"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tTAB', "'\tTAB"],
    ['\rCR', `"'\rCR"`],
    ['a=b', 'a=b'],
    ["'already", "'already"],
  ] as Array<[string | number | boolean | undefined, string]>)('%j -> %j', (value, cell) => {
    expect(csvCell(value)).toBe(cell);
  });

  it('a line ends with CRLF and reads back, field for field, with an RFC 4180 reader', () => {
    const values = ['Jordan, "JD" Doe', '=cmd|" /C calc"!A0', 'line\r\nbreak', '', 'ok'];
    const line = csvLine(values);
    expect(line.endsWith('\r\n')).toBe(true);
    const read = readCsv(line, 10);
    expect(read).toEqual({ ok: true, records: [{ line: 1, fields: ['Jordan, "JD" Doe', `'=cmd|" /C calc"!A0`, 'line\r\nbreak', '', 'ok'] }] });
  });

  it('the byte-order mark is U+FEFF (EF BB BF in UTF-8)', () => {
    expect([...new TextEncoder().encode(CSV_BOM)]).toEqual([0xef, 0xbb, 0xbf]);
  });
});

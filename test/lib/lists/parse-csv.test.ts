import { describe, expect, it } from 'vitest';
import { readCsv } from '../../../lib/lists/csv';
import { parseCsvList } from '../../../lib/lists/parse-csv';
import { metadata } from './make-list';

describe('readCsv (RFC 4180)', () => {
  it.each<[string, string, string[][], number[]]>([
    ['plain', 'a,b\nc,d\n', [['a', 'b'], ['c', 'd']], [1, 2]],
    ['CRLF and no final line end', 'a,b\r\nc,d', [['a', 'b'], ['c', 'd']], [1, 2]],
    ['empty fields', ',a,\n', [['', 'a', '']], [1]],
    ['quoted comma and quote', '"a, ""b""",c\n', [['a, "b"', 'c']], [1]],
    ['line break inside quotes moves later lines', '"x\ny",1\nz,2\n', [['x\ny', '1'], ['z', '2']], [1, 3]],
    ['CRLF inside quotes counts once', '"x\r\ny",1\r\nz,2\r\n', [['x\r\ny', '1'], ['z', '2']], [1, 3]],
    ['blank line is a record of one empty field', 'a\n\nb\n', [['a'], [''], ['b']], [1, 2, 3]],
  ])('%s', (_label, text, fields, lines) => {
    const read = readCsv(text, 100);
    expect(read.ok && read.records.map((r) => r.fields)).toEqual(fields);
    expect(read.ok && read.records.map((r) => r.line)).toEqual(lines);
  });

  it.each<[string, string, number, RegExp]>([
    ['unclosed quote', 'a,b\n"c,d\ne,f\n', 2, /never closed/],
    ['text after a closing quote', 'a\n"b"c\n', 2, /after a closing quote/],
    ['quote inside an unquoted field', 'a\nb"c\n', 2, /quote inside an unquoted field/],
  ])('refuses %s', (_label, text, line, message) => {
    const read = readCsv(text, 100);
    expect(read.ok).toBe(false);
    if (!read.ok) {
      expect(read.line).toBe(line);
      expect(read.message).toMatch(message);
    }
  });

  it('stops after the record limit', () => {
    expect(readCsv('a\n'.repeat(10), 5)).toMatchObject({ ok: false, message: 'more than 5 rows' });
  });
});

describe('parseCsvList', () => {
  it('imports rows as entries with the given metadata', () => {
    const text = [
      'Kind,Value,Note,Source,Severity',
      'email,Jordan.Ellis+x@example.com,"Applied twice, different names",case 2025-017,high',
      'CIDR,198.51.100.7/24,Relay range,,medium',
      '',
      'phone,+1 202 555 0143,,,',
      'email,jordan.ellis@example.com,"Said ""urgent""",case 2025-018,low',
    ].join('\r\n');
    const result = parseCsvList(text, metadata);
    expect(result).toEqual({
      ok: true,
      list: expect.objectContaining({
        id: 'acme-csv',
        title: 'ACME CSV list',
        entries: [
          { kind: 'cidr', value: '198.51.100.0/24', note: 'Relay range', severity: 'medium' },
          { kind: 'email', value: 'jordan.ellis@example.com', note: 'Applied twice, different names; Said "urgent"', source: 'case 2025-017; case 2025-018', severity: 'high' },
          { kind: 'phone', value: '+12025550143' },
        ],
      }),
      warnings: ['1 duplicate entry merged into entries with the same kind and value'],
    });
  });

  it('imports photo hashes, folded to lower case, and refuses one that is not hex', () => {
    const result = parseCsvList('kind,value,note\nphoto-hash,F0E1D2C3B4A59687,stock portrait used in case 12\n', metadata);
    expect(result.ok && result.list.entries).toEqual([{ kind: 'photo-hash', value: 'f0e1d2c3b4a59687', note: 'stock portrait used in case 12' }]);
    expect(parseCsvList('kind,value\nphoto-hash,not-a-hash\n', metadata)).toMatchObject({ ok: false });
  });

  it('takes the columns in any order and only the required ones', () => {
    const result = parseCsvList('value,kind\n192.0.2.1,ip\n', metadata);
    expect(result.ok && result.list.entries).toEqual([{ kind: 'ip', value: '192.0.2.1' }]);
  });

  const bad: Array<[string, string, Array<{ path: string; line?: number; message: string | RegExp }>]> = [
    ['empty file', '', [{ path: '', message: /empty file; expected a header row/ }]],
    ['no header', 'email,a@example.com\n', [{ path: '', line: 1, message: 'unknown column "email" (columns: kind, value, note, source, severity)' }, { path: '', line: 1, message: /unknown column "a@example.com"/ }, { path: '', line: 1, message: 'missing column "kind"' }, { path: '', line: 1, message: 'missing column "value"' }]],
    ['semicolons', 'kind;value\nemail;a@example.com\n', [{ path: '', line: 1, message: 'columns must be separated by commas, not semicolons' }]],
    ['repeated column', 'kind,value,note,note\n', [{ path: '', line: 1, message: 'column "note" appears twice' }]],
    [
      'bad rows, each by line',
      'kind,value\nemail,not-an-address\nip,192.0.2.1,extra\n"cidr","0.0.0.0/0"\nemial,x\n',
      [
        { path: '', line: 3, message: 'expected 2 fields, found 3' },
        { path: 'value', line: 2, message: 'not an e-mail address: "not-an-address"' },
        { path: 'value', line: 4, message: '"0.0.0.0/0" covers every IPv4 address; a /0 range is refused' },
        { path: 'kind', line: 5, message: /Invalid option/ },
      ],
    ],
    ['bad severity', 'kind,value,severity\nip,192.0.2.1,urgent\n', [{ path: 'severity', line: 2, message: /Invalid option/ }]],
    ['unclosed quote', 'kind,value\nip,"192.0.2.1\n', [{ path: '', line: 2, message: 'quoted field is never closed' }]],
    ['lone surrogate', 'kind,value\nname,a\ud800\n', [{ path: '', line: 2, message: 'invalid Unicode: lone surrogate' }]],
  ];
  it.each(bad)('refuses %s', (_label, text, expected) => {
    const result = parseCsvList(text, metadata);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems).toEqual(expected.map((p) => ({ ...p, message: typeof p.message === 'string' ? p.message : expect.stringMatching(p.message) })));
  });

  it('reports missing metadata under "metadata"', () => {
    const result = parseCsvList('kind,value\nip,192.0.2.1\n', { ...metadata, title: undefined, created: 'yesterday' });
    expect(result.ok || result.problems).toEqual([
      { path: 'metadata.title', message: 'missing required field' },
      { path: 'metadata.created', message: 'expected a date as YYYY-MM-DD' },
    ]);
  });
});

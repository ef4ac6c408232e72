import PostalMime from 'postal-mime';
import { describe, expect, it } from 'vitest';
import { MAX_HEADER_BLOCK_CHARS, MAX_HEADER_FIELDS, splitHeaderFields, type HeaderField } from '../../../lib/mail/split-header-fields';

const field = (name: string, value: string, colon = true): HeaderField => ({ key: name.toLowerCase(), name, value, colon });

// Each case is also parsed by postal-mime itself: the splitter must give its `headers`, field for field.
const cases: Array<[string, string, HeaderField[], boolean?]> = [
  ['LF line ends', 'From: a@example.com\nTo: b@example.com\n\nbody', [field('From', 'a@example.com'), field('To', 'b@example.com')]],
  ['CRLF line ends', 'From: a@example.com\r\nTo: b@example.com\r\n\r\nbody', [field('From', 'a@example.com'), field('To', 'b@example.com')]],
  ['a folded field is unfolded, its whitespace kept', 'Subject: Hello\r\n    World\r\n\tagain\r\n\r\n', [field('Subject', 'Hello    World\tagain')]],
  ['a folded Received keeps every part', 'Received: from a.example (a.example [192.0.2.1])\n\tby b.example; Tue, 24 Nov 2026 10:04:11 +0000\n\n', [
    field('Received', 'from a.example (a.example [192.0.2.1])\tby b.example; Tue, 24 Nov 2026 10:04:11 +0000'),
  ]],
  ['the body is never read', 'From: a@example.com\n\nReceived: from evil ([8.8.8.8])\n', [field('From', 'a@example.com')]],
  ['no empty line: the text is all header', 'Date: Tue, 24 Nov 2026 10:04:11 -0800', [field('Date', 'Tue, 24 Nov 2026 10:04:11 -0800')]],
  ['an empty text has no fields', '', []],
  ['an empty first line means no headers', '\nFrom: a@example.com\n', []],
  ['a line without a colon is kept as a name without a value', 'garbage line\nFrom: a@example.com\n', [field('garbage line', '', false), field('From', 'a@example.com')]],
  ['a leading space starts a field of its own when nothing precedes it', ' From: a@example.com\n', [field('From', 'a@example.com')]],
  ['space around the name is trimmed, case kept in name', 'X-Mailer :  Thunderbird  \n', [field('X-Mailer', 'Thunderbird')]],
  ['only SP and HTAB fold: a non-breaking space starts a new field', 'Subject: a\n\u00a0From: b@example.com\n', [field('Subject', 'a'), field('\u00a0From', 'b@example.com')]],
  ['a bare CR inside a value becomes a space', 'Subject: a\rb\n', [field('Subject', 'a b')]],
  ['duplicated fields stay, in order', 'From: a@example.com\nFrom: b@example.com\n', [field('From', 'a@example.com'), field('From', 'b@example.com')]],
];

describe('splitHeaderFields', () => {
  it.each(cases)('%s', async (_name, raw, fields) => {
    expect(splitHeaderFields(raw)).toEqual({ fields, truncated: false });
    const parsed = await PostalMime.parse(raw);
    expect(parsed.headers.map(({ key, originalKey, value }) => ({ key, name: originalKey, value }))).toEqual(fields.map(({ colon: _colon, ...f }) => f));
  });

  it.each<[string, () => string, number, boolean]>([
    ['a block over the size limit is cut at a whole line and marked', () => `X-Pad: ${'x'.repeat(1000)}\n`.repeat(300), Math.floor(MAX_HEADER_BLOCK_CHARS / 1008), true],
    ['a 10 MB one-line block gives nothing and is marked', () => `Subject: ${'y'.repeat(10 * 1024 * 1024)}`, 0, true],
    ['a huge body after a short block is not looked at', () => `From: a@example.com\n\n${'z'.repeat(10 * 1024 * 1024)}`, 1, false],
    ['more fields than the limit are cut and marked', () => 'X-A: 1\n'.repeat(MAX_HEADER_FIELDS + 5), MAX_HEADER_FIELDS, true],
    ['exactly the limit of fields is complete', () => 'X-A: 1\n'.repeat(MAX_HEADER_FIELDS), MAX_HEADER_FIELDS, false],
  ])('%s', (_name, make, count, truncated) => {
    const block = splitHeaderFields(make());
    expect(block.fields).toHaveLength(count);
    expect(block.truncated).toBe(truncated);
  });
});

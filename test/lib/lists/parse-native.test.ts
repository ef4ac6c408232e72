import { describe, expect, it } from 'vitest';
import { MAX_LIST_BYTES, parseNativeList, type ListProblem } from '../../../lib/lists/parse-native';
import { MAX_ENTRIES } from '../../../lib/lists/schema';
import { listText, rawList } from './make-list';

function problems(text: string): ListProblem[] {
  const result = parseNativeList(text);
  if (result.ok) throw new Error('expected the list to be refused');
  return result.problems;
}

describe('parseNativeList', () => {
  it('accepts a list and returns it canonical, with a warning for merged duplicates', () => {
    const result = parseNativeList(
      listText({ entries: [{ kind: 'email', value: 'B@example.com' }, { kind: 'email', value: 'b@example.com', note: 'again' }, { kind: 'asn', value: '64500' }] }),
    );
    expect(result).toEqual({
      ok: true,
      list: expect.objectContaining({ entries: [{ kind: 'asn', value: 'AS64500' }, { kind: 'email', value: 'b@example.com', note: 'again' }] }),
      warnings: ['1 duplicate entry merged into entries with the same kind and value'],
    });
  });

  it('accepts a byte-order mark', () => {
    expect(parseNativeList(`\ufeff${listText()}`).ok).toBe(true);
  });

  it('lists every problem with its path and line', () => {
    const text = listText({
      vesion: 1,
      entries: [
        { kind: 'email', value: 'a@example.com' },
        { kind: 'ip', vaule: '192.0.2.1' },
        { kind: 'cidr', value: '0.0.0.0/0' },
      ],
      weightOverrides: [{ signalId: 'voip-phone', weight: 2, reason: 'r' }],
    });
    const lineOf = (needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1;
    expect(problems(text)).toEqual([
      { path: 'entries[1].value', line: lineOf('"vaule"') - 2, message: 'missing required field' },
      { path: 'entries[1].vaule', line: lineOf('"vaule"'), message: 'unknown key "vaule" (did you mean "value"?)' },
      { path: 'entries[2].value', line: lineOf('0.0.0.0/0'), message: '"0.0.0.0/0" covers every IPv4 address; a /0 range is refused' },
      { path: 'weightOverrides[0].weight', line: lineOf('"weight"'), message: 'Too big: expected number to be <=1' },
      { path: 'vesion', line: lineOf('"vesion"'), message: 'unknown key "vesion" (did you mean "version"?)' },
    ]);
  });

  it('places a missing top-level key on the first line', () => {
    const { title: _omitted, ...rest } = rawList();
    expect(problems(JSON.stringify(rest, null, 2))).toEqual([{ path: 'title', line: 1, message: 'missing required field' }]);
  });

  it('caps the problems listed and counts the rest', () => {
    const entries = Array.from({ length: 1500 }, () => ({ kind: 'ip', value: 'nope' }));
    const found = problems(listText({ entries }));
    expect(found).toHaveLength(1001);
    expect(found.at(-1)).toEqual({ path: '', message: '500 more problems not shown' });
  });

  const hostile: Array<[string, () => string, RegExp, number | undefined]> = [
    ['not JSON', () => 'kind,value\n', /invalid JSON at column 1: unexpected character "k"/, 1],
    ['truncated JSON', () => '{\n  "format": "hireproof-signal-list",\n', /unexpected end of input/, 3],
    ['trailing comma', () => '{\n  "a": 1,\n}', /expected a property name/, 3],
    ['duplicate key', () => '{\n  "id": "a",\n  "id": "b"\n}', /duplicate key "id"/, 3],
    ['10,000-deep nesting', () => `${'['.repeat(10_000)}${']'.repeat(10_000)}`, /nesting deeper than 32 levels/, 1],
    ['deep objects', () => `${'{"a":'.repeat(40)}1${'}'.repeat(40)}`, /nesting deeper than 32 levels/, 1],
    ['escaped lone surrogate', () => listText({ title: '\ud800' }), /lone surrogate escape/, 5],
    ['raw lone surrogate', () => `{\n"title": "a\udc00b"}`, /lone surrogate/, 2],
    ['reversed surrogate pair', () => '{"t": "\\udc00\\ud800"}', /lone surrogate/, 1],
    ['control character in a string', () => '{"t": "a\tb"}', /control character/, 1],
    ['a JSON array', () => '[]', /expected object, received array/, 1],
  ];
  it.each(hostile)('refuses %s', (_label, make, message, line) => {
    const [problem, ...rest] = problems(make());
    expect(rest).toEqual([]);
    expect(problem?.message).toMatch(message);
    expect(problem?.line).toBe(line);
  });

  it('accepts a valid surrogate pair, raw or escaped', () => {
    expect(parseNativeList(listText({ title: 'ok 🙂' })).ok).toBe(true);
    expect(parseNativeList(listText().replace('"ACME applicant fraud"', '"ok \\ud83d\\ude42"')).ok).toBe(true);
  });

  it('refuses input over the size limit quickly, before parsing', () => {
    const huge = `{"entries": ["${'x'.repeat(MAX_LIST_BYTES)}"]}`;
    const started = performance.now();
    expect(problems(huge)).toEqual([{ path: '', message: 'input is larger than 100 MB; split the list into several files' }]);
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('counts UTF-8 bytes, not characters, against the size limit', () => {
    const text = `{"t": "${'é'.repeat(MAX_LIST_BYTES / 2)}"}`; // half the characters, twice the bytes each
    expect(problems(text)[0]?.message).toMatch(/larger than 100 MB/);
  });

  it('refuses more entries than the limit before validating them', () => {
    const entry = '{"kind":"ip","value":"x"}';
    const text = listText().replace('"entries": []', `"entries": [${`${entry},`.repeat(MAX_ENTRIES)}${entry}]`);
    const started = performance.now();
    expect(problems(text)).toEqual([{ path: 'entries', line: expect.any(Number), message: '2,000,001 entries; a list holds at most 2,000,000 entries' }]);
    expect(performance.now() - started).toBeLessThan(15_000);
  });
});

import { describe, expect, it } from 'vitest';
import { makeSource, sizeProblem, sniffFormat, suggestCsvMetadata } from '../../../lib/options/import-source';
import { MAX_LIST_BYTES } from '../../../lib/lists/read-input';

describe('sniffFormat', () => {
  it.each([
    { head: '{"format": "hireproof-signal-list"}', expected: 'json' },
    { head: '\n\n   {', expected: 'json' },
    { head: '\uFEFF{', expected: 'json' },
    { head: '[{}]', expected: 'json' },
    { head: 'kind,value\nemail,a@x.test', expected: 'csv' },
    { head: '\uFEFFkind,value', expected: 'csv' },
    { head: '', expected: 'csv' },
  ])('$head -> $expected', ({ head, expected }) => {
    expect(sniffFormat(head)).toBe(expected);
  });
});

describe('sizeProblem', () => {
  it.each([
    { bytes: 0, problem: false },
    { bytes: MAX_LIST_BYTES, problem: false },
    { bytes: MAX_LIST_BYTES + 1, problem: true },
    { bytes: 2 * 1024 * 1024 * 1024, problem: true },
  ])('$bytes bytes', ({ bytes, problem }) => {
    const message = sizeProblem('big.json', bytes);
    if (problem) expect(message).toMatch(/^big\.json is .* MB; HireProof imports lists of at most 100\.0 MB/);
    else expect(message).toBeUndefined();
  });
});

describe('suggestCsvMetadata', () => {
  it.each([
    { name: 'acme-fraud.csv', id: 'acme-fraud', title: 'acme-fraud' },
    { name: 'ACME Fraud List 2026.csv', id: 'acme-fraud-list-2026', title: 'ACME Fraud List 2026' },
    { name: 'Ünïcode naïve.csv', id: 'unicode-naive', title: 'Ünïcode naïve' },
    { name: '...csv', id: 'list', title: '..' },
    { name: '日本.csv', id: 'list', title: '日本' },
  ])('$name', ({ name, id, title }) => {
    expect(suggestCsvMetadata(name, '2026-11-24')).toEqual({ id, title, author: '', created: '2026-11-24', modified: '2026-11-24' });
  });
});

describe('makeSource', () => {
  it.each([
    { name: 'pasted JSON', content: { text: '{"a":1}' }, looksLike: 'json', size: 7, metadata: false },
    { name: 'pasted CSV', content: { text: 'kind,value\n' }, looksLike: 'csv', size: 11, metadata: true },
    { name: 'a JSON file', content: { blob: new Blob(['  {"a": "ü"}']) }, looksLike: 'json', size: 13, metadata: false },
    { name: 'a CSV file', content: { blob: new Blob(['kind,value\n']) }, looksLike: 'csv', size: 11, metadata: true },
  ])('$name', async ({ name, content, looksLike, size, metadata }) => {
    const source = await makeSource(`${name}.x`, content, { kind: 'paste' }, '2026-11-24');
    expect(source).toMatchObject({ name: `${name}.x`, looksLike, size, content });
    expect(source.metadata !== undefined).toBe(metadata);
  });

  it('gives every source its own key', async () => {
    const a = await makeSource('a', { text: '' }, { kind: 'paste' }, '2026-11-24');
    const b = await makeSource('a', { text: '' }, { kind: 'paste' }, '2026-11-24');
    expect(a.key).not.toBe(b.key);
  });
});

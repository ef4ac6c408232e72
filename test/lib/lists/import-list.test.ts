import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importList, importLists, type ListFormat } from '../../../lib/lists/import-list';
import { MAX_LIST_BYTES } from '../../../lib/lists/parse-native';
import { listText, metadata } from './make-list';

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/lists/${name}`, import.meta.url), 'utf8');

describe('importList detects the format', () => {
  it.each<[string, () => string, ListFormat, string]>([
    ['native list', () => listText({ entries: [{ kind: 'ip', value: '192.0.2.1' }] }), 'native', 'acme-fraud'],
    ['native list after a BOM and blank lines', () => `\ufeff\n\n${listText()}`, 'native', 'acme-fraud'],
    ['MISP event', () => fixture('misp-event.json'), 'misp', 'misp-f39507a7-ba57-493c-83ed-8d1373b839e7'],
    ['STIX bundle', () => fixture('stix-bundle.json'), 'stix', 'stix-d761e152-d42c-4077-bd43-0a82ce32294f'],
    ['CSV', () => 'kind,value\nip,192.0.2.1\n', 'csv', 'acme-csv'],
  ])('%s', (_label, text, format, id) => {
    // CSV carries no metadata; for the others it would override what the source says.
    const result = importList(text(), format === 'csv' ? { metadata } : {});
    expect(result.format).toBe(format);
    expect(result.ok && result.list.id).toBe(id);
  });

  it('uses the format it is given', () => {
    const result = importList(listText(), { format: 'csv', metadata });
    expect(result.format).toBe('csv');
    expect(result.ok).toBe(false);
  });

  it('passes metadata overrides to MISP and STIX', () => {
    const misp = importList(fixture('misp-event.json'), { metadata: { title: 'Renamed' } });
    const stix = importList(fixture('stix-bundle.json'), { metadata: { author: 'Someone else' } });
    expect(misp.ok && misp.list.title).toBe('Renamed');
    expect(stix.ok && stix.list.author).toBe('Someone else');
  });

  it.each<[string, string, { path: string; line?: number; message: string | RegExp }]>([
    ['unknown JSON', '{"rules": []}', { path: '', line: 1, message: /not a HireProof list .* a MISP event .* or a STIX bundle/ }],
    ['another format', '{\n"format": "sigma"\n}', { path: 'format', line: 2, message: 'unknown list format "sigma"; expected "hireproof-signal-list"' }],
    ['a JSON array', '[{"format": "hireproof-signal-list"}]', { path: '', line: 1, message: /import several lists as separate files/ }],
    ['broken JSON', '{"Event": {', { path: '', line: 1, message: /unexpected end of input/ }],
    ['deep JSON', `{"Event": ${'['.repeat(10_000)}`, { path: '', line: 1, message: /nesting deeper than 32/ }],
    ['CSV without metadata', 'kind,value\nip,192.0.2.1\n', { path: 'metadata.id', message: 'missing required field' }],
  ])('refuses %s', (_label, text, expected) => {
    const result = importList(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]).toEqual({ ...expected, message: typeof expected.message === 'string' ? expected.message : expect.stringMatching(expected.message) });
  });

  it.each<[string, string]>([
    ['JSON', `{"a": "${'x'.repeat(MAX_LIST_BYTES)}"}`],
    ['CSV', `kind,value\nname,${'x'.repeat(MAX_LIST_BYTES)}\n`],
  ])('refuses a 100 MB %s input quickly', (_label, huge) => {
    const started = performance.now();
    const result = importList(huge, { metadata });
    expect(result.ok || result.problems).toEqual([{ path: '', message: 'input is larger than 100 MB; split the list into several files' }]);
    expect(performance.now() - started).toBeLessThan(2000);
  });
});

describe('importLists', () => {
  it('imports several files', () => {
    const result = importLists([
      { name: 'a.json', text: listText() },
      { name: 'b.json', text: fixture('misp-event.json') },
      { name: 'c.csv', text: 'kind,value\nip,192.0.2.1\n', options: { metadata } },
    ]);
    expect(result.ok && result.lists.map((l) => [l.file, l.format, l.list.id])).toEqual([
      ['a.json', 'native', 'acme-fraud'],
      ['b.json', 'misp', 'misp-f39507a7-ba57-493c-83ed-8d1373b839e7'],
      ['c.csv', 'csv', 'acme-csv'],
    ]);
  });

  it('refuses all of them when two share a list id, naming both files', () => {
    const result = importLists([
      { name: 'a.json', text: listText() },
      { name: 'b.json', text: listText({ title: 'Other' }) },
      { name: 'c.json', text: listText({ id: 'other' }) },
    ]);
    expect(result.ok || result.problems).toEqual([
      { file: 'a.json', path: 'id', message: 'list id "acme-fraud" is also used by b.json' },
      { file: 'b.json', path: 'id', message: 'list id "acme-fraud" is also used by a.json' },
    ]);
  });

  it('tags each problem with its file', () => {
    const result = importLists([{ name: 'bad.json', text: listText({ id: 'Bad Id' }) }]);
    expect(result.ok || result.problems).toEqual([{ file: 'bad.json', path: 'id', line: 4, message: expect.stringMatching(/lower-case id/) }]);
  });
});

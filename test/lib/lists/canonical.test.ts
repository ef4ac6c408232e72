import { describe, expect, it } from 'vitest';
import { canonicalBytes, canonicalise, formatList } from '../../../lib/lists/canonical';
import { parseNativeList } from '../../../lib/lists/parse-native';
import { SignalListSchema, type SignalList } from '../../../lib/lists/schema';
import { listText, rawList } from './make-list';

const parse = (overrides: Record<string, unknown>): SignalList => SignalListSchema.parse(rawList(overrides));

function reparse(text: string): SignalList {
  const result = parseNativeList(text);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.list;
}

const messy = {
  description: 'Confirmed cases',
  expires: '2025-12-31',
  references: ['https://example.com/b', 'https://example.com/a', 'https://example.com/b'],
  entries: [
    { severity: 'low', value: '203.0.113.9', kind: 'ip', note: 'seen twice' },
    { kind: 'email', value: 'B@example.com' },
    { kind: 'asn', value: '64500' },
    { kind: 'email', value: 'a@example.com', source: 'case 2' },
    { kind: 'ip', value: '203.0.113.9', note: 'first interview', severity: 'high', source: 'case 7' },
    { kind: 'email', value: 'A+tag@Example.com', source: 'case 1', note: 'alias' },
    { kind: 'ip', value: '::ffff:203.0.113.9', note: 'seen twice' },
  ],
  filters: [
    { signalId: 'voip-phone', match: { kind: 'phone-prefix', value: '+44 20' }, reason: 'London office' },
    { signalId: 'disposable-email', match: { kind: 'email-domain', value: 'example.org' }, reason: 'test accounts' },
    { signalId: 'voip-phone', match: { kind: 'phone-prefix', value: '+4420' }, reason: 'Also the help desk' },
  ],
  weightOverrides: [
    { signalId: 'young-github-account', weight: 0.1, reason: 'graduates' },
    { signalId: 'disposable-email', weight: 0.25, reason: 'noisy' },
  ],
};

describe('canonical form', () => {
  it('sorts, merges and orders keys', () => {
    const { list, mergedEntries } = canonicalise(parse(messy));
    expect(mergedEntries).toBe(3);
    expect(list.entries).toEqual([
      { kind: 'asn', value: 'AS64500' },
      { kind: 'email', value: 'a@example.com', note: 'alias', source: 'case 1; case 2' },
      { kind: 'email', value: 'b@example.com' },
      { kind: 'ip', value: '203.0.113.9', note: 'first interview; seen twice', source: 'case 7', severity: 'high' },
    ]);
    expect(list.filters).toEqual([
      { signalId: 'disposable-email', match: { kind: 'email-domain', value: 'example.org' }, reason: 'test accounts' },
      { signalId: 'voip-phone', match: { kind: 'phone-prefix', value: '+4420' }, reason: 'Also the help desk; London office' },
    ]);
    expect(list.weightOverrides.map((o) => o.signalId)).toEqual(['disposable-email', 'young-github-account']);
    expect(list.references).toEqual(['https://example.com/a', 'https://example.com/b']);
    expect(Object.keys(list)).toEqual([
      'format', 'version', 'id', 'title', 'author', 'description', 'created', 'modified', 'expires',
      'references', 'entries', 'filters', 'weightOverrides',
    ]);
  });

  it('does not depend on input order', () => {
    const reversed = { ...messy, entries: [...messy.entries].reverse(), filters: [...messy.filters].reverse() };
    expect(formatList(parse(reversed))).toBe(formatList(parse(messy)));
  });

  it('writes two-space JSON with a trailing newline', () => {
    const text = formatList(parse({ entries: [{ kind: 'email', value: 'a@example.com' }] }));
    expect(text.endsWith('}\n')).toBe(true);
    expect(text).toContain('\n  "entries": [\n    {\n      "kind": "email",\n      "value": "a@example.com"\n    }\n  ],\n');
  });

  it.each<[string, Record<string, unknown>]>([
    ['empty list', {}],
    ['messy list', messy],
    ['non-ASCII text', { title: 'Liste für Ärger', entries: [{ kind: 'name', value: 'José García', note: '李明 — 🙂' }] }],
    ['optional fields absent', { entries: [{ kind: 'photo-hash', value: 'ABCDEF01' }] }],
  ])('round trip: %s', (_label, overrides) => {
    const text = formatList(parse(overrides));
    expect(formatList(reparse(text))).toBe(text);
  });

  it('reproduces canonical input byte for byte', () => {
    const canonical = listText({ entries: [{ kind: 'cidr', value: '198.51.100.0/24' }, { kind: 'email', value: 'a@example.com', note: 'x' }] });
    expect(formatList(reparse(canonical))).toBe(canonical);
  });

  it('signs the UTF-8 of the canonical text', () => {
    const list = parse({ title: 'Ärger' });
    expect(new TextDecoder().decode(canonicalBytes(list))).toBe(formatList(list));
    expect(canonicalBytes(list).length).toBe(formatList(list).length + 1); // Ä is two bytes
  });

  it('merges a value repeated very many times without running out of stack', () => {
    const entries = Array.from({ length: 200_000 }, (_, i) => ({ kind: 'ip', value: '192.0.2.1', severity: i === 7 ? 'critical' : 'low' }));
    const { list } = canonicalise(parse({ entries }));
    expect(list.entries).toEqual([{ kind: 'ip', value: '192.0.2.1', severity: 'critical' }]);
  });
});

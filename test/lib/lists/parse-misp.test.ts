import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseMispEvent } from '../../../lib/lists/parse-misp';

const fixture = readFileSync(new URL('../../fixtures/lists/misp-event.json', import.meta.url), 'utf8');
const SOURCE = 'MISP event f39507a7-ba57-493c-83ed-8d1373b839e7';

/** A one-event document with the given attributes, in the shape MISP exports. */
function event(attributes: unknown[], extra: Record<string, unknown> = {}): string {
  return JSON.stringify(
    { Event: { id: '12', uuid: '0b7c6a55-3f4e-4d2a-8c1b-9e8f7a6b5c4d', info: 'Test event', date: '2025-05-01', timestamp: '1746100000', Orgc: { name: 'Example CERT' }, Attribute: attributes, ...extra } },
    null,
    2,
  );
}
const attribute = (type: string, value: string, comment = '') => ({ type, category: 'Network activity', value, comment, to_ids: true });

describe('parseMispEvent: the fixture event', () => {
  const result = parseMispEvent(fixture);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));

  it('derives the metadata from the event', () => {
    const { entries: _entries, ...meta } = result.list;
    expect(meta).toEqual({
      format: 'hireproof-signal-list',
      version: 1,
      id: 'misp-f39507a7-ba57-493c-83ed-8d1373b839e7',
      title: 'Fraudulent applicants: remote IT worker cluster (fake data for tests)',
      author: 'Example Threat Intel Team',
      description: 'Imported from MISP event 1487 / f39507a7-ba57-493c-83ed-8d1373b839e7',
      created: '2025-03-11',
      modified: '2025-03-13',
      references: [],
      filters: [],
      weightOverrides: [],
    });
  });

  it('maps attributes (and object attributes) to entries', () => {
    expect(result.list.entries.map((e) => `${e.kind} ${e.value}`)).toEqual([
      'asn AS64500',
      'cidr 203.0.113.0/24',
      'email j.ellis.work@example.com',
      'email jordanellisdev@gmail.com',
      'email-domain mail.example.net',
      'github ellis-jordan-dev',
      'ip 192.0.2.44',
      'ip 198.51.100.23',
      'ip 2001:db8::dead:beef',
      'linkedin jordan-ellis-7b2a1c',
      'name Jordan Ellis',
      'phone +12025550143',
      'phone +442079460018',
    ]);
  });

  it('keeps the comment as note, the event as source and the threat level as severity', () => {
    expect(result.list.entries.find((e) => e.kind === 'email' && e.value === 'jordanellisdev@gmail.com')).toEqual({
      kind: 'email',
      value: 'jordanellisdev@gmail.com',
      note: 'Applied to four backend roles in one week; Same mailbox, second spelling',
      source: SOURCE,
      severity: 'medium',
    });
  });

  it('reports what it skipped, by type', () => {
    expect(result.warnings).toEqual([
      '4 attributes of types HireProof does not use were skipped: sha256 (1), text (2), url (not a profile link) (1)',
      '1 deleted attribute skipped',
      '1 duplicate entry merged into entries with the same kind and value',
    ]);
  });
});

describe('parseMispEvent: attribute types', () => {
  it.each<[string, string, string[]]>([
    ['email-dst', 'A@Example.com', ['email a@example.com']],
    ['hostname', 'MX1.example.net', ['email-domain mx1.example.net']],
    ['domain|ip', 'example.net|192.0.2.8', ['email-domain example.net', 'ip 192.0.2.8']],
    ['hostname|port', 'mail.example.net|25', ['email-domain mail.example.net']],
    ['ip-dst|port', '2001:db8::5|443', ['ip 2001:db8::5']],
    ['ip-src', '198.51.100.0/25', ['cidr 198.51.100.0/25']],
    ['AS', '64496', ['asn AS64496']],
    ['link', 'https://github.com/octo-fraud', ['github octo-fraud']],
  ])('%s %s', (type, value, expected) => {
    const result = parseMispEvent(event([attribute(type, value)]));
    expect(result.ok && result.list.entries.map((e) => `${e.kind} ${e.value}`)).toEqual(expected);
  });

  it('maps threat levels to severities', () => {
    const severities = ['1', '2', '3', '4'].map((level) => {
      const result = parseMispEvent(event([attribute('ip-dst', '192.0.2.1')], { threat_level_id: level }));
      return result.ok ? result.list.entries[0]?.severity : 'refused';
    });
    expect(severities).toEqual(['high', 'medium', 'low', undefined]);
  });

  it('skips deleted objects and attributes flagged the older way', () => {
    const result = parseMispEvent(event([{ ...attribute('ip-dst', '192.0.2.1'), deleted: '1' }], { Object: [{ deleted: true, Attribute: [attribute('ip-dst', '192.0.2.2')] }] }));
    expect(result.ok && result.list.entries).toEqual([]);
    expect(result.ok && result.warnings).toEqual(['2 deleted attributes skipped']);
  });

  it('lets the caller override derived metadata', () => {
    const result = parseMispEvent(event([]), { id: 'cert-feed', title: 'CERT feed' });
    expect(result.ok && [result.list.id, result.list.title, result.list.author]).toEqual(['cert-feed', 'CERT feed', 'Example CERT']);
  });

  it('falls back to "unknown" without an organisation, and says so', () => {
    const result = parseMispEvent(event([], { Orgc: undefined }));
    expect(result.ok && result.list.author).toBe('unknown');
    expect(result.ok && result.warnings).toEqual(['the event names no organisation; author set to "unknown"']);
  });
});

describe('parseMispEvent: refused events', () => {
  it('names the attribute and line of each bad value', () => {
    const text = event([attribute('ip-dst', '192.0.2.1'), attribute('ip-dst', '192.0.2.300'), attribute('phone-number', '555 0143')]);
    const line = (needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1;
    const result = parseMispEvent(text);
    expect(result.ok || result.problems).toEqual([
      { path: 'Event.Attribute[1].value', line: line('192.0.2.300'), message: 'value: not an IPv4 or IPv6 address: "192.0.2.300"' },
      { path: 'Event.Attribute[2].value', line: line('555 0143'), message: 'value: not a phone number in international form (+country code): "555 0143"' },
    ]);
  });

  it.each<[string, string, string, RegExp]>([
    ['no Event', '{"response": []}', 'Event', /missing required field/],
    ['an attribute without a value', event([{ type: 'ip-dst' }]), 'Event.Attribute[0].value', /missing required field/],
    ['an event without info', JSON.stringify({ Event: { Attribute: [] } }), 'Event.info', /missing required field/],
    ['a CIDR /0', event([attribute('ip-dst', '0.0.0.0/0')]), 'Event.Attribute[0].value', /a \/0 range is refused/],
    ['an event without a date', event([], { date: undefined, timestamp: undefined }), 'metadata.created', /missing required field/],
  ])('refuses %s', (_label, text, path, message) => {
    const result = parseMispEvent(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems).toContainEqual(expect.objectContaining({ path, message: expect.stringMatching(message) }));
  });
});

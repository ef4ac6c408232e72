import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderListJsonSchema, SCHEMA_PATH } from '../../../lib/build/list-json-schema';
import { ENTRY_KINDS, ListEntrySchema, SignalListSchema, type EntryKind } from '../../../lib/lists/schema';
import { rawList } from './make-list';

const entry = (kind: EntryKind, value: string) => ListEntrySchema.safeParse({ kind, value });

describe('entry values are normalised', () => {
  it.each<[EntryKind, string, string]>([
    ['email', ' Jordan.Ellis+jobs@GoogleMail.com ', 'jordanellis@gmail.com'],
    ['email', 'mailto:anna@bücher.de', 'anna@xn--bcher-kva.de'],
    ['email-domain', 'Mail.Example.COM.', 'mail.example.com'],
    ['email-domain', 'bücher.de', 'xn--bcher-kva.de'],
    ['employer-domain', 'EXAMPLE.org', 'example.org'],
    ['phone', '+1 (202) 555-0143', '+12025550143'],
    ['phone', '+44 20 7946 0018', '+442079460018'],
    ['phone-prefix', '+44 20', '+4420'],
    ['phone-prefix', '0044-20', '+4420'],
    ['phone-prefix', '+1 (800)', '+1800'],
    ['ip', '192.0.2.1', '192.0.2.1'],
    ['ip', '2001:DB8:0:0::1', '2001:db8::1'],
    ['ip', '::ffff:198.51.100.9', '198.51.100.9'],
    ['cidr', '198.51.100.77/24', '198.51.100.0/24'],
    ['cidr', '2001:db8:1:2::/32', '2001:db8::/32'],
    ['cidr', '192.0.2.1/32', '192.0.2.1/32'],
    ['asn', 'AS64500', 'AS64500'],
    ['asn', 'as64500', 'AS64500'],
    ['asn', '64500', 'AS64500'],
    ['asn', 'AS 4294967295', 'AS4294967295'],
    ['github', 'Octocat', 'octocat'],
    ['github', '@octocat', 'octocat'],
    ['github', 'https://github.com/Octocat/', 'octocat'],
    ['github', 'github.com/octo-cat?tab=repositories', 'octo-cat'],
    ['linkedin', 'Jordan-Ellis-7b2a1c', 'jordan-ellis-7b2a1c'],
    ['linkedin', 'https://uk.linkedin.com/in/Jordan-Ellis/?trk=x', 'jordan-ellis'],
    ['linkedin', 'jos%C3%A9-garcia', 'josé-garcia'],
    ['name', '  Jordan   Ellis ', 'Jordan Ellis'],
    ['name', 'Jose\u0301 Garci\u0301a', 'José García'], // NFC
    ['photo-hash', 'ABCDEF0123456789', 'abcdef0123456789'],
  ])('%s %j -> %j', (kind, value, expected) => {
    expect(entry(kind, value)).toMatchObject({ success: true, data: { kind, value: expected } });
  });

  it.each<[EntryKind, string, RegExp]>([
    ['email', 'not-an-address', /not an e-mail address/],
    ['email', '', /empty value/],
    ['email', '   ', /empty value/],
    ['email-domain', 'localhost', /not a domain/],
    ['email-domain', 'https://example.com/', /not a domain/],
    ['phone', '202 555 0143', /international form/],
    ['phone', 'call me', /international form/],
    ['phone-prefix', '44 20', /starts with \+/],
    ['phone-prefix', '+0', /not a phone prefix/],
    ['phone-prefix', '+1234567890123456', /not a phone prefix/],
    ['ip', '192.0.2.0/24', /use kind "cidr"/],
    ['ip', '192.0.2.256', /not an IPv4 or IPv6/],
    ['ip', 'fe80::1%eth0', /not an IPv4 or IPv6/],
    ['cidr', '0.0.0.0/0', /every IPv4 address; a \/0 range is refused/],
    ['cidr', '::/0', /every IPv6 address/],
    ['cidr', '::ffff:0:0/96', /every IPv4 address/],
    ['cidr', '192.0.2.0', /not a CIDR range/],
    ['cidr', '192.0.2.0/33', /not a CIDR range/],
    ['asn', 'AS4294967296', /not an AS number/],
    ['asn', 'ASN12', /not an AS number/],
    ['github', 'https://github.com/settings', /not a GitHub user/],
    ['github', 'octo cat', /not a GitHub user/],
    ['github', 'https://gitlab.com/octocat', /not a GitHub user/],
    ['linkedin', 'https://www.linkedin.com/company/acme', /not a LinkedIn profile/],
    ['name', 'Jordan\u200bEllis', /control or invisible/],
    ['photo-hash', 'xyz', /hexadecimal/],
    ['photo-hash', 'abc', /hexadecimal/],
  ])('refuses %s %j', (kind, value, message) => {
    const result = entry(kind, value);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['value']);
    expect(result.error?.issues[0]?.message).toMatch(message);
  });

  it.each<[string, EntryKind, string]>([
    ['a 201-character name', 'name', 'x'.repeat(201)],
    ['a 3,000-character value', 'email', `${'a'.repeat(3000)}@example.com`],
  ])('refuses %s', (_label, kind, value) => {
    const result = entry(kind, value);
    expect(result.error?.issues[0]?.message).toMatch(/200|2048/);
  });

  it('normalises every kind it lists', () => {
    expect(ENTRY_KINDS).toHaveLength(12);
  });
});

describe('SignalListSchema', () => {
  it('accepts a minimal list', () => {
    expect(SignalListSchema.safeParse(rawList()).success).toBe(true);
  });

  const bad: Array<[string, Record<string, unknown>, string, RegExp]> = [
    ['typo at the top', { titel: 'x' }, '', /Unrecognized key: "titel"/],
    ['typo in an entry', { entries: [{ kind: 'email', vaule: 'a@example.com' }] }, 'entries.0', /Unrecognized key/],
    ['wrong format', { format: 'sigma' }, 'format', /hireproof-signal-list/],
    ['newer version', { version: 2 }, 'version', /reads version 1/],
    ['upper-case id', { id: 'ACME' }, 'id', /lower-case id/],
    ['id with spaces', { id: 'acme fraud' }, 'id', /lower-case id/],
    ['empty title', { title: '  ' }, 'title', /must not be empty/],
    ['bad date', { created: '2025-02-30' }, 'created', /YYYY-MM-DD/],
    ['date-time instead of date', { modified: '2025-04-02T10:00:00Z' }, 'modified', /YYYY-MM-DD/],
    ['modified before created', { modified: '2025-01-01' }, 'modified', /before created/],
    ['expires before created', { expires: '2024-12-31' }, 'expires', /before created/],
    ['javascript: reference', { references: ['javascript:alert(1)'] }, 'references.0', /http\(s\) URL/],
    ['unknown kind', { entries: [{ kind: 'emial', value: 'x' }] }, 'entries.0.kind', /Invalid option/],
    ['bad severity', { entries: [{ kind: 'email', value: 'a@example.com', severity: 'severe' }] }, 'entries.0.severity', /Invalid option/],
    ['filter without reason', { filters: [{ signalId: 'voip-phone', match: { kind: 'phone-prefix', value: '+44' } }] }, 'filters.0.reason', /expected string/],
    ['filter with empty reason', { filters: [{ signalId: 'voip-phone', match: { kind: 'phone-prefix', value: '+44' }, reason: '' }] }, 'filters.0.reason', /must not be empty/],
    ['filter matching a bad value', { filters: [{ signalId: 'voip-phone', match: { kind: 'ip', value: 'x' }, reason: 'r' }] }, 'filters.0.match.value', /not an IPv4/],
    ['filter with a bad signal id', { filters: [{ signalId: 'Voip Phone', match: { kind: 'ip', value: '192.0.2.1' }, reason: 'r' }] }, 'filters.0.signalId', /kebab-case/],
    ['weight above 1', { weightOverrides: [{ signalId: 'voip-phone', weight: 1.5, reason: 'r' }] }, 'weightOverrides.0.weight', /<=1/],
    [
      'two overrides for one signal',
      { weightOverrides: [{ signalId: 'voip-phone', weight: 0.5, reason: 'r' }, { signalId: 'voip-phone', weight: 0.2, reason: 's' }] },
      'weightOverrides.1.signalId',
      /second override/,
    ],
  ];
  it.each(bad)('refuses %s', (_label, overrides, path, message) => {
    const result = SignalListSchema.safeParse(rawList(overrides));
    expect(result.success).toBe(false);
    const issue = result.error?.issues.find((i) => i.path.join('.') === path);
    expect(issue?.message).toMatch(message);
  });

  it('reports date order and entry problems together', () => {
    const result = SignalListSchema.safeParse(rawList({ modified: '2025-01-01', entries: [{ kind: 'ip', value: 'x' }] }));
    expect(result.error?.issues.map((i) => i.path.join('.')).sort()).toEqual(['entries.0.value', 'modified']);
  });
});

describe('signal-list.schema.json', () => {
  it('is the committed output of lib/build/list-json-schema.ts (run it with --write after changing the schema)', () => {
    expect(readFileSync(SCHEMA_PATH, 'utf8')).toBe(renderListJsonSchema());
  });

  it('describes a strict object with every entry kind', () => {
    const schema = JSON.parse(renderListJsonSchema()) as { additionalProperties: boolean; properties: { entries: { items: { properties: { kind: { enum: string[] } } } } } };
    expect(schema.additionalProperties).toBe(false);
    expect(schema.properties.entries.items.properties.kind.enum).toEqual([...ENTRY_KINDS]);
  });
});

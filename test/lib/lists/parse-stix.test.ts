import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseStixBundle } from '../../../lib/lists/parse-stix';
import { parseStixPattern } from '../../../lib/lists/stix-pattern';

const fixture = readFileSync(new URL('../../fixtures/lists/stix-bundle.json', import.meta.url), 'utf8');
const BUNDLE = 'bundle--6f1f4a8e-2c3b-4d5e-8f90-a1b2c3d4e5f6';
const IDENTITY = 'identity--2a7d9c3e-5b1f-4e8a-9d6c-0f1e2d3c4b5a';

function indicator(n: number, pattern: string, extra: Record<string, unknown> = {}) {
  return {
    type: 'indicator', spec_version: '2.1', id: `indicator--00000000-0000-4000-8000-00000000000${n}`, created_by_ref: IDENTITY,
    created: '2025-06-01T08:00:00.000Z', modified: '2025-06-02T08:00:00.000Z', pattern, pattern_type: 'stix', valid_from: '2025-06-01T08:00:00Z', ...extra,
  };
}
function bundle(objects: unknown[]): string {
  const identity = { type: 'identity', spec_version: '2.1', id: IDENTITY, created: '2024-01-01T00:00:00.000Z', modified: '2024-01-01T00:00:00.000Z', name: 'Example CSIRT', identity_class: 'organization' };
  return JSON.stringify({ type: 'bundle', id: BUNDLE, objects: [identity, ...objects] }, null, 2);
}
const entriesOf = (text: string) => {
  const result = parseStixBundle(text);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.list.entries.map((e) => `${e.kind} ${e.value}`);
};

describe('parseStixPattern', () => {
  it.each<[string, string[][]]>([
    ["[email-addr:value = 'a@example.com']", [["email-addr:value = a@example.com"]]],
    ["[ipv4-addr:value = '1.2.3.4' OR ipv4-addr:value = '5.6.7.8']", [['ipv4-addr:value = 1.2.3.4'], ['ipv4-addr:value = 5.6.7.8']]],
    ["[a:x = 'p' AND a:y = 'q' OR b:z = 1]", [['a:x = p', 'a:y = q'], ['b:z = 1']]],
    ["[a:x = 'p'] OR [b:y = 'q']", [['a:x = p'], ['b:y = q']]],
    ["[ipv4-addr:value ISSUBSET '192.0.2.0/24']", [['ipv4-addr:value ISSUBSET 192.0.2.0/24']]],
    ["[user-account:account_login = 'O\\'Brien']", [["user-account:account_login = O'Brien"]]],
    ["[email-message:from_ref.value = 'a@example.com']", [['email-message:from_ref.value = a@example.com']]],
  ])('%s', (pattern, expected) => {
    const result = parseStixPattern(pattern);
    expect(result.ok && result.groups.map((g) => g.map((c) => `${c.objectType}:${c.property} ${c.operator} ${c.value}`))).toEqual(expected);
  });

  it.each<[string, RegExp]>([
    ["[a:x = 'p'] AND [b:y = 'q']", /AND after an observation expression/],
    ["[a:x = 'p'] FOLLOWEDBY [b:y = 'q']", /FOLLOWEDBY/],
    ["[a:x = 'p'] WITHIN 300 SECONDS", /WITHIN/],
    ["[a:x != 'p']", /operator != is not supported/],
    ["[a:x LIKE 'p%']", /operator LIKE/],
    ["[NOT a:x = 'p']", /expected an object path/],
    ["[(a:x = 'p' OR a:y = 'q')]", /parentheses/],
    ["[a:x = t'2025-01-01T00:00:00Z']", /t'...' literals/],
    ["[a:x = 'unterminated]", /unexpected/],
    ["a:x = 'p'", /expected "\["/],
    ['[]', /expected an object path/],
  ])('refuses %s', (pattern, reason) => {
    const result = parseStixPattern(pattern);
    expect(result.ok ? 'accepted' : result.reason).toMatch(reason);
  });
});

describe('parseStixBundle: the fixture bundle', () => {
  const result = parseStixBundle(fixture);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));

  it('derives the metadata', () => {
    const { entries: _entries, ...meta } = result.list;
    expect(meta).toEqual({
      format: 'hireproof-signal-list', version: 1,
      id: 'stix-d761e152-d42c-4077-bd43-0a82ce32294f',
      title: 'STIX bundle d761e152-d42c-4077-bd43-0a82ce32294f',
      author: 'Example Corp Security Operations',
      description: 'Imported from STIX bundle bundle--d761e152-d42c-4077-bd43-0a82ce32294f',
      created: '2025-04-02', modified: '2025-04-03', expires: '2025-10-02',
      references: [], filters: [], weightOverrides: [],
    });
  });

  it('takes indicators and observables', () => {
    expect(result.list.entries.map((e) => `${e.kind} ${e.value}`)).toEqual([
      'asn AS64501', 'asn AS64502',
      'cidr 198.51.100.0/24', 'cidr 203.0.113.128/25',
      'email jordan.ellis.dev@example.com', 'email recruiting.fraud@example.net',
      'email-domain example.org', 'email-domain mail.example.net',
      'github ellis-jordan-dev', 'github octo-fraud',
      'ip 192.0.2.10', 'ip 192.0.2.11', 'ip 192.0.2.200', 'ip 2001:db8:85a3::8a2e:370:7334',
      'linkedin jordan-ellis-7b2a1c',
    ]);
    expect(result.list.entries[4]).toMatchObject({ note: 'Applicant e-mail: Used on three applications with different names', source: expect.stringMatching(/^indicator--/) });
  });

  it('lists what it could not use, by id', () => {
    expect(result.warnings.map((w) => w.replace(/--[0-9a-f-]{36}/, '--<id>'))).toEqual([
      '4 objects could not become entries and were skipped:',
      "  indicator--<id>: file:hashes.'SHA-256' is not something HireProof lists",
      '  indicator--<id>: FOLLOWEDBY after an observation expression is not supported; only OR',
      '  indicator--<id>: pattern_type "sigma" is not supported',
      '  user-account--<id>: user-account is not a GitHub or LinkedIn account (account_type or an x_ property must say which)',
      'objects of types HireProof does not use were skipped: malware (1), relationship (1)',
      '1 revoked indicator skipped',
    ]);
  });
});

describe('parseStixBundle: cases', () => {
  it.each<[string, unknown[], string[]]>([
    ['IPv6 range', [indicator(1, "[ipv6-addr:value = '2001:DB8::/32']")], ['cidr 2001:db8::/32']],
    ['AS number as a string', [indicator(1, "[autonomous-system:number = '64496']")], ['asn AS64496']],
    ['LinkedIn by account_type', [indicator(1, "[user-account:account_type = 'LinkedIn' AND user-account:account_login = 'Jane-Doe']")], ['linkedin jane-doe']],
    ['a profile URL names its platform', [indicator(1, "[user-account:account_login = 'https://github.com/Octo-Fraud']")], ['github octo-fraud']],
    ['STIX 2.0 indicator without pattern_type', [{ ...indicator(1, "[domain-name:value = 'example.net']"), pattern_type: undefined }], ['email-domain example.net']],
    ['ipv6-addr observable', [{ type: 'ipv6-addr', id: 'ipv6-addr--00000000-0000-4000-8000-000000000001', value: '2001:db8::7' }], ['ip 2001:db8::7']],
    ['domain-name observable', [{ type: 'domain-name', id: 'domain-name--00000000-0000-4000-8000-000000000001', value: 'Example.NET' }], ['email-domain example.net']],
  ])('%s', (_label, objects, expected) => {
    expect(entriesOf(bundle(objects))).toEqual(expected);
  });

  it.each<[string, unknown[], RegExp]>([
    ['a user account of another platform', [indicator(1, "[user-account:account_login = 'jd' AND user-account:account_type = 'unix']")], /not a GitHub or LinkedIn account/],
    ['AND across object types', [indicator(1, "[email-addr:value = 'a@example.com' AND domain-name:value = 'example.com']")], /email-addr:value AND domain-name:value is not something/],
    ['ISSUBSET on a non-address', [indicator(1, "[domain-name:value ISSUBSET 'example.com']")], /ISSUBSET on domain-name:value/],
    ['one unusable half of an OR', [indicator(1, "[email-addr:value = 'a@example.com' OR url:value = 'https://example.com']")], /url:value is not something/],
  ])('skips %s with a warning', (_label, objects, warning) => {
    const result = parseStixBundle(bundle(objects));
    expect(result.ok && result.list.entries).toEqual([]);
    expect(result.ok && result.warnings.join('\n')).toMatch(warning);
  });

  it('sets no expiry when indicators expire at different times', () => {
    const result = parseStixBundle(bundle([
      indicator(1, "[ipv4-addr:value = '192.0.2.1']", { valid_until: '2025-09-01T00:00:00Z' }),
      indicator(2, "[ipv4-addr:value = '192.0.2.2']", { valid_until: '2025-10-01T00:00:00Z' }),
    ]));
    expect(result.ok && result.list.expires).toBeUndefined();
    expect(result.ok && result.warnings).toContain('indicators have different valid_until times, so the list has no expiry date');
  });

  it('refuses a bad value in a usable indicator, naming the object and line', () => {
    const text = bundle([indicator(1, "[ipv4-addr:value = '192.0.2.0/0']")]);
    const line = text.split('\n').findIndex((l) => l.includes('"pattern"')) + 1;
    const result = parseStixBundle(text);
    expect(result.ok || result.problems).toEqual([
      { path: 'objects[1].pattern', line, message: 'value: "192.0.2.0/0" covers every IPv4 address; a /0 range is refused' },
    ]);
  });

  it.each<[string, string, string]>([
    ['not a bundle', JSON.stringify({ type: 'indicator', id: 'x' }), 'type'],
    ['a bundle id that is not a UUID', JSON.stringify({ type: 'bundle', id: 'bundle--1', objects: [] }), 'id'],
    ['objects without ids', JSON.stringify({ type: 'bundle', id: BUNDLE, objects: [{ type: 'indicator' }] }), 'objects[0].id'],
    ['no dated object', JSON.stringify({ type: 'bundle', id: BUNDLE, objects: [] }), 'metadata.created'],
  ])('refuses %s', (_label, text, path) => {
    const result = parseStixBundle(text);
    expect(result.ok || result.problems.map((p) => p.path)).toContain(path);
  });
});

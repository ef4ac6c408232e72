import { describe, expect, it } from 'vitest';
import { buildExactSet, parentDomains } from '../../../../lib/lists/indexes/exact-set';
import type { IndexEntry } from '../../../../lib/lists/indexes/types';

const e = (kind: string, value: string, listId: string): IndexEntry => ({ kind, value, listId });
const set = buildExactSet([
  e('email', 'fraud@evil.example', 'a'),
  e('email', 'fraud@evil.example', 'b'),
  e('email-domain', 'evil.example', 'a'),
  e('email-domain', 'mail.bad.example', 'b'),
  e('employer-domain', 'fake-corp.example', 'a'),
  e('github', 'octo-fraud', 'a'),
  e('linkedin', 'jane-fraud-123', 'b'),
  e('name', 'jane fraud', 'a'),
  e('phone', '+442079460958', 'a'),
  e('photo-hash', 'f0e1d2c3b4a59687', 'b'),
  e('asn', 'AS64500', 'a'),
  e('cidr', '10.0.0.0/8', 'a'), // not an exact kind: left to the IP index
  e('phone-prefix', '+1900', 'a'), // left to the trie
]);

describe('exact set', () => {
  it.each<[string, string, string[]]>([
    ['email', 'fraud@evil.example', ['a', 'b']],
    ['email', 'Fraud@evil.example', []], // values arrive folded; the set does not re-fold
    ['email', 'other@evil.example', []],
    ['email-domain', 'evil.example', ['a']],
    ['employer-domain', 'fake-corp.example', ['a']],
    ['github', 'octo-fraud', ['a']],
    ['linkedin', 'jane-fraud-123', ['b']],
    ['name', 'jane fraud', ['a']],
    ['name', 'octo-fraud', []], // same text under another kind is no match
    ['phone', '+442079460958', ['a']],
    ['phone', '+44207946095', []],
    ['photo-hash', 'f0e1d2c3b4a59687', ['b']],
    ['asn', 'AS64500', ['a']],
    ['cidr', '10.0.0.0/8', []],
    ['phone-prefix', '+1900', []],
    ['unknown', 'x', []],
  ])('%s %s', (kind, value, lists) => {
    expect(set.lookup(kind, value).map((m) => m.listId)).toEqual(lists);
  });

  it.each<[string, string, [string, string][]]>([
    ['email-domain', 'evil.example', [['a', 'evil.example']]],
    ['email-domain', 'mail.evil.example', [['a', 'evil.example']]],
    ['email-domain', 'a.b.c.evil.example', [['a', 'evil.example']]],
    ['email-domain', 'notevil.example', []], // a parent is a whole label, not a suffix
    ['email-domain', 'example', []],
    ['email-domain', 'bad.example', []], // a child entry does not cover its parent
    ['email-domain', 'x.mail.bad.example', [['b', 'mail.bad.example']]],
    ['email-domain', 'evil.example.', [['a', 'evil.example']]],
    ['employer-domain', 'hr.fake-corp.example', [['a', 'fake-corp.example']]],
    ['employer-domain', 'evil.example', []],
    ['github', 'octo-fraud', [['a', 'octo-fraud']]],
  ])('%s covers %s', (kind, domain, expected) => {
    expect(set.lookupDomain(kind, domain).map((m) => [m.listId, m.value])).toEqual(expected);
    for (const m of set.lookupDomain(kind, domain)) expect(m.query).toBe(domain);
  });

  it('counts only exact kinds', () => {
    expect(set.size).toBe(11);
  });
});

describe('parentDomains', () => {
  it.each<[string, string[]]>([
    ['mail.evil.example', ['mail.evil.example', 'evil.example', 'example']],
    ['example', ['example']],
    ['evil.example.', ['evil.example', 'example']],
    ['a..b', ['a.b', 'b']],
    ['', []],
  ])('%s', (domain, expected) => {
    expect(parentDomains(domain)).toEqual(expected);
  });
});

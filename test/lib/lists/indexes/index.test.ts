import { describe, expect, it } from 'vitest';
import { buildListIndex, type ListQuery } from '../../../../lib/lists/indexes';
import type { IndexEntry } from '../../../../lib/lists/indexes/types';

const e = (kind: string, value: string, listId = 'sec', note?: string): IndexEntry => ({ kind, value, listId, ...(note ? { note } : {}) });
const index = buildListIndex([
  e('email', 'fraud@evil.example'),
  e('email-domain', 'evil.example'),
  e('email-domain', 'evil.example', 'partner'),
  e('phone', '+442079460958', 'sec', 'reused in case 12'),
  e('phone-prefix', '+4420'),
  e('phone-prefix', '+44', 'partner'),
  e('ip', '203.0.113.7'),
  e('cidr', '203.0.113.0/24', 'partner'),
  e('cidr', '2001:db8::/32'),
  e('asn', 'AS64500'),
  e('github', 'octo-fraud'),
  e('linkedin', 'jane-fraud-123'),
  e('name', 'jane fraud'),
  e('employer-domain', 'fake-corp.example'),
  e('photo-hash', 'f0e1d2c3b4a59687'),
]);

/** [listId, kind, value, query] per match, in the order returned. */
type Row = [string, string, string, string];
const rows = (query: ListQuery): Row[] => index.match(query).map((m) => [m.listId, m.kind, m.value, m.query]);

describe('buildListIndex', () => {
  it.each<[string, ListQuery, Row[]]>([
    ['nothing asked', {}, []],
    ['clean candidate', { emails: ['a@good.example'], phones: ['+33612345678'], ips: ['198.51.100.1'], github: ['someone'] }, []],
    [
      'listed e-mail also hits its domain in both lists',
      { emails: ['fraud@evil.example'] },
      [
        ['sec', 'email', 'fraud@evil.example', 'fraud@evil.example'],
        ['sec', 'email-domain', 'evil.example', 'evil.example'],
        ['partner', 'email-domain', 'evil.example', 'evil.example'],
      ],
    ],
    ['sub-domain of a listed domain', { emails: ['x@mail.evil.example'] }, [['sec', 'email-domain', 'evil.example', 'mail.evil.example'], ['partner', 'email-domain', 'evil.example', 'mail.evil.example']]],
    ['upper case query folded', { emails: ['Fraud@EVIL.example'] }, [['sec', 'email', 'fraud@evil.example', 'fraud@evil.example'], ['sec', 'email-domain', 'evil.example', 'evil.example'], ['partner', 'email-domain', 'evil.example', 'evil.example']]],
    ['domain given twice is reported once', { emails: ['a@evil.example'], emailDomains: ['evil.example'] }, [['sec', 'email-domain', 'evil.example', 'evil.example'], ['partner', 'email-domain', 'evil.example', 'evil.example']]],
    [
      'phone: exact, then prefixes longest first',
      { phones: ['+442079460958'] },
      [
        ['sec', 'phone', '+442079460958', '+442079460958'],
        ['sec', 'phone-prefix', '+4420', '+442079460958'],
        ['partner', 'phone-prefix', '+44', '+442079460958'],
      ],
    ],
    ['phone prefix only', { phones: ['+447911123456'] }, [['partner', 'phone-prefix', '+44', '+447911123456']]],
    ['IPv4 in two lists', { ips: ['203.0.113.7'] }, [['sec', 'ip', '203.0.113.7', '203.0.113.7'], ['partner', 'cidr', '203.0.113.0/24', '203.0.113.7']]],
    ['IPv4-mapped IPv6', { ips: ['::ffff:203.0.113.9'] }, [['partner', 'cidr', '203.0.113.0/24', '::ffff:203.0.113.9']]],
    ['IPv6', { ips: ['2001:db8::42'] }, [['sec', 'cidr', '2001:db8::/32', '2001:db8::42']]],
    ['garbage IP ignored', { ips: ['203.0.113', 'localhost'] }, []],
    ['ASN spelled three ways', { asns: ['AS64500', 'as64500', '64500'] }, [['sec', 'asn', 'AS64500', 'AS64500']]],
    ['GitHub handle folded', { github: ['Octo-Fraud'] }, [['sec', 'github', 'octo-fraud', 'octo-fraud']]],
    ['LinkedIn handle', { linkedin: ['jane-fraud-123'] }, [['sec', 'linkedin', 'jane-fraud-123', 'jane-fraud-123']]],
    ['name', { names: ['jane fraud'] }, [['sec', 'name', 'jane fraud', 'jane fraud']]],
    ['handle is not a name', { names: ['octo-fraud'] }, []],
    ['employer sub-domain', { employerDomains: ['careers.fake-corp.example'] }, [['sec', 'employer-domain', 'fake-corp.example', 'careers.fake-corp.example']]],
    ['photo hash', { photoHashes: ['f0e1d2c3b4a59687'] }, [['sec', 'photo-hash', 'f0e1d2c3b4a59687', 'f0e1d2c3b4a59687']]],
    ['photo hash 3 bits off (the photo recompressed)', { photoHashes: ['f0e1d2c3b4a59680'] }, [['sec', 'photo-hash', 'f0e1d2c3b4a59687', 'f0e1d2c3b4a59680']]],
    ['photo hash 11 bits off: another photo', { photoHashes: ['0fe1d2c3b4a59680'] }, []],
  ])('%s', (_name, query, expected) => {
    expect(rows(query)).toEqual(expected);
  });

  it('carries the note', () => {
    expect(index.match({ phones: ['+442079460958'] })[0]?.note).toBe('reused in case 12');
    expect(index.size).toBe(15);
  });
});

import { describe, expect, it } from 'vitest';
import { identityKeys, identityKeyString, type IdentityKey } from '../../../lib/candidate/identity-keys';
import { makeView } from '../signals/make-view';

describe('identityKeyString', () => {
  const cases: Array<[IdentityKey, string]> = [
    [{ kind: 'phone', value: '+14155550134' }, 'phone:+14155550134'],
    [{ kind: 'email', value: 'jordan@gmail.com' }, 'email:jordan@gmail.com'],
    [{ kind: 'linkedin', value: 'https://www.linkedin.com/in/jordan' }, 'linkedin:https://www.linkedin.com/in/jordan'],
  ];
  it.each(cases)('%o -> %s', (key, expected) => {
    expect(identityKeyString(key)).toBe(expected);
  });
});

describe('identityKeys', () => {
  it('collects, sorts and deduplicates every kind of key', () => {
    const view = makeView({
      emails: [
        { raw: 'Jordan.Ellis@gmail.com', folded: 'jordanellis@gmail.com', domain: 'gmail.com' },
        { raw: 'jordanellis+x@gmail.com', folded: 'jordanellis@gmail.com', domain: 'gmail.com' },
      ],
      phones: [
        { raw: '+1 415 555 0134', e164: '+14155550134', country: 'US', type: 'FIXED_LINE_OR_MOBILE' },
        { raw: 'call me' },
      ],
      links: [
        { kind: 'portfolio', url: 'https://jordan.dev' },
        { kind: 'github', url: 'https://github.com/jordan', handle: 'jordan' },
        { kind: 'linkedin', url: 'https://www.linkedin.com/in/jordan-ellis', handle: 'jordan-ellis' },
        { kind: 'linkedin', url: 'https://www.linkedin.com/in/jordan-ellis', handle: 'jordan-ellis' },
        { kind: 'other', url: 'https://github.com/facebook/react' },
      ],
    });
    expect(identityKeys(view).map(identityKeyString)).toEqual([
      'email:jordanellis@gmail.com',
      'github:https://github.com/jordan',
      'linkedin:https://www.linkedin.com/in/jordan-ellis',
      'phone:+14155550134',
      'portfolio:https://jordan.dev',
    ]);
  });

  it('has no keys for an empty view', () => {
    expect(identityKeys(makeView())).toEqual([]);
  });

  it('ignores a LinkedIn or GitHub link without a handle', () => {
    const view = makeView({ links: [{ kind: 'linkedin', url: 'https://www.linkedin.com/in/x' }] });
    expect(identityKeys(view)).toEqual([]);
  });
});

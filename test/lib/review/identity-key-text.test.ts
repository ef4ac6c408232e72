import { describe, expect, it } from 'vitest';
import { describeIdentityKey } from '../../../lib/review/identity-key-text';

describe('describeIdentityKey', () => {
  it.each([
    ['email:ada@example.com', { kind: 'email', label: 'E-mail', value: 'ada@example.com' }],
    ['phone:+14155550134', { kind: 'phone', label: 'Phone', value: '+14155550134' }],
    ['linkedin:https://www.linkedin.com/in/ada', { kind: 'linkedin', label: 'LinkedIn', value: 'https://www.linkedin.com/in/ada' }],
    ['site:greenhouse:66600001', { kind: 'site', label: 'Greenhouse profile id', value: '66600001' }],
    ['site:unknown-site:a:b', { kind: 'site', label: 'unknown-site profile id', value: 'a:b' }],
    ['fax:123', { kind: 'fax', label: 'fax', value: '123' }],
    ['nocolon', { kind: 'nocolon', label: 'nocolon', value: '' }],
  ])('%s', (key, expected) => {
    expect(describeIdentityKey(key)).toEqual(expected);
  });
});

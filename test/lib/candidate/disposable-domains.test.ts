import { describe, expect, it } from 'vitest';
import { isDisposableEmailDomain } from '../../../lib/candidate/disposable-domains';

describe('isDisposableEmailDomain', () => {
  const cases: Array<[string, boolean]> = [
    ['mailinator.com', true],
    ['MAILINATOR.COM', true],
    [' mailinator.com ', true],
    ['mailinator.com.', true],
    ['eu.mailinator.com', true],
    ['a.b.mailinator.com', true],
    ['guerrillamail.com', true],
    ['gmail.com', false],
    ['example.com', false],
    ['mailinator.example.org', false],
    ['mailinator.com.example.org', false],
    ['com', false],
    ['', false],
  ];
  it.each(cases)('%s -> %s', (domain, expected) => {
    expect(isDisposableEmailDomain(domain)).toBe(expected);
  });
});

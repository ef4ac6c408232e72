import { describe, expect, it } from 'vitest';
import { fillMessage, templatePlaceholders } from '../../../lib/risk/fill-message';

describe('fillMessage', () => {
  const cases: Array<[string, string, Record<string, string | number>, string]> = [
    ['strings and numbers', '{a} is {n} days', { a: 'x', n: 3 }, 'x is 3 days'],
    ['repeated placeholder', '{a}{a}', { a: 'y' }, 'yy'],
    ['unknown placeholder stays', '{a} {b}', { a: 'x' }, 'x {b}'],
    ['no prototype keys', '{constructor}', {}, '{constructor}'],
    ['markup stays text', '{a}', { a: '<img src=x onerror=alert(1)>' }, '<img src=x onerror=alert(1)>'],
    ['control characters removed', '{a}', { a: 'a\u0007\nb' }, 'a b'],
    ['placeholder syntax in data is not expanded', '{a}', { a: '{b}', b: 'no' }, '{b}'],
  ];
  it.each(cases)('%s', (_label, template, data, expected) => {
    expect(fillMessage(template, data)).toBe(expected);
  });
});

describe('templatePlaceholders', () => {
  it.each([
    ['{a} and {b} and {a}', ['a', 'b']],
    ['none', []],
  ] as Array<[string, string[]]>)('%s', (template, expected) => {
    expect(templatePlaceholders(template)).toEqual(expected);
  });
});

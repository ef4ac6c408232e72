import { describe, expect, it } from 'vitest';
import { labelKey, labelledText, labelledValues } from '../../../lib/sites/labelled';
import { parsePage } from './parse-page';

const page = (body: string) => parsePage(`<body>${body}</body>`, 'https://example.com/');

describe('labelKey', () => {
  const cases: Array<[string | undefined, string]> = [
    ['Email', 'email'],
    ['  Email Address: ', 'email address'],
    ['Phone*', 'phone'],
    ['Phone *:', 'phone'],
    ['Current   Job\nTitle', 'current job title'],
    [undefined, ''],
  ];
  it.each(cases)('labelKey(%j) = %j', (text, expected) => expect(labelKey(text)).toBe(expected));
});

describe('labelledValues and labelledText', () => {
  const dl = '<dl><dt>Email:</dt><dd>a@b.example</dd><dt>Phone</dt><dd>+1 555 0100</dd><dt>Email</dt><dd>c@d.example</dd></dl>';
  const nested = '<ul><li><div><span class="l">Location</span></div><div class="v">Leeds</div></li></ul>';
  const cases: Array<[string, string, string, string[], ((label: Element) => Element | null | undefined) | undefined, string[]]> = [
    ['every row with the label, in page order', dl, 'dt', ['email'], undefined, ['a@b.example', 'c@d.example']],
    ['labels match case-insensitively, colon ignored', dl, 'dt', ['PHONE'], undefined, ['+1 555 0100']],
    ['an unknown label finds nothing', dl, 'dt', ['fax'], undefined, []],
    ['a custom valueOf finds a value beside the label wrapper', nested, '.l', ['location'], (l) => l.closest('li')?.querySelector('.v'), ['Leeds']],
    ['without valueOf, a label with no next sibling has no value', nested, '.l', ['location'], undefined, []],
  ];
  it.each(cases)('%s', (_label, body, selector, labels, valueOf, expected) => {
    const document = page(body);
    expect(labelledValues(document, selector, labels, valueOf).map((v) => v.textContent)).toEqual(expected);
    expect(labelledText(document, selector, labels, valueOf)).toBe(expected[0]);
  });
});

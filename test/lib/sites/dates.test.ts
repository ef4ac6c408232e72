import { describe, expect, it } from 'vitest';
import { parseDateRange, parsePartialDate, type DateRange } from '../../../lib/sites/dates';

describe('parsePartialDate', () => {
  const cases: Array<[string | undefined, string | undefined]> = [
    ['Mar 2021', '2021-03'],
    ['March 2021', '2021-03'],
    ['Sept 2019', '2019-09'],
    ['2014', '2014'],
    ['Apr 2, 2011', '2011-04-02'],
    ['2 Apr 2011', '2011-04-02'],
    ['2011-04-02T09:31:17Z', '2011-04-02'],
    ['2026-09', '2026-09'],
    ['Present', undefined],
    ['Foo 2099', undefined],
    ['2021-13', undefined],
    ['1850', undefined],
    [undefined, undefined],
  ];
  it.each(cases)('%j -> %j', (input, expected) => expect(parsePartialDate(input)).toBe(expected));
});

describe('parseDateRange', () => {
  const cases: Array<[string, DateRange]> = [
    ['Dec 2019 - Present · 2 yrs 4 mos', { start: '2019-12', current: true }],
    ['Sep 2018 - Dec 2019 · 1 yr 4 mos', { start: '2018-09', end: '2019-12' }],
    ['2014 - Jun 2019', { start: '2014', end: '2019-06' }],
    ['Jan 2021 – Present', { start: '2021-01', current: true }],
    ['2010 to 2014', { start: '2010', end: '2014' }],
    ['Foo 2099 - Bar', {}],
  ];
  it.each(cases)('%j', (input, expected) => expect(parseDateRange(input)).toEqual(expected));
});

import { describe, expect, it } from 'vitest';
import { monthOf, monthsApart, monthSpan, type MonthSpan } from '../../../lib/candidate/month-span';

const m = (year: number, month: number) => year * 12 + month - 1;

describe('monthSpan', () => {
  const cases: Array<[string | undefined, MonthSpan | undefined]> = [
    ['2019', { first: m(2019, 1), last: m(2019, 12) }],
    ['2019-03', { first: m(2019, 3), last: m(2019, 3) }],
    ['2019-03-14', { first: m(2019, 3), last: m(2019, 3) }],
    ['2019-13', undefined],
    ['2019-00', undefined],
    ['March 2019', undefined],
    [undefined, undefined],
  ];
  it.each(cases)('%s', (partial, expected) => {
    expect(monthSpan(partial)).toEqual(expected);
  });
});

describe('monthsApart', () => {
  const span = (p: string) => monthSpan(p) as MonthSpan;
  const cases: Array<[string, string, string, number]> = [
    ['same month', '2019-03', '2019-03', 0],
    ['four months later', '2019-03', '2019-07', 4],
    ['either order', '2019-07', '2019-03', 4],
    ['a year holds each of its months', '2019-06', '2019', 0],
    ['from the end of a year', '2019', '2020-02', 2],
    ['two years', '2018', '2020', 13],
  ];
  it.each(cases)('%s: %s vs %s', (_label, a, b, expected) => {
    expect(monthsApart(span(a), span(b))).toBe(expected);
  });
});

describe('monthOf', () => {
  it.each([
    [Date.UTC(2026, 11, 1), m(2026, 12)],
    [Date.UTC(2026, 0, 1) - 1, m(2025, 12)],
  ])('%s', (ms, expected) => {
    expect(monthOf(ms)).toBe(expected);
  });
});

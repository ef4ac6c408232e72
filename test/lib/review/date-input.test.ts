import { describe, expect, it } from 'vitest';
import { dayEnd, dayStart, dayValue, dayValueBefore } from '../../../lib/review/date-input';

describe('date inputs', () => {
  it.each([
    ['2026-03-05', new Date(2026, 2, 5).getTime(), new Date(2026, 2, 6).getTime()],
    ['2026-12-31', new Date(2026, 11, 31).getTime(), new Date(2027, 0, 1).getTime()],
    ['', undefined, undefined],
    ['05/03/2026', undefined, undefined],
  ])('%j starts at %s and ends at %s', (value, start, end) => {
    expect(dayStart(value)).toBe(start);
    expect(dayEnd(value)).toBe(end);
  });

  it.each(['2026-03-05', '2024-02-29', '2026-01-01'])('%s round-trips through start and end', (value) => {
    expect(dayValue(dayStart(value)!)).toBe(value);
    expect(dayValueBefore(dayEnd(value)!)).toBe(value);
  });
});

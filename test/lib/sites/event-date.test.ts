import { describe, expect, it } from 'vitest';
import { parseEventDate } from '../../../lib/sites/event-date';

const NOW = Date.UTC(2026, 0, 1); // 1 January 2026
const noon = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d, 12);

describe('parseEventDate', () => {
  const cases: Array<[string, string | undefined, number | undefined]> = [
    ['an ISO instant with an offset is exact', '2026-07-15T10:00:00-05:00', Date.UTC(2026, 6, 15, 15)],
    ['an ISO instant in UTC', '2026-07-15T01:00Z', Date.UTC(2026, 6, 15, 1)],
    ['an ISO date', '2026-07-15', noon(2026, 7, 15)],
    ['Google Calendar\'s details line with a year', 'Wednesday, July 15, 2026 \u22c5 10:00 \u2013 10:30am', noon(2026, 7, 15)],
    ['day first', 'Wednesday, 15 July 2026', noon(2026, 7, 15)],
    ['short month with a dot', 'Wed, Jul. 15, 2026, 10:00am', noon(2026, 7, 15)],
    ['Sept', 'Sept 3rd 2026', noon(2026, 9, 3)],
    ['an input value', 'Mar 9, 2026', noon(2026, 3, 9)],
    ['no year: the nearest one (after New Year)', 'Sunday, January 4', noon(2026, 1, 4)],
    ['no year: the nearest one (before New Year)', 'Monday, December 28', noon(2025, 12, 28)],
    ['no such day', 'February 30, 2026', undefined],
    ['numeric dates are not guessed', '07/08/2026', undefined],
    ['a time only', '10:00 \u2013 10:30am', undefined],
    ['garbage', 'Marchpane 12345', undefined],
    ['empty', '', undefined],
    ['missing', undefined, undefined],
  ];
  it.each(cases)('%s: %j', (_label, text, expected) => expect(parseEventDate(text, NOW)).toBe(expected));
});

import { describe, expect, it } from 'vitest';
import {
  offsetOfLabel, parseZoneLabel, zoneOffsetMinutes, zoneOffsetsAround, ZONE_PROBLEMS, type ZoneLabel,
} from '../../../lib/sites/time-zone-label';

const JAN = Date.UTC(2026, 0, 15, 12);
const JUL = Date.UTC(2026, 6, 15, 12);
// US summer time in 2026 starts 8 March 07:00 UTC (02:00 CST) and ends 1 November 06:00 UTC.
const CHICAGO_SWITCH = Date.UTC(2026, 2, 8, 8);
// UK summer time in 2026 starts 29 March 01:00 UTC and ends 25 October 01:00 UTC.
const LONDON_SWITCH = Date.UTC(2026, 2, 29, 1);

describe('parseZoneLabel', () => {
  const cases: Array<[string, string | undefined, ZoneLabel | undefined]> = [
    ['an IANA id', 'Asia/Seoul', { zone: 'Asia/Seoul' }],
    ['an IANA id in any case is made canonical', 'asia/seoul', { zone: 'Asia/Seoul' }],
    ['a legacy IANA link resolves to its zone', 'US/Eastern', { zone: 'America/New_York' }],
    ['Etc/GMT-9 is UTC+9, never read as "GMT-9"', 'Etc/GMT-9', { zone: 'Etc/GMT-9' }],
    ['an IANA id with its offset written beside it', 'Asia/Seoul (GMT+09:00)', { zone: 'Asia/Seoul', offsetMinutes: 540 }],
    ['GMT+9', 'GMT+9', { offsetMinutes: 540 }],
    ['GMT+09:00', 'GMT+09:00', { offsetMinutes: 540 }],
    ['UTC-0530 without a colon', 'UTC-0530', { offsetMinutes: -330 }],
    ['UTC−05:00 with a Unicode minus', 'UTC\u221205:00', { offsetMinutes: -300 }],
    ['UTC –05:00 with an en dash and a space', 'UTC \u201305:00', { offsetMinutes: -300 }],
    ['Nepal\'s quarter hour', 'GMT+05:45', { offsetMinutes: 345 }],
    ['Google Calendar style with a named zone', '(GMT+09:00) Korean Standard Time', { zone: 'Asia/Seoul', offsetMinutes: 540 }],
    ['Google Calendar style with a city', '(GMT-05:00) Eastern Time - New York', { zone: 'America/New_York', offsetMinutes: -300 }],
    ['an unknown name beside a written offset keeps the offset', '(GMT-03:00) Horário de Brasília', { offsetMinutes: -180 }],
    ['a Windows zone id', 'Korea Standard Time', { zone: 'Asia/Seoul' }],
    ['a Windows zone id with summer time', 'Central Standard Time', { zone: 'America/Chicago' }],
    ['GMT Standard Time is London, not UTC', 'GMT Standard Time', { zone: 'Europe/London' }],
    ['a scheduling tool\'s US label, en dash', 'Eastern Time \u2013 US & Canada', { zone: 'America/New_York' }],
    ['plain UTC', 'UTC', { offsetMinutes: 0 }],
    ['Greenwich Mean Time', 'Greenwich Mean Time', { offsetMinutes: 0 }],
    ['an ambiguous abbreviation is not guessed', 'IST', undefined],
    ['EST is not guessed either', 'EST', undefined],
    ['a generic name shared by zones with different rules', 'Central European Time', undefined],
    ['an unknown IANA-looking id', 'Mars/Olympus_Mons', undefined],
    ['an offset beyond +14:00', 'GMT+15:00', undefined],
    ['an offset with odd minutes', 'GMT+01:23', undefined],
    ['a slash that is not a zone', 'Event Date/Time', undefined],
    ['garbage', '<script>alert(1)</script>', undefined],
    ['empty', '', undefined],
    ['missing', undefined, undefined],
  ];
  it.each(cases)('%s: %j', (_label, text, expected) => expect(parseZoneLabel(text)).toEqual(expected));

  it('a three-part IANA id is read (engines differ in which alias they call canonical)', () => {
    const zone = parseZoneLabel('America/Argentina/Buenos_Aires')?.zone;
    expect(zone).toMatch(/^America\/(Argentina\/)?Buenos_Aires$/);
    expect(zoneOffsetMinutes(zone ?? '', JUL)).toBe(-180);
  });
});

describe('zoneOffsetMinutes: summer time from Intl', () => {
  const cases: Array<[string, string, number, number | undefined]> = [
    ['Seoul has no summer time', 'Asia/Seoul', JUL, 540],
    ['Chicago in January', 'America/Chicago', JAN, -360],
    ['Chicago in July', 'America/Chicago', JUL, -300],
    ['Chicago an hour before the switch', 'America/Chicago', CHICAGO_SWITCH - 2 * 3_600_000, -360],
    ['Chicago an hour after the switch', 'America/Chicago', CHICAGO_SWITCH, -300],
    ['London in January', 'Europe/London', JAN, 0],
    ['London in July', 'Europe/London', JUL, 60],
    ['London just before the switch', 'Europe/London', LONDON_SWITCH - 60_000, 0],
    ['London just after the switch', 'Europe/London', LONDON_SWITCH + 60_000, 60],
    ['Kolkata\'s half hour', 'Asia/Kolkata', JUL, 330],
    ['an unknown zone', 'Mars/Olympus_Mons', JUL, undefined],
    ['not a time', 'Asia/Seoul', Number.NaN, undefined],
  ];
  it.each(cases)('%s', (_label, zone, at, expected) => expect(zoneOffsetMinutes(zone, at)).toBe(expected));

  it('a year around a date holds standard and summer time', () => {
    expect(zoneOffsetsAround('America/Chicago', JUL)).toEqual([-360, -300]);
    expect(zoneOffsetsAround('Asia/Seoul', JUL)).toEqual([540]);
  });
});

describe('offsetOfLabel', () => {
  const now = JAN;
  const cases: Array<[string, string | undefined, number | undefined, ReturnType<typeof offsetOfLabel>]> = [
    ['IANA at the event date (summer)', 'America/Chicago', JUL, { ok: true, minutes: -300 }],
    ['IANA at the event date (winter)', 'America/Chicago', JAN, { ok: true, minutes: -360 }],
    ['London in summer', 'Europe/London', JUL, { ok: true, minutes: 60 }],
    ['a Windows id follows summer time too', 'Central Standard Time', JUL, { ok: true, minutes: -300 }],
    ['a zone without summer time needs no date', 'Asia/Seoul', undefined, { ok: true, minutes: 540 }],
    ['a zone with summer time and no date', 'America/Chicago', undefined, { ok: false, problem: ZONE_PROBLEMS.needsDate }],
    ['no date, but the offset is written', '(GMT-06:00) Central Time - Chicago', undefined, { ok: true, minutes: -360 }],
    ['the zone wins over an offset written for another day', '(GMT-06:00) Central Time - Chicago', JUL, { ok: true, minutes: -300 }],
    ['an offset the zone never uses contradicts the label', 'Asia/Seoul (GMT-05:00)', JUL, { ok: false, problem: ZONE_PROBLEMS.notRecognised }],
    ['a written offset alone is taken as written', 'GMT+09:00', JUL, { ok: true, minutes: 540 }],
    ['unknown label', 'Korea Time', JUL, { ok: false, problem: ZONE_PROBLEMS.notRecognised }],
    ['no label', undefined, JUL, { ok: false, problem: ZONE_PROBLEMS.notRecognised }],
  ];
  it.each(cases)('%s', (_label, text, eventAt, expected) => {
    expect(offsetOfLabel(text, eventAt === undefined ? { now } : { eventAt, now })).toEqual(expected);
  });
});

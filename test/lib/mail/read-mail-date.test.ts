import { describe, expect, it } from 'vitest';
import { readMailDate, type MailDate } from '../../../lib/mail/read-mail-date';

describe('readMailDate', () => {
  it.each<[string, string | undefined, MailDate]>([
    ['a Korean sender', 'Wed, 25 Nov 2026 10:04:11 +0900', { sentAt: '2026-11-25T01:04:11.000Z', offsetMinutes: 540 }],
    ['a comment after the zone', 'Tue, 24 Nov 2026 17:04:15 -0800 (PST)', { sentAt: '2026-11-25T01:04:15.000Z', offsetMinutes: -480 }],
    ['half-hour zone', 'Tue, 24 Nov 2026 18:04:11 +0530', { sentAt: '2026-11-24T12:34:11.000Z', offsetMinutes: 330 }],
    ['quarter-hour zone', 'Tue, 24 Nov 2026 18:04:11 +0545', { sentAt: '2026-11-24T12:19:11.000Z', offsetMinutes: 345 }],
    ['no day of week, no seconds, one-digit day', '4 Nov 2026 09:05 -0500', { sentAt: '2026-11-04T14:05:00.000Z', offsetMinutes: -300 }],
    ['+0000 is a real offset', 'Tue, 24 Nov 2026 18:04:11 +0000 (UTC)', { sentAt: '2026-11-24T18:04:11.000Z', offsetMinutes: 0 }],
    ['obsolete named zone', 'Tue, 24 Nov 2026 10:04:11 PST', { sentAt: '2026-11-24T18:04:11.000Z', offsetMinutes: -480 }],
    ['GMT', 'Tue, 24 Nov 2026 10:04:11 GMT', { sentAt: '2026-11-24T10:04:11.000Z', offsetMinutes: 0 }],
    ['two-digit year', 'Tue, 24 Nov 26 10:04:11 +0100', { sentAt: '2026-11-24T09:04:11.000Z', offsetMinutes: 60 }],
    ['two-digit year from the last century', 'Mon, 1 Mar 99 10:04:11 +0100', { sentAt: '1999-03-01T09:04:11.000Z', offsetMinutes: 60 }],
    ['-0000: the instant is UTC, the zone unknown', 'Tue, 24 Nov 2026 10:04:11 -0000', { sentAt: '2026-11-24T10:04:11.000Z', note: 'Date -0000 (the sender\'s time zone is not given)' }],
    ['a military zone is read as -0000', 'Tue, 24 Nov 2026 10:04:11 Z', { sentAt: '2026-11-24T10:04:11.000Z', note: 'Date Z (the sender\'s time zone is not given)' }],
    ['no zone', 'Tue, 24 Nov 2026 10:04:11', { note: 'Date without a zone (the sender\'s time zone is not given)' }],
    ['a zone word that is not an offset', 'Tue, 24 Nov 2026 10:04:11 Korea/Seoul', { note: 'Date (its zone is not a UTC offset)' }],
    ['an impossible offset', 'Tue, 24 Nov 2026 10:04:11 +1500', { note: 'Date +1500 (not a real UTC offset)' }],
    ['minutes over 59', 'Tue, 24 Nov 2026 10:04:11 +0575', { note: 'Date (its zone is not a UTC offset)' }],
    ['31 February is not a date', 'Tue, 31 Feb 2026 10:04:11 +0100', { note: 'Date (not a real date)' }],
    ['hour 24 is not a time', 'Tue, 24 Nov 2026 24:04:11 +0100', { note: 'Date (not a real date)' }],
    ['ISO 8601 is not a mail date', '2026-11-24T10:04:11+09:00', { note: 'Date (not a date this reader understands)' }],
    ['empty', '', { note: 'Date (not a date this reader understands)' }],
    ['no Date field', undefined, { note: 'no Date field (the sender\'s time zone is unknown)' }],
  ])('%s', (_name, value, expected) => {
    expect(readMailDate(value)).toEqual(expected);
  });
});

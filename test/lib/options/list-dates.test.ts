import { describe, expect, it } from 'vitest';
import { isExpired, utcDay } from '../../../lib/options/list-dates';

const at = (iso: string) => Date.parse(iso);

describe('utcDay', () => {
  it.each([
    { time: '2026-11-24T00:00:00Z', day: '2026-11-24' },
    { time: '2026-11-24T23:59:59Z', day: '2026-11-24' },
    { time: '2026-11-24T23:30:00-05:00', day: '2026-11-25' },
  ])('$time -> $day', ({ time, day }) => {
    expect(utcDay(at(time))).toBe(day);
  });
});

describe('isExpired', () => {
  it.each([
    { expires: undefined, now: '2030-01-01T00:00:00Z', expired: false },
    { expires: '2026-11-24', now: '2026-11-24T23:59:59Z', expired: false },
    { expires: '2026-11-24', now: '2026-11-25T00:00:00Z', expired: true },
    { expires: '2026-11-24', now: '2026-11-01T00:00:00Z', expired: false },
  ])('expires $expires at $now: $expired', ({ expires, now, expired }) => {
    expect(isExpired(expires, at(now))).toBe(expired);
  });
});

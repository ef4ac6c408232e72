import { describe, expect, it } from 'vitest';
import type { SignalContext, SignalOutcome } from '../../../lib/signals/define-signal';
import signal from '../../../lib/signals/timezone-mismatch';
import { makeCtx, makeView } from './make-view';

const AT = Date.UTC(2026, 10, 24, 9);
const view = (located: boolean, ...minutes: number[]) =>
  makeView({
    ...(located ? { location: { raw: 'Portland, OR', city: 'Portland', region: 'OR', country: 'US' } } : {}),
    utcOffsets: minutes.map((m) => ({ minutes: m, source: 'greenhouse', observedAt: AT })),
  });
const portland: SignalContext['claimedZones'] = { place: 'Portland, Oregon, US', zones: [{ timeZone: 'America/Los_Angeles', offsets: [-480, -420] }] };
const india: SignalContext['claimedZones'] = { place: 'IN', zones: [{ timeZone: 'Asia/Kolkata', offsets: [330] }] };

describe('timezone-mismatch', () => {
  const cases: Array<[string, ReturnType<typeof makeView>, Partial<SignalContext>, SignalOutcome]> = [
    ['skip: no offset seen', view(true), { claimedZones: portland }, { status: 'skip', reason: 'No time zone or UTC offset is known for this applicant' }],
    ['skip: no claimed location', view(false, 330), { claimedZones: portland }, { status: 'skip', reason: 'No claimed location' }],
    ['skip: place unknown to the city data', view(true, 330), {}, { status: 'skip', reason: 'The claimed location names no place with a known time zone' }],
    ['miss: standard time', view(true, -480), { claimedZones: portland }, { status: 'miss' }],
    ['miss: summer time', view(true, -420), { claimedZones: portland }, { status: 'miss' }],
    ['miss: half-hour zone matches exactly', view(true, 330), { claimedZones: india }, { status: 'miss' }],
    ['hit: India offset for a Portland claim', view(true, -480, 330), { claimedZones: portland }, {
      status: 'hit',
      evidence: [{ messageId: 'mismatch', data: { offset: 'UTC+05:30', when: 'on Greenhouse on 2026-11-24', place: 'Portland, Oregon, US', allowed: 'UTC\u221208:00 or UTC\u221207:00' } }],
    }],
    ['hit: one hour off is still a different offset', view(true, -360), { claimedZones: portland }, {
      status: 'hit',
      evidence: [{ messageId: 'mismatch', data: { offset: 'UTC\u221206:00', when: 'on Greenhouse on 2026-11-24', place: 'Portland, Oregon, US', allowed: 'UTC\u221208:00 or UTC\u221207:00' } }],
    }],
  ];
  it.each(cases)('%s', (_name, v, ctx, expected) => {
    expect(signal.evaluate(v, makeCtx(ctx))).toEqual(expected);
  });
});

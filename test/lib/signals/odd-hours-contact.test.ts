import { describe, expect, it } from 'vitest';
import type { CandidateView } from '../../../lib/candidate/candidate-view';
import type { SignalContext, SignalOutcome } from '../../../lib/signals/define-signal';
import signal from '../../../lib/signals/odd-hours-contact';
import { makeCtx, makeView } from './make-view';

const portland: SignalContext['claimedZones'] = { place: 'Portland, Oregon, US', zones: [{ timeZone: 'America/Los_Angeles', offsets: [-480, -420] }] };
// A country-only claim: every zone its cities use.
const unitedStates: SignalContext['claimedZones'] = {
  place: 'US',
  zones: [
    { timeZone: 'America/New_York', offsets: [-300, -240] },
    { timeZone: 'America/Los_Angeles', offsets: [-480, -420] },
  ],
};
// November 2026: Portland is on UTC-8, New York on UTC-5.
const at = (day: number, hourUtc: number, minute = 0) => Date.UTC(2026, 10, day, hourUtc, minute);
// 02:xx in Portland (10:xx UTC) on days 2..6, newest first as the view keeps them.
const portlandNights = [6, 5, 4, 3, 2].map((d) => at(d, 10, 14));
// 15:xx in Portland (23:xx UTC).
const portlandAfternoons = [9, 8, 7].map((d) => at(d, 23, 5));
const view = (messageTimes: number[], located = true): CandidateView =>
  makeView({ messageTimes, ...(located ? { location: { raw: 'Portland, OR', city: 'Portland', region: 'OR', country: 'US' } } : {}) });

describe('odd-hours-contact', () => {
  const cases: Array<[string, CandidateView, Partial<SignalContext>, SignalOutcome]> = [
    ['skip: no message times', view([]), { claimedZones: portland }, { status: 'skip', reason: 'No message send times are known; at least 5 are needed' }],
    ['skip: one message', view([at(2, 10)]), { claimedZones: portland }, { status: 'skip', reason: 'Only 1 message send time is known; at least 5 are needed' }],
    ['skip: four messages, all at night', view(portlandNights.slice(0, 4)), { claimedZones: portland }, {
      status: 'skip', reason: 'Only 4 message send times are known; at least 5 are needed',
    }],
    ['skip: no claimed location', view(portlandNights, false), { claimedZones: portland }, { status: 'skip', reason: 'No claimed location' }],
    ['skip: a place with no known zone', view(portlandNights), {}, { status: 'skip', reason: 'The claimed location names no place with a known time zone' }],
    ['skip: a zone the runtime does not know', view(portlandNights), { claimedZones: { place: 'X', zones: [{ timeZone: 'Mars/Olympus_Mons', offsets: [0] }] } }, {
      status: 'skip', reason: 'The claimed location names no place with a known time zone',
    }],
    ['miss: daytime messages', view(portlandAfternoons.concat([at(10, 18), at(11, 19)])), { claimedZones: portland }, { status: 'miss' }],
    ['hit: three of five is exactly 60%', view([...portlandNights.slice(0, 3), ...portlandAfternoons.slice(0, 2)]), { claimedZones: portland }, {
      status: 'hit',
      evidence: [{
        messageId: 'night',
        data: { night: 3, total: 5, place: 'Portland, Oregon, US', timeZone: 'America/Los_Angeles', examples: '2026-11-06 02:14, 2026-11-05 02:14, 2026-11-04 02:14' },
      }],
    }],
    ['miss: half at night is under 60%', view([...portlandNights.slice(0, 3), ...portlandAfternoons]), { claimedZones: portland }, { status: 'miss' }],
    ['miss: 05:00 is no longer night', view([6, 5, 4, 3, 2].map((d) => at(d, 13))), { claimedZones: portland }, { status: 'miss' }],
    ['hit: five of five at 02:14 in Portland', view(portlandNights), { claimedZones: portland }, {
      status: 'hit',
      evidence: [{
        messageId: 'night',
        data: { night: 5, total: 5, place: 'Portland, Oregon, US', timeZone: 'America/Los_Angeles', examples: '2026-11-06 02:14, 2026-11-05 02:14, 2026-11-04 02:14' },
      }],
    }],
    ['hit: five of eight (62.5%)', view([...portlandNights, ...portlandAfternoons]), { claimedZones: portland }, {
      status: 'hit',
      evidence: [{
        messageId: 'night',
        data: { night: 5, total: 8, place: 'Portland, Oregon, US', timeZone: 'America/Los_Angeles', examples: '2026-11-06 02:14, 2026-11-05 02:14, 2026-11-04 02:14' },
      }],
    }],
    ['hit: summer time is read at each message\'s date (02:14 PDT is 09:14 UTC)', view([6, 5, 4, 3, 2].map((d) => Date.UTC(2026, 6, d, 9, 14))), { claimedZones: portland }, {
      status: 'hit',
      evidence: [{
        messageId: 'night',
        data: { night: 5, total: 5, place: 'Portland, Oregon, US', timeZone: 'America/Los_Angeles', examples: '2026-07-06 02:14, 2026-07-05 02:14, 2026-07-04 02:14' },
      }],
    }],
    ['miss: several zones, the kindest decides (05:14 in New York)', view(portlandNights), { claimedZones: unitedStates }, { status: 'miss' }],
    ['hit: several zones, night in each (00:30 Portland, 03:30 New York)', view([6, 5, 4, 3, 2].map((d) => at(d, 8, 30))), { claimedZones: unitedStates }, {
      status: 'hit',
      evidence: [{
        messageId: 'night',
        data: { night: 5, total: 5, place: 'US', timeZone: 'America/New_York', examples: '2026-11-06 03:30, 2026-11-05 03:30, 2026-11-04 03:30' },
      }],
    }],
  ];
  it.each(cases)('%s', (_label, candidate, ctx, expected) => {
    expect(signal.evaluate(candidate, makeCtx(ctx))).toEqual(expected);
  });
});

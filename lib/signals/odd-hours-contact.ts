import { defineSignal } from './define-signal';

/** Fewer messages than this are not a pattern: anyone sends the odd message at 2 a.m. */
const MIN_MESSAGES = 5;
/** Percentage of messages at night that is reported; most people's mail is mostly sent by day. */
const NIGHT_PERCENT = 60;
/** Night is 00:00 to 04:59 local time: later than late evenings, earlier than early starts. */
const NIGHT_END_HOUR = 5;
const NIGHT_END = `${String(NIGHT_END_HOUR).padStart(2, '0')}:00`;
/** Night-time examples shown (the newest). */
const MAX_EXAMPLES = 3;

const formatters = new Map<string, Intl.DateTimeFormat>();

/** "2026-11-03 02:14" in `timeZone`; undefined for a zone this runtime does not know. */
function localTime(epochMs: number, timeZone: string): string | undefined {
  let format = formatters.get(timeZone);
  if (!format) {
    try {
      format = new Intl.DateTimeFormat('en-CA', { timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' });
    } catch {
      return undefined;
    }
    formatters.set(timeZone, format);
  }
  const parts = format.formatToParts(epochMs);
  const value = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return `${value('year')}-${value('month')}-${value('day')} ${value('hour')}:${value('minute')}`;
}

const isNight = (local: string) => Number(local.slice(11, 13)) < NIGHT_END_HOUR;

/** Most of the applicant's messages were sent in the middle of the night where they say they live. */
export default defineSignal({
  id: 'odd-hours-contact',
  meta: {
    title: 'Messages sent at night in the claimed time zone',
    description:
      `Looks at when the applicant's messages were sent (from message headers) and reports when at least ${MIN_MESSAGES} are known and ` +
      `${NIGHT_PERCENT}% or more were sent between 00:00 and ${NIGHT_END} local time in the claimed location. Someone working from another ` +
      'continent sends mail in their own day. Where a location can be in several time zones, the zone with the fewest night messages is used. ' +
      'Weight 0.05: plenty of people write at night, and a time zone difference is already reported on its own.',
    severity: 'low',
    status: 'experimental',
    requires: ['messageTimes', 'location'],
    weight: 0.05,
    falsePositives: [
      'Night owls, new parents, and people fitting job hunting around a day job',
      'Shift workers and people working for a team in another time zone',
      'Scheduled sending, or a mail client sending queued messages when the computer wakes',
      'Travel, or a move not yet reflected in the claimed location',
    ],
    references: ['https://www.ic3.gov/PSA/2025/PSA250123', 'https://www.rfc-editor.org/rfc/rfc5322#section-3.3'],
    messages: {
      night: `{night} of {total} messages were sent between 00:00 and ${NIGHT_END} in {place} ({timeZone} time), e.g. {examples}`,
    },
  },
  evaluate(candidate, ctx) {
    const total = candidate.messageTimes.length;
    if (total < MIN_MESSAGES) {
      return { status: 'skip', reason: `${total === 0 ? 'No' : `Only ${total}`} message send time${total === 1 ? ' is' : 's are'} known; at least ${MIN_MESSAGES} are needed` };
    }
    if (!candidate.location) return { status: 'skip', reason: 'No claimed location' };
    const claimed = ctx.claimedZones;
    // The zone most favourable to the applicant: the one where fewest messages fall at night.
    const readings = (claimed?.zones ?? []).flatMap(({ timeZone }) => {
      const times = candidate.messageTimes.map((t) => localTime(t, timeZone));
      return times.every((t): t is string => t !== undefined) ? [{ timeZone, night: times.filter(isNight) }] : [];
    });
    if (!claimed || readings.length === 0) return { status: 'skip', reason: 'The claimed location names no place with a known time zone' };
    const best = readings.reduce((a, b) => (b.night.length < a.night.length ? b : a));
    // Whole numbers: 3 of 5 is exactly 60%, with no floating-point doubt.
    if (best.night.length * 100 < NIGHT_PERCENT * total) return { status: 'miss' };
    return {
      status: 'hit',
      evidence: [
        {
          messageId: 'night',
          data: { night: best.night.length, total, place: claimed.place, timeZone: best.timeZone, examples: best.night.slice(0, MAX_EXAMPLES).join(', ') },
        },
      ],
    };
  },
});

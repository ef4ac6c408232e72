import { defineSignal, type Evidence } from './define-signal';
import { formatUtcOffset, seenWhen } from './network-evidence';

/** A UTC offset seen for the candidate is not one the claimed location uses at any time of year. */
export default defineSignal({
  id: 'timezone-mismatch',
  meta: {
    title: 'Time zone differs from claimed location',
    description:
      "Compares the UTC offsets seen for the applicant (a scheduling page's time zone, a pasted mail header or offset) with the offsets the " +
      'claimed location uses in standard and summer time. Someone working nights to appear local still sends mail stamped with their own clock. ' +
      'Weight 0.25, because travel and a computer clock left on another zone explain it too.',
    severity: 'medium',
    status: 'experimental',
    requires: ['utcOffsets', 'location'],
    weight: 0.25,
    falsePositives: [
      'Travel, or a recent move with the computer or phone still set to the old zone',
      'A mail or calendar service that stamps its own server time',
      'A claimed location written as a region the city data resolves to another zone',
    ],
    references: ['https://www.ic3.gov/PSA/2025/PSA250123', 'https://www.rfc-editor.org/rfc/rfc5322#section-3.3'],
    messages: {
      mismatch: '{offset} ({when}) is not used in {place}, which is on {allowed}',
    },
  },
  evaluate(candidate, ctx) {
    if (candidate.utcOffsets.length === 0) return { status: 'skip', reason: 'No time zone or UTC offset is known for this applicant' };
    if (!candidate.location) return { status: 'skip', reason: 'No claimed location' };
    const zones = ctx.claimedZones;
    if (!zones || zones.zones.length === 0) return { status: 'skip', reason: 'The claimed location names no place with a known time zone' };
    const allowed = [...new Set(zones.zones.flatMap((z) => z.offsets))].sort((a, b) => a - b);
    const evidence: Evidence[] = candidate.utcOffsets
      .filter((o) => !allowed.includes(o.minutes))
      .map((o) => ({
        messageId: 'mismatch',
        data: { offset: formatUtcOffset(o.minutes), when: seenWhen(o.source, o.observedAt), place: zones.place, allowed: allowed.map(formatUtcOffset).join(' or ') },
      }));
    return evidence.length > 0 ? { status: 'hit', evidence } : { status: 'miss' };
  },
});

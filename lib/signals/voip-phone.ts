import { defineSignal, type Evidence } from './define-signal';

/** A phone number in a range the numbering plan assigns to internet (VoIP) telephony. */
export default defineSignal({
  id: 'voip-phone',
  meta: {
    title: 'Internet (VoIP) phone number',
    description:
      'Uses the phone-number metadata to tell whether a number belongs to a VoIP range. VoIP numbers can be bought online from anywhere, ' +
      'which advisories report for applicants hiding their location; weight 0.2 because many people use them legitimately. ' +
      'US and Canadian numbers cannot be classified this way (the library reports them as fixed line or mobile), so US VoIP numbers (Google Voice, TextNow) are not detected here and need security-team prefix lists.',
    severity: 'low',
    status: 'test',
    requires: ['phones'],
    weight: 0.2,
    falsePositives: [
      'Remote workers and freelancers who use a VoIP number for work calls',
      'Numbering ranges reassigned after the metadata was published',
    ],
    references: [
      'https://github.com/google/libphonenumber/blob/master/FAQ.md',
      'https://www.ic3.gov/PSA/2025/PSA250123',
    ],
    messages: {
      voip: '{phone} is in a VoIP number range ({country})',
    },
  },
  evaluate(candidate) {
    if (candidate.phones.length === 0) return { status: 'skip', reason: 'No phone number on the profile' };
    const typed = candidate.phones.filter((p) => p.type !== undefined);
    if (typed.length === 0) return { status: 'skip', reason: 'No phone number could be classified' };
    const evidence: Evidence[] = typed
      .filter((p) => p.type === 'VOIP')
      .map((p) => ({ messageId: 'voip', data: { phone: p.e164 ?? p.raw, country: p.country ?? 'unknown region' } }));
    return evidence.length > 0 ? { status: 'hit', evidence } : { status: 'miss' };
  },
});

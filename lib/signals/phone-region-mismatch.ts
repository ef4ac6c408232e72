import { defineSignal, type Evidence } from './define-signal';

// Regions that share one numbering plan and are routinely used interchangeably: a UK resident's
// mobile can be allocated from a Crown Dependency range (libphonenumber reports +44 7911… as GG).
const SAME_PLAN: ReadonlyArray<ReadonlySet<string>> = [new Set(['GB', 'GG', 'JE', 'IM'])];
const sameRegion = (a: string, b: string) => a === b || SAME_PLAN.some((g) => g.has(a) && g.has(b));

/** A phone number registered in a different country from the location the applicant claims. */
export default defineSignal({
  id: 'phone-region-mismatch',
  meta: {
    title: 'Phone country differs from claimed location',
    description:
      'Compares the country of each phone number written with an international prefix with the country of the claimed location ' +
      '(numbers written without a prefix are read as local to the claimed country, so they never differ). ' +
      'Advisories list this among signs of applicants misstating where they are; weight 0.15 because moving abroad keeps old numbers.',
    severity: 'low',
    status: 'experimental',
    requires: ['phones', 'location'],
    weight: 0.15,
    falsePositives: [
      'Recent relocation: people keep their previous country\'s number for months or years',
      'Roaming or travel SIMs, and cross-border commuters',
      'Company or family plans registered in a neighbouring country (for example US and Canada share +1)',
    ],
    references: ['https://www.ic3.gov/PSA/2025/PSA250123', 'https://www.ic3.gov/PSA/2024/PSA240516'],
    messages: {
      mismatch: '{phone} is registered in {phoneCountry}; the claimed location is in {claimedCountry}',
    },
  },
  evaluate(candidate) {
    const claimed = candidate.location?.country;
    if (claimed === undefined) return { status: 'skip', reason: 'The claimed location has no known country' };
    const located = candidate.phones.filter((p) => p.country !== undefined);
    if (located.length === 0) return { status: 'skip', reason: 'No phone number with a known country' };
    const evidence: Evidence[] = [];
    for (const p of located) {
      if (p.country === undefined || sameRegion(p.country, claimed)) continue;
      evidence.push({
        messageId: 'mismatch',
        data: { phone: p.e164 ?? p.raw, phoneCountry: p.country, claimedCountry: claimed },
      });
    }
    return evidence.length > 0 ? { status: 'hit', evidence } : { status: 'miss' };
  },
});

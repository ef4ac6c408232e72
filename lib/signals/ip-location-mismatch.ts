import { defineSignal, type Evidence } from './define-signal';
import { networkLabel, seenWhen } from './network-evidence';

/** An IP address seen for the candidate is registered in a different country from the claimed location. */
export default defineSignal({
  id: 'ip-location-mismatch',
  meta: {
    title: 'IP country differs from claimed location',
    description:
      'Compares the country the offline IP database gives for each address seen for the applicant with the country of the claimed location. ' +
      'Applicants who are not where they say they are show it here first. Weight 0.3: travel and VPNs explain many differences, so look at ' +
      'the VPN and hosting check alongside.',
    severity: 'medium',
    status: 'experimental',
    requires: ['ipAddresses', 'location'],
    weight: 0.3,
    falsePositives: [
      'Travel, or applying from abroad before a move',
      'A VPN, a corporate network or a cloud workstation that exits in another country',
      'Mobile carriers and satellite links that route through another country; IP databases can be out of date',
    ],
    references: ['https://www.ic3.gov/PSA/2025/PSA250123', 'https://db-ip.com'],
    messages: {
      mismatch: '{ip}{network} is registered in {ipCountry}; the claimed location is in {claimedCountry} (seen {when})',
    },
  },
  evaluate(candidate, ctx) {
    const claimed = candidate.location?.country;
    if (claimed === undefined) return { status: 'skip', reason: 'The claimed location has no known country' };
    if (candidate.ipAddresses.length === 0) return { status: 'skip', reason: 'No IP address is known for this applicant' };
    if (!ctx.ipFacts) return { status: 'skip', reason: 'The IP database is not available' };
    const located = ctx.ipFacts.filter((f) => f.country !== undefined);
    if (located.length === 0) return { status: 'skip', reason: 'The IP database has no country for these addresses' };
    const evidence: Evidence[] = located
      .filter((f) => f.country !== claimed)
      .map((f) => ({
        messageId: 'mismatch',
        data: { ip: f.ip, network: networkLabel({ asn: f.asn, asName: f.asName }), ipCountry: f.country ?? '', claimedCountry: claimed, when: seenWhen(f.source, f.observedAt) },
      }));
    return evidence.length > 0 ? { status: 'hit', evidence } : { status: 'miss' };
  },
});


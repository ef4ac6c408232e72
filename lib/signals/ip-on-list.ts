import { defineSignal } from './define-signal';
import { LIST_MESSAGES, networkListOutcome } from './list-evidence';

/** One of the candidate's IP addresses, or the network it belongs to, is on a security team's indicator list. */
export default defineSignal({
  id: 'ip-on-list',
  meta: {
    title: 'IP address on a security-team list',
    description:
      'Looks up the IP addresses seen for the applicant (on an application page, or pasted by a recruiter) and the networks (AS numbers) they belong to ' +
      'in the indicator lists the security team enabled, for example addresses of known laptop farms or of applications already found to use stolen identities. ' +
      'Weight 0.5: an address is weaker than a personal identifier, since many people can share one. Lists of VPN and hosting networks count under their own check.',
    severity: 'high',
    status: 'experimental',
    requires: ['ipAddresses'],
    weight: 0.5,
    falsePositives: [
      'A shared address: an office, a university, a mobile carrier or a public Wi-Fi network reuses one address for many people',
      'An address reassigned since it was listed (home connections change addresses over time)',
      'A whole network (AS) listed because of a few of its customers',
    ],
    references: ['https://www.ic3.gov/PSA/2025/PSA250123', 'https://www.justice.gov/opa/pr/justice-department-announces-nationwide-actions-combat-illicit-north-korean-government-revenue'],
    messages: LIST_MESSAGES,
  },
  evaluate: (candidate, ctx) => networkListOutcome(candidate, ctx, 'fraud-indicators', 'No indicator list is enabled'),
});

import { defineSignal } from './define-signal';
import { LIST_MESSAGES, networkListOutcome } from './list-evidence';

/** An IP address seen for the candidate belongs to a VPN service or a hosting network. */
export default defineSignal({
  id: 'vpn-or-hosting-ip',
  meta: {
    title: 'Connection through a VPN or hosting network',
    description:
      'Checks whether the IP addresses seen for the applicant belong to networks on a VPN and hosting list (HireProof ships a starter list of well-known ' +
      'VPN providers and cloud hosts; security teams can add their own). Schemes that place workers under false identities route them through VPNs and ' +
      'rented servers to appear local. Many honest people use VPNs too, so the weight is 0.2: it matters most together with a location that does not fit.',
    severity: 'low',
    status: 'experimental',
    requires: ['ipAddresses'],
    weight: 0.2,
    falsePositives: [
      'Privacy-minded people and many employers route all traffic through a VPN',
      'Corporate networks, remote desktops and cloud workstations exit from hosting networks',
      'A hosting network also sells ordinary business connections',
    ],
    references: ['https://www.ic3.gov/PSA/2025/PSA250123', 'https://www.ic3.gov/PSA/2024/PSA240516'],
    messages: LIST_MESSAGES,
  },
  evaluate: (candidate, ctx) => networkListOutcome(candidate, ctx, 'vpn-hosting', 'No VPN and hosting list is enabled'),
});

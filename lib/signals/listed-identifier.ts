import { defineSignal } from './define-signal';
import { LIST_MESSAGES, listEvidence } from './list-evidence';

// Identity kinds this signal reports. Network kinds (ip, cidr, asn) belong to ip-on-list and
// vpn-or-hosting-ip, employer domains to listed-employer-domain, photo hashes (matched as
// near-duplicates) to reused-photo: one entry never counts twice.
const IDENTITY_KINDS = new Set(['email', 'email-domain', 'phone', 'phone-prefix', 'github', 'linkedin', 'name']);

/** One of the candidate's identifiers is on a signal list kept by the organisation's security team. */
export default defineSignal({
  id: 'listed-identifier',
  meta: {
    title: 'Identifier on a security-team list',
    description:
      "Looks up the applicant's e-mail addresses and domains, phone numbers and prefixes, GitHub and LinkedIn accounts and names in the signal lists the security team enabled. " +
      'An entry means someone already connected that identifier to a scheme, so the weight is 0.6; the evidence names the list and the entry note so the recruiter can ask the list owner.',
    severity: 'high',
    status: 'experimental',
    // Any one of these is enough.
    requires: ['emails', 'phones', 'links', 'names'],
    weight: 0.6,
    falsePositives: [
      'A shared or recycled identifier: a reassigned phone number, a common name on a name list',
      'A list entry that is out of date or was added by mistake (tell the list owner)',
    ],
    references: ['https://www.ic3.gov/PSA/2025/PSA250123', 'https://github.com/SigmaHQ/sigma-specification'],
    messages: LIST_MESSAGES,
  },
  evaluate(_candidate, ctx) {
    if (!ctx.lists) return { status: 'skip', reason: 'No signal list is enabled' };
    const matches = ctx.lists.matches.filter((m) => IDENTITY_KINDS.has(m.kind));
    if (matches.length === 0) return { status: 'miss' };
    return { status: 'hit', evidence: listEvidence(matches) };
  },
});

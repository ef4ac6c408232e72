import { defineSignal } from './define-signal';
import { LIST_MESSAGES, listEvidence } from './list-evidence';

/** A company the candidate names or writes from has a domain on a security team's list. */
export default defineSignal({
  id: 'listed-employer-domain',
  meta: {
    title: 'Employer domain on a security-team list',
    description:
      "Looks up the domains of the organisations in the applicant's history (domains written in job entries, e-mail and portfolio domains) " +
      'in the employer-domain entries of the enabled lists. Schemes invent front companies to supply references and work history; ' +
      'security teams list their domains. Weight 0.4: the front company is named, but the applicant may have been its victim.',
    severity: 'medium',
    status: 'experimental',
    // The domains come from these fields.
    requires: ['employment', 'emails', 'links'],
    weight: 0.4,
    falsePositives: [
      'A real former employer whose domain was listed by mistake or after a takeover (tell the list owner)',
      'A person who worked for a front company without knowing what it was',
    ],
    references: ['https://www.justice.gov/opa/pr/justice-department-announces-nationwide-actions-combat-illicit-north-korean-government-revenue'],
    messages: LIST_MESSAGES,
  },
  evaluate(candidate, ctx) {
    if (!ctx.lists) return { status: 'skip', reason: 'No signal list is enabled' };
    if (candidate.employerDomains.length === 0) return { status: 'skip', reason: 'No employer, e-mail or portfolio domain is known' };
    const matches = ctx.lists.matches.filter((m) => m.kind === 'employer-domain');
    return matches.length === 0 ? { status: 'miss' } : { status: 'hit', evidence: listEvidence(matches) };
  },
});

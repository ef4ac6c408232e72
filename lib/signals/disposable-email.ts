import { defineSignal, type Evidence } from './define-signal';

/** An e-mail address at a throwaway-mailbox provider. */
export default defineSignal({
  id: 'disposable-email',
  meta: {
    title: 'Disposable e-mail address',
    description:
      'Checks each e-mail domain (and its parent domains) against the public list of disposable-mailbox providers. ' +
      'Throwaway inboxes make an applicant hard to reach later and are a reported trait of identities created in bulk; weight 0.2 because privacy-minded people use them too.',
    severity: 'low',
    status: 'test',
    requires: ['emails'],
    weight: 0.2,
    falsePositives: [
      'Privacy-conscious applicants using a forwarding or throwaway address for job boards',
      'A provider wrongly listed, or a domain that changed hands after it was listed',
    ],
    references: [
      'https://github.com/disposable-email-domains/disposable-email-domains',
      'https://www.ic3.gov/PSA/2024/PSA240516',
    ],
    messages: {
      disposable: '{email} uses {domain}, a disposable-mailbox provider',
    },
  },
  evaluate(candidate, ctx) {
    if (candidate.emails.length === 0) return { status: 'skip', reason: 'No e-mail address on the profile' };
    const evidence: Evidence[] = candidate.emails
      .filter((e) => ctx.isDisposableEmailDomain(e.domain))
      .map((e) => ({ messageId: 'disposable', data: { email: e.raw, domain: e.domain } }));
    return evidence.length > 0 ? { status: 'hit', evidence } : { status: 'miss' };
  },
});

import { defineSignal } from './define-signal';
import { REUSE_REFERENCES, reuseEvidence } from './reuse-evidence';

/** Another applicant using the same e-mail address under a different name. */
export default defineSignal({
  id: 'reused-email',
  meta: {
    title: 'E-mail address reused',
    description:
      'Looks for the same e-mail address (compared case-insensitively, Gmail dots and +tags removed) on another applicant with a different name. ' +
      'Advisories describe one operator running many identities with recycled contact details; weight 0.5 because a personal mailbox rarely belongs to two people, yet shared and agency mailboxes exist.',
    severity: 'high',
    status: 'test',
    requires: ['emails'],
    weight: 0.5,
    falsePositives: [
      'A recruiting agency or staffing firm that submits applicants with its own mailbox',
      'A shared family mailbox',
      'The same person applying under a changed name (marriage, transition) or a name written in another script',
    ],
    references: REUSE_REFERENCES,
    messages: {
      reused: '{keyValue} also seen for {otherName} on {otherSource} on {otherSeenAt} at {otherPageUrl}',
      more: '{count} more applicants share this address',
    },
  },
  evaluate(candidate, ctx) {
    if (candidate.emails.length === 0) return { status: 'skip', reason: 'No e-mail address on the profile' };
    const matches = ctx.reuse.filter((m) => m.keyKind === 'email');
    if (matches.length === 0) return { status: 'miss' };
    return { status: 'hit', evidence: reuseEvidence(matches) };
  },
});

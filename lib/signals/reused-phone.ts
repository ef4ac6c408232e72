import { defineSignal } from './define-signal';
import { REUSE_REFERENCES, reuseEvidence } from './reuse-evidence';

/** Another applicant using the same phone number under a different name. */
export default defineSignal({
  id: 'reused-phone',
  meta: {
    title: 'Phone number reused',
    description:
      'Looks for the same phone number (compared in international E.164 form) on another applicant with a different name. ' +
      'Public advisories describe one operator applying under many identities with shared contact details; weight 0.5 because a shared personal number is strong evidence, yet families and shared office lines exist.',
    severity: 'high',
    status: 'test',
    requires: ['phones'],
    weight: 0.5,
    falsePositives: [
      'Family members or housemates sharing one number',
      'A recruiting agency or office switchboard number entered for several applicants',
      'The same person applying under a changed name (marriage, transition) or a name written in another script',
    ],
    references: REUSE_REFERENCES,
    messages: {
      reused: '{keyValue} also seen for {otherName} on {otherSource} on {otherSeenAt} at {otherPageUrl}',
      more: '{count} more applicants share this number',
    },
  },
  evaluate(candidate, ctx) {
    if (!candidate.phones.some((p) => p.e164 !== undefined)) {
      return { status: 'skip', reason: 'No phone number that could be read in international form' };
    }
    const matches = ctx.reuse.filter((m) => m.keyKind === 'phone');
    if (matches.length === 0) return { status: 'miss' };
    return { status: 'hit', evidence: reuseEvidence(matches) };
  },
});

import type { CanonicalLink } from '../candidate/candidate-view';
import { defineSignal, type ReuseMatch } from './define-signal';
import { REUSE_REFERENCES, reuseEvidence } from './reuse-evidence';

const PROFILE_KINDS: ReadonlySet<ReuseMatch['keyKind']> = new Set(['linkedin', 'github', 'portfolio']);
// Same rule as identityKeys: only person profiles (with a handle) and portfolios are keys.
const isKeyLink = (l: CanonicalLink) =>
  l.kind === 'portfolio' || ((l.kind === 'linkedin' || l.kind === 'github') && l.handle !== undefined);

/** Another applicant using the same LinkedIn, GitHub or portfolio link under a different name. */
export default defineSignal({
  id: 'reused-profile-link',
  meta: {
    title: 'Profile link reused',
    description:
      'Looks for the same LinkedIn profile, GitHub account or portfolio site on another applicant with a different name. ' +
      'Advisories describe borrowed and rented profiles reused across identities; weight 0.5 because a personal profile belongs to one person, yet a shared portfolio (agency, co-founders) can appear twice.',
    severity: 'high',
    status: 'test',
    requires: ['links'],
    weight: 0.5,
    falsePositives: [
      'Co-founders or a small agency linking the same portfolio or team site',
      'A recruiter pasting the wrong profile link into an applicant record',
      'The same person applying under a changed name (marriage, transition) or a name written in another script',
    ],
    references: REUSE_REFERENCES,
    messages: {
      reused: '{keyValue} also seen for {otherName} on {otherSource} on {otherSeenAt} at {otherPageUrl}',
      more: '{count} more applicants share this link',
    },
  },
  evaluate(candidate, ctx) {
    if (!candidate.links.some(isKeyLink)) {
      return { status: 'skip', reason: 'No LinkedIn profile, GitHub account or portfolio link on the profile' };
    }
    const matches = ctx.reuse.filter((m) => PROFILE_KINDS.has(m.keyKind));
    if (matches.length === 0) return { status: 'miss' };
    return { status: 'hit', evidence: reuseEvidence(matches) };
  },
});

import type { CanonicalLink } from '../candidate/candidate-view';
import { defineSignal, type Evidence, type ReuseMatch } from './define-signal';

const PROFILE_KINDS: ReadonlySet<ReuseMatch['keyKind']> = new Set(['linkedin', 'github', 'portfolio']);
// Same rule as identityKeys: only person profiles (with a handle) and portfolios are keys.
const isKeyLink = (l: CanonicalLink) =>
  l.kind === 'portfolio' || ((l.kind === 'linkedin' || l.kind === 'github') && l.handle !== undefined);
// Cap on listed matches: one link behind hundreds of applicants is one finding, not hundreds.
const MAX_LISTED = 10;

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
    references: [
      'https://www.ic3.gov/PSA/2025/PSA250123',
      'https://www.ic3.gov/PSA/2024/PSA240516',
      'https://www.microsoft.com/en-us/security/blog/2025/06/30/jasper-sleet-north-korean-remote-it-workers-evolving-tactics-to-infiltrate-organizations/',
    ],
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

function reuseEvidence(matches: readonly ReuseMatch[]): Evidence[] {
  const sorted = [...matches].sort((a, b) => a.otherSeenAt - b.otherSeenAt);
  const evidence: Evidence[] = sorted.slice(0, MAX_LISTED).map((m) => ({
    messageId: 'reused',
    data: {
      keyValue: m.keyValue,
      otherName: m.otherName,
      otherSource: m.otherSource,
      otherPageUrl: m.otherPageUrl,
      otherSeenAt: new Date(m.otherSeenAt).toISOString().slice(0, 10),
    },
  }));
  if (sorted.length > MAX_LISTED) evidence.push({ messageId: 'more', data: { count: sorted.length - MAX_LISTED } });
  return evidence;
}

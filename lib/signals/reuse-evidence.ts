import type { Evidence, ReuseMatch } from './define-signal';

/** Public advisories describing one operator behind many applicant identities. */
export const REUSE_REFERENCES = [
  'https://www.ic3.gov/PSA/2025/PSA250123',
  'https://www.ic3.gov/PSA/2024/PSA240516',
  'https://www.microsoft.com/en-us/security/blog/2025/06/30/jasper-sleet-north-korean-remote-it-workers-evolving-tactics-to-infiltrate-organizations/',
];

// Cap on listed matches: one key behind hundreds of applicants is one finding, not hundreds.
const MAX_LISTED = 10;

/** What every "someone else has it too" match says about the other applicant. */
type OtherApplicant = Pick<ReuseMatch, 'otherName' | 'otherSource' | 'otherPageUrl' | 'otherSeenAt'>;

/**
 * Evidence lines for matches against other applicants, in the order given: each one's own data plus
 * who the other applicant is, where and when they were first seen; past `MAX_LISTED`, one `more` line
 * with the count. Shared by the key-reuse signals and the near-duplicate ones (reused-resume-text).
 */
export function otherApplicantEvidence<M extends OtherApplicant>(
  sorted: readonly M[],
  messageId: string,
  own: (match: M) => Evidence['data'],
): Evidence[] {
  const evidence: Evidence[] = sorted.slice(0, MAX_LISTED).map((m) => ({
    messageId,
    data: {
      ...own(m),
      otherName: m.otherName,
      otherSource: m.otherSource,
      otherPageUrl: m.otherPageUrl,
      otherSeenAt: new Date(m.otherSeenAt).toISOString().slice(0, 10),
    },
  }));
  if (sorted.length > MAX_LISTED) evidence.push({ messageId: 'more', data: { count: sorted.length - MAX_LISTED } });
  return evidence;
}

/**
 * Evidence shared by the reuse signals: who else holds the key, where and when they were first
 * seen with it, oldest first. Each signal's messages define `reused` and `more`.
 */
export function reuseEvidence(matches: readonly ReuseMatch[]): Evidence[] {
  const sorted = [...matches].sort((a, b) => a.otherSeenAt - b.otherSeenAt);
  return otherApplicantEvidence(sorted, 'reused', (m) => ({ keyValue: m.keyValue }));
}

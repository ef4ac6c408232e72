import type { Evidence, ReuseMatch } from './define-signal';

/** Public advisories describing one operator behind many applicant identities. */
export const REUSE_REFERENCES = [
  'https://www.ic3.gov/PSA/2025/PSA250123',
  'https://www.ic3.gov/PSA/2024/PSA240516',
  'https://www.microsoft.com/en-us/security/blog/2025/06/30/jasper-sleet-north-korean-remote-it-workers-evolving-tactics-to-infiltrate-organizations/',
];

// Cap on listed matches: one key behind hundreds of applicants is one finding, not hundreds.
const MAX_LISTED = 10;

/**
 * Evidence shared by the reuse signals: who else holds the key, where and when they were first
 * seen with it, oldest first; past `MAX_LISTED`, one line with the count. Each signal's messages
 * define `reused` and `more`.
 */
export function reuseEvidence(matches: readonly ReuseMatch[]): Evidence[] {
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

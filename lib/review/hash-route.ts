/** The review pages' routes, kept in the URL's hash so a case can be linked to and reloaded. */
export type ReviewRoute = { page: 'queue' } | { page: 'case'; candidateId: string } | { page: 'audit' } | { page: 'not-found'; hash: string };

export function parseReviewHash(hash: string): ReviewRoute {
  const path = hash.replace(/^#/, '');
  if (path === '' || path === '/') return { page: 'queue' };
  if (path === '/audit') return { page: 'audit' };
  const match = /^\/case\/([^/?#]+)$/.exec(path);
  if (match?.[1]) {
    try {
      return { page: 'case', candidateId: decodeURIComponent(match[1]) };
    } catch {
      // A malformed escape (%E0%A4%A) names no candidate.
    }
  }
  return { page: 'not-found', hash: path };
}

export const queueHash = (): string => '#/';
export const caseHash = (candidateId: string): string => `#/case/${encodeURIComponent(candidateId)}`;
export const auditHash = (): string => '#/audit';

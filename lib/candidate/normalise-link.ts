import type { CanonicalLink } from './candidate-view';
import type { ProfileLinkKind } from './observation';

// GitHub logins: alphanumerics and single inner hyphens, at most 39 characters.
const GITHUB_LOGIN = /^[a-z0-9](?:[a-z0-9]|-(?=[a-z0-9])){0,38}$/;
// First path segments on github.com that are site pages, not people.
const GITHUB_RESERVED = new Set([
  'about', 'apps', 'blog', 'collections', 'contact', 'customer-stories', 'enterprise', 'events',
  'explore', 'features', 'issues', 'join', 'login', 'logout', 'marketplace', 'new', 'notifications',
  'orgs', 'organizations', 'pricing', 'pulls', 'search', 'security', 'sessions', 'settings', 'signup',
  'site', 'sponsors', 'team', 'topics', 'trending',
]);

/**
 * Canonical form of a profile link, used for display and as an identity key: https, lower-case host,
 * no credentials, query, fragment or trailing slash. LinkedIn hosts (`uk.linkedin.com`,
 * `m.linkedin.com`…) become `www.linkedin.com`; other hosts lose a leading `www.`.
 *
 * Only person profiles get the `linkedin`/`github` kind and a `handle`: LinkedIn `/in/<slug>` and
 * GitHub `/<login>`. A company page or a repository link is `kindHint` (portfolio/other) instead,
 * because two candidates linking the same employer or the same open-source repo share nothing.
 * Returns undefined for anything that is not an http(s) URL (`javascript:`, `data:`, `mailto:`…).
 */
export function canonicalLink(raw: string, kindHint?: ProfileLinkKind): CanonicalLink | undefined {
  const url = parseHttpUrl(raw);
  if (url === undefined) return undefined;
  const host = url.hostname.replace(/\.$/, '');
  if (!host.includes('.')) return undefined;
  const segments = url.pathname.split('/').filter((s) => s !== '');
  const fallbackKind = kindHint === 'portfolio' ? 'portfolio' : 'other';

  if (host === 'linkedin.com' || host.endsWith('.linkedin.com')) {
    if (segments[0] === 'in' && segments[1] !== undefined) {
      const handle = decodeSegment(segments[1]);
      return { kind: 'linkedin', url: `https://www.linkedin.com/in/${encodeURIComponent(handle)}`, handle };
    }
    return { kind: 'other', url: joinUrl('www.linkedin.com', url.port, segments) };
  }
  const bareHost = host.replace(/^www\./, '');
  if (bareHost === 'github.com') {
    const login = segments[0]?.toLowerCase();
    if (segments.length === 1 && login !== undefined && GITHUB_LOGIN.test(login) && !GITHUB_RESERVED.has(login)) {
      return { kind: 'github', url: `https://github.com/${login}`, handle: login };
    }
  }
  return { kind: fallbackKind, url: joinUrl(bareHost, url.port, segments) };
}

function parseHttpUrl(raw: string): URL | undefined {
  let text = raw.trim().replace(/\p{Cf}/gu, '');
  if (text === '' || /\s/.test(text)) return undefined;
  const scheme = /^([a-z][a-z0-9+.-]*):(?!\d)/i.exec(text)?.[1]?.toLowerCase();
  if (scheme !== undefined && scheme !== 'http' && scheme !== 'https') return undefined;
  if (scheme === undefined) text = text.startsWith('//') ? `https:${text}` : `https://${text}`;
  try {
    const url = new URL(text);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url : undefined;
  } catch {
    return undefined;
  }
}

/** Percent-decoded, NFC, lower case; a malformed escape keeps the segment as written. */
function decodeSegment(segment: string): string {
  let decoded = segment;
  try {
    decoded = decodeURIComponent(segment);
  } catch {
    // Keep the raw text: a broken escape is still a stable key.
  }
  return decoded.normalize('NFC').toLowerCase();
}

function joinUrl(host: string, port: string, segments: readonly string[]): string {
  const path = segments.length === 0 ? '' : `/${segments.join('/')}`;
  return `https://${host}${port === '' ? '' : `:${port}`}${path}`;
}

import { clampText, type ObservationField } from '../candidate/observation';
import { defineSiteAdapter } from './define-site-adapter';
import {
  buildExtraction, emailFromHref, firstText, httpUrl, isText, metaContent, profileLink, queryAll, queryFirst,
  readField, type ObservationDraft,
} from './dom';
import { parsePartialDate } from './dates';
import { parseLocation } from './location';

/**
 * GitHub user profile (github.com/<login>). The URL alone cannot tell a user from an organisation
 * (they share one namespace), so organisation pages are claimed too and simply report their fields
 * as missing. The account creation date is read only when the page prints it (older layouts' "Joined"
 * line); current layouts do not, so it is not in `expected` and its signal skips.
 */
const LOGIN = /^[a-z0-9](?:[a-z0-9-]{0,38})$/i;
/** Top-level paths that are GitHub's own pages, not accounts. */
const RESERVED = new Set([
  'about', 'account', 'apps', 'business', 'codespaces', 'collections', 'contact', 'copilot',
  'customer-stories', 'dashboard', 'discussions', 'education', 'enterprise', 'enterprises', 'events',
  'explore', 'features', 'github-copilot', 'home', 'issues', 'join', 'login', 'logout', 'marketplace',
  'mobile', 'models', 'new', 'nonprofit', 'notifications', 'organizations', 'orgs', 'premium-support',
  'pricing', 'pulls', 'readme', 'resources', 'search', 'security', 'sessions', 'settings', 'signup',
  'site', 'solutions', 'sponsors', 'stars', 'team', 'topics', 'trending', 'watching',
]);

// Selectors, most semantic first; each comment names the fixture that proves it.
const NAME = ['[itemprop="name"]']; // full-recent, old-account
const TITLE_NAME = /^(\S+) \((.+)\)(?: · GitHub)?$/; // changed-layout: "<login> (<name>) · GitHub"
const BIO = ['div.user-profile-bio']; // full-recent, old-account
const LOCATION = [
  '[itemprop="homeLocation"]', // full-recent, old-account
  '[aria-label^="Home location"]', // changed-layout
];
const EMAILS = '[itemprop="email"] a[href^="mailto:"]'; // full-recent, old-account
const LINKS = [
  '[itemprop="url"] a[href]', // full-recent, old-account
  '[itemprop="social"] a[href]', // full-recent
];
const LINKS_FALLBACK = 'a[rel~="me"]'; // changed-layout: GitHub marks profile links rel="me"
const AVATAR = ['[itemprop="image"] img']; // full-recent, old-account, sparse
const AVATAR_META = 'og:image'; // changed-layout
const JOINED = [
  '.join-date[datetime]', // old-account: <local-time class="join-date" datetime=…>
  '.vcard-detail relative-time[datetime]', // full-recent
];
const ORGANISATION = ['[itemprop="worksFor"]']; // full-recent, old-account

const ADAPTER = { id: 'github', label: 'GitHub' };
const EXPECTED: ObservationField[] = ['names', 'headline', 'location', 'photoUrl', 'siteCandidateId'];

function loginOf(url: URL): string | undefined {
  const segments = url.pathname.split('/').filter((s) => s !== '');
  const [login] = segments;
  if (segments.length !== 1 || !login || !LOGIN.test(login) || RESERVED.has(login.toLowerCase())) return undefined;
  return login.toLowerCase();
}

function readName(document: Document, login: string | undefined): string | undefined {
  const named = firstText(document, NAME);
  if (named) return named;
  const fromTitle = TITLE_NAME.exec(clampText(document.title) ?? '');
  // Only trust the title when it is about this login (a repository title has the same shape).
  return fromTitle?.[1]?.toLowerCase() === login ? clampText(fromTitle?.[2]) : undefined;
}

function readLinks(document: Document, base: string) {
  const anchors = LINKS.flatMap((s) => queryAll(document, s));
  const chosen = anchors.length > 0 ? anchors : queryAll(document, LINKS_FALLBACK);
  return chosen.flatMap((a) => profileLink(a.getAttribute('href'), base) ?? []);
}

function readJoined(document: Document): string | undefined {
  return parsePartialDate(queryFirst(document, JOINED)?.getAttribute('datetime'));
}

export default defineSiteAdapter({
  ...ADAPTER,
  matches: ['https://github.com/*'],
  exampleUrls: [
    'https://github.com/jellis-codes',
    'https://github.com/HBorg/',
    'https://github.com/jellis-codes?tab=repositories',
  ],
  counterExampleUrls: [
    'https://github.com/',
    'https://github.com/jellis-codes/ledger-sync',
    'https://github.com/jellis-codes/ledger-sync/pulls',
    'https://github.com/settings/profile',
    'https://github.com/orgs/northwind-logistics/people',
    'https://github.com/features',
    'https://github.com/marketplace',
    'https://github.com/explore',
    'https://github.com/topics/rust',
    'https://github.com/login',
    'https://github.com/notifications',
    'https://github.com/pulls',
    'https://github.com/issues',
    'https://github.com/sponsors/jellis-codes',
    'https://github.com/about',
    'https://github.com/pricing',
    'https://gist.github.com/jellis-codes',
  ],
  detect: (url) => url.protocol === 'https:' && url.hostname === 'github.com' && loginOf(url) !== undefined,
  extract(document, url, now) {
    const problems: string[] = [];
    const read = <T>(field: ObservationField, fn: () => T) => readField(problems, field, fn);
    const login = read('siteCandidateId', () => loginOf(url));
    const name = read('names', () => readName(document, login));
    const organisation = read('employment', () => firstText(document, ORGANISATION));
    const draft: ObservationDraft = {
      siteCandidateId: login,
      names: name ? [name] : [],
      headline: read('headline', () => firstText(document, BIO)),
      location: read('location', () => parseLocation(firstText(document, LOCATION))),
      emails: read('emails', () => queryAll(document, EMAILS).map((a) => emailFromHref(a.getAttribute('href'))).filter(isText)),
      links: read('links', () => readLinks(document, url.href)),
      photoUrl: read('photoUrl', () => httpUrl(queryFirst(document, AVATAR)?.getAttribute('src') ?? metaContent(document, AVATAR_META), url.href)),
      employment: organisation ? [{ organisation, current: true }] : [],
      accountCreatedAt: read('accountCreatedAt', () => readJoined(document)),
    };
    return buildExtraction({ adapter: ADAPTER, expected: EXPECTED, url, now, draft, problems });
  },
});

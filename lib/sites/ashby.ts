import type { ObservationField } from '../candidate/observation';
import { defineSiteAdapter } from './define-site-adapter';
import {
  buildExtraction, compact, emailFromHref, firstText, isText, phoneFromHref, profileLink, queryAllOfFirst,
  queryFirst, readField, textOf, type ObservationDraft,
} from './dom';
import { labelledText } from './labelled';
import { parseLocation } from './location';

/**
 * Ashby candidate profile (app.ashbyhq.com). Ashby opens a candidate in a panel on the right of a
 * list (a search, a job's pipeline), and the URL names the candidate: …/right-side/candidates/<uuid>,
 * optionally …/applications/<uuid>/<tab>; /candidates/<uuid> is the same profile on its own page.
 * On a right-side URL the list beside the panel shows other candidates' names, so everything is read
 * inside the panel and the page's <main> is used only on the stand-alone page.
 *
 * From real sources: the URL shapes, from public integration code that builds Ashby profile links
 * (`candidate-searches/new/right-side/candidates/<id>/applications/<id>/feed`,
 * `candidates/pipeline/application-review/right-side/…`, `candidates/<id>`, and
 * `jobs/<uuid>/candidate-pipeline/active` for a job's list); the fields a profile holds (name,
 * position, company, school, location, e-mails, phones, social links) from Ashby's public API.
 * Unverified: every data-testid hook below and the panel's roles. No real page could be saved, so the
 * fixtures are hand-made; when the hooks are wrong the panel's heading, mailto:/tel: links, profile
 * links and labelled rows carry the adapter.
 */
const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
const STANDALONE_PATH = new RegExp(`^/candidates/(${UUID})/?$`, 'i');
const PANEL_PATH = new RegExp(`^(?:/[\\w-]+)+/right-side/candidates/(${UUID})(?:/applications/${UUID}(?:/[a-z-]{1,40})?)?/?$`, 'i');

// Selectors, most semantic first; each comment names the fixture that proves it.
const PANEL = [
  '[data-testid="candidate-profile"]', // full, hostile
  '[role="complementary"]', // changed-layout
  '[role="dialog"]',
];
const STANDALONE = 'main'; // sparse: only on /candidates/<uuid>, where no list shares the page
const NAME = [
  '[data-testid="candidate-name"]', // full, sparse, hostile
  'h1, h2', // changed-layout: the panel's heading is the candidate's name
];
const HEADLINE = ['[data-testid="candidate-headline"]']; // full, hostile
const POSITION = ['[data-testid="candidate-position"]']; // full
const COMPANY = ['[data-testid="candidate-company"]']; // full
const SCHOOL = ['[data-testid="candidate-school"]']; // full
const LOCATION = ['[data-testid="candidate-location"]']; // full, hostile
const EMAILS = [
  '[data-testid="candidate-emails"] a[href^="mailto:"]', // full, sparse, hostile
  'a[href^="mailto:"]', // changed-layout
];
const PHONES = [
  '[data-testid="candidate-phones"] a[href^="tel:"]', // full, hostile
  'a[href^="tel:"]', // changed-layout
];
const LINKS = [
  '[data-testid="candidate-social-links"] a[href]', // full, hostile
  'a[href*="linkedin.com/in/"], a[href^="https://github.com/"]', // changed-layout
];
// Labelled rows when the hooks are gone: changed-layout.
const LABEL_CELLS = 'dt, th, [role="rowheader"]';
const LOCATION_LABELS = ['location'];

const ADAPTER = { id: 'ashby', label: 'Ashby' };
const EXPECTED: ObservationField[] = ['names', 'headline', 'location', 'emails', 'phones', 'links', 'employment', 'siteCandidateId'];

function candidateId(url: URL): string | undefined {
  return (STANDALONE_PATH.exec(url.pathname) ?? PANEL_PATH.exec(url.pathname))?.[1]?.toLowerCase();
}

function profileOf(document: Document, url: URL): Element | undefined {
  const panel = queryFirst(document, PANEL);
  if (panel || !STANDALONE_PATH.test(url.pathname)) return panel;
  return queryFirst(document, [STANDALONE]);
}

function readEmployment(profile: Element | undefined) {
  const title = firstText(profile, POSITION);
  const organisation = firstText(profile, COMPANY);
  return title || organisation ? [compact({ title, organisation, current: true })] : [];
}

export default defineSiteAdapter({
  ...ADAPTER,
  // The whole app: opening a candidate from a list is an in-page navigation the script must see.
  matches: ['https://app.ashbyhq.com/*'],
  exampleUrls: [
    'https://app.ashbyhq.com/candidates/2f6a1c3e-9b7d-4e8a-a5c4-3d2e1f0a9b8c',
    'https://app.ashbyhq.com/candidate-searches/new/right-side/candidates/2f6a1c3e-9b7d-4e8a-a5c4-3d2e1f0a9b8c',
    'https://app.ashbyhq.com/candidate-searches/new/right-side/candidates/2f6a1c3e-9b7d-4e8a-a5c4-3d2e1f0a9b8c/applications/8c7b6a5f-4e3d-4c2b-9a1f-0e9d8c7b6a5f/feed',
    'https://app.ashbyhq.com/candidates/pipeline/application-review/right-side/candidates/4b3a2918-0f7e-4d6c-8b5a-49382716f5e4/applications/1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d/feed',
  ],
  counterExampleUrls: [
    'https://app.ashbyhq.com/candidates',
    'https://app.ashbyhq.com/candidates/pipeline/application-review',
    'https://app.ashbyhq.com/candidate-searches/new',
    'https://app.ashbyhq.com/jobs/a91e87d8-1d55-44be-9611-3d8c3adfe000/candidate-pipeline/active',
    'https://app.ashbyhq.com/candidates/2f6a1c3e-9b7d-4e8a-a5c4-3d2e1f0a9b8c/edit',
    'https://app.ashbyhq.com/candidate-searches/new/right-side/candidates/not-a-uuid',
    'https://app.ashbyhq.com/admin/settings',
    'https://jobs.ashbyhq.com/northwind/2f6a1c3e-9b7d-4e8a-a5c4-3d2e1f0a9b8c',
    'https://jobs.ashbyhq.com/northwind/2f6a1c3e-9b7d-4e8a-a5c4-3d2e1f0a9b8c/application',
    'http://app.ashbyhq.com/candidates/2f6a1c3e-9b7d-4e8a-a5c4-3d2e1f0a9b8c',
  ],
  detect: (url) => url.protocol === 'https:' && url.hostname === 'app.ashbyhq.com' && candidateId(url) !== undefined,
  extract(document, url, now) {
    const problems: string[] = [];
    const read = <T>(field: ObservationField, fn: () => T) => readField(problems, field, fn);
    const profile = profileOf(document, url);
    const name = read('names', () => firstText(profile, NAME));
    const school = read('education', () => firstText(profile, SCHOOL));
    const draft: ObservationDraft = {
      siteCandidateId: read('siteCandidateId', () => candidateId(url)),
      names: name ? [name] : [],
      headline: read('headline', () => firstText(profile, HEADLINE)),
      location: read('location', () => parseLocation(firstText(profile, LOCATION) ?? labelledText(profile, LABEL_CELLS, LOCATION_LABELS))),
      emails: read('emails', () => queryAllOfFirst(profile, EMAILS).map((a) => emailFromHref(a.getAttribute('href'))).filter(isText)),
      phones: read('phones', () => queryAllOfFirst(profile, PHONES).map((a) => textOf(a) ?? phoneFromHref(a.getAttribute('href'))).filter((p): p is string => isText(p) && /\d/.test(p))),
      links: read('links', () => queryAllOfFirst(profile, LINKS).flatMap((a) => profileLink(a.getAttribute('href'), url.href) ?? [])),
      employment: read('employment', () => readEmployment(profile)),
      education: school ? [{ school }] : [],
    };
    return buildExtraction({ adapter: ADAPTER, expected: EXPECTED, url, now, draft, problems });
  },
});

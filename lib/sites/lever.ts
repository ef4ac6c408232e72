import { clampText, type ObservationField } from '../candidate/observation';
import { defineSiteAdapter } from './define-site-adapter';
import {
  buildExtraction, emailFromHref, firstText, isText, phoneFromHref, profileLink, queryAllOfFirst,
  queryFirst, readField, textOf, type ObservationDraft,
} from './dom';
import { labelledText } from './labelled';
import { parseLocation } from './location';

/**
 * Lever candidate profile (hire.lever.co/candidates/<uuid>). Lever Hire is a single-page app: a
 * profile opens as a "flyover" over the candidate list, so the content script runs on the whole host
 * and `detect` claims only this URL shape.
 *
 * From real sources: the URL shape (candidates/<GUID>, next to interviews/<GUID>) and a tab title
 * that starts "<Full Name> –", from range-labs/range-sync ext/background/filter/lever.js; the profile
 * container class `flyover`, from a public Tampermonkey script for hire.lever.co that widens it.
 * Unverified: every data-qa hook below. No real page could be saved, so the fixtures are hand-made;
 * the hooks follow the data-qa attributes Lever puts on its public job pages (data-qa="posting-name")
 * and are a guess for the recruiter app. When they are wrong the fallbacks carry the adapter: the
 * title, mailto:/tel: links and labelled rows inside the profile, never the page header (which holds
 * the signed-in recruiter's own details).
 */
const CANDIDATE_PATH = /^\/candidates\/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\/?$/i;

// Selectors, most semantic first; each comment names the fixture that proves it.
const PROFILE = [
  '.flyover', // full, sparse, hostile
  'main', // changed-layout
];
const NAME = ['[data-qa="candidate-name"]']; // full, sparse, hostile
// changed-layout: the tab title. range-sync documents it as "Full Name - Lever Hire" yet splits on
// an en dash and ignores titles containing "Lever Hire", so only the part before the first en dash
// is relied on, and never when it names one of the app's own pages.
const TITLE_NAME = /^(.+?)\s+–\s+\S/;
const APP_PAGES = new Set(['lever hire', 'lever', 'candidates', 'interviews', 'postings', 'reports', 'settings']);
const HEADLINE = ['[data-qa="candidate-headline"]']; // full, hostile
const LOCATION = ['[data-qa="candidate-location"]']; // full, hostile
const EMAILS = [
  '[data-qa="candidate-emails"] a[href^="mailto:"]', // full, sparse, hostile
  'a[href^="mailto:"]', // changed-layout
];
const PHONES = [
  '[data-qa="candidate-phones"] a[href^="tel:"]', // full, hostile
  'a[href^="tel:"]', // changed-layout
];
const LINKS = [
  '[data-qa="candidate-links"] a[href]', // full, hostile
  'a[href*="linkedin.com/in/"], a[href^="https://github.com/"]', // changed-layout: profile links by their address
];
// Labelled rows when the data-qa hooks are gone: changed-layout.
const LABEL_CELLS = 'dt, th, [role="rowheader"]';
const LOCATION_LABELS = ['location', 'current location'];

const ADAPTER = { id: 'lever', label: 'Lever' };
const EXPECTED: ObservationField[] = ['names', 'headline', 'location', 'emails', 'phones', 'links', 'siteCandidateId'];

function candidateId(url: URL): string | undefined {
  return CANDIDATE_PATH.exec(url.pathname)?.[1]?.toLowerCase();
}

function readName(profile: Element | undefined, document: Document): string | undefined {
  const fromTitle = clampText(TITLE_NAME.exec(clampText(document.title) ?? '')?.[1]);
  return firstText(profile, NAME) ?? (fromTitle && !APP_PAGES.has(fromTitle.toLowerCase()) ? fromTitle : undefined);
}

function readPhones(profile: Element | undefined): string[] {
  // As the page shows them (the number's own formatting), else as the link has it.
  return queryAllOfFirst(profile, PHONES).map((a) => textOf(a) ?? phoneFromHref(a.getAttribute('href'))).filter((p): p is string => isText(p) && /\d/.test(p));
}

export default defineSiteAdapter({
  ...ADAPTER,
  // The whole app: a profile opened from the list is an in-page navigation the script must see.
  matches: ['https://hire.lever.co/*'],
  exampleUrls: [
    'https://hire.lever.co/candidates/5d3c6a0e-8b1f-4c2a-9e47-1f2b3c4d5e6f',
    'https://hire.lever.co/candidates/5D3C6A0E-8B1F-4C2A-9E47-1F2B3C4D5E6F/',
    'https://hire.lever.co/candidates/7a41c2d9-0e5b-4f18-b3a6-9c8d7e6f5a4b?stage=applicant-new#feedback',
  ],
  counterExampleUrls: [
    'https://hire.lever.co/candidates',
    'https://hire.lever.co/candidates?stage=applicant-new&posting=2c1b9a7e-4d3f-4e8a-9b6c-5d4e3f2a1b0c',
    'https://hire.lever.co/candidates/new',
    'https://hire.lever.co/candidates/5d3c6a0e-8b1f-4c2a-9e47-1f2b3c4d5e6f/edit',
    'https://hire.lever.co/interviews/9b8c7d6e-5f4a-4b3c-8d2e-1f0a9b8c7d6e',
    'https://hire.lever.co/jobs/postings',
    'https://hire.lever.co/settings/users',
    'https://hire.lever.co/reports',
    'https://jobs.lever.co/northwind/5d3c6a0e-8b1f-4c2a-9e47-1f2b3c4d5e6f',
    'http://hire.lever.co/candidates/5d3c6a0e-8b1f-4c2a-9e47-1f2b3c4d5e6f',
  ],
  detect: (url) => url.protocol === 'https:' && url.hostname === 'hire.lever.co' && candidateId(url) !== undefined,
  extract(document, url, now) {
    const problems: string[] = [];
    const read = <T>(field: ObservationField, fn: () => T) => readField(problems, field, fn);
    const profile = queryFirst(document, PROFILE);
    const name = read('names', () => readName(profile, document));
    const draft: ObservationDraft = {
      siteCandidateId: read('siteCandidateId', () => candidateId(url)),
      names: name ? [name] : [],
      headline: read('headline', () => firstText(profile, HEADLINE)),
      location: read('location', () => parseLocation(firstText(profile, LOCATION) ?? labelledText(profile, LABEL_CELLS, LOCATION_LABELS))),
      emails: read('emails', () => queryAllOfFirst(profile, EMAILS).map((a) => emailFromHref(a.getAttribute('href'))).filter(isText)),
      phones: read('phones', () => readPhones(profile)),
      links: read('links', () => queryAllOfFirst(profile, LINKS).flatMap((a) => profileLink(a.getAttribute('href'), url.href) ?? [])),
    };
    return buildExtraction({ adapter: ADAPTER, expected: EXPECTED, url, now, draft, problems });
  },
});

import type { ObservationField } from '../candidate/observation';
import { defineSiteAdapter } from './define-site-adapter';
import {
  buildExtraction, compact, emailFromHref, firstText, isText, phoneFromHref, profileLink, queryAll,
  readField, textOf, type ObservationDraft,
} from './dom';
import { parseLocation } from './location';

/**
 * Greenhouse Recruiting candidate profile (app.greenhouse.io/people/<id>). No real page was available
 * to save, so the fixtures are hand-made after the product's profile page; the selectors therefore lean
 * on hooks that survive restyling (data-provides, mailto:/tel: links, the visible field labels) and
 * everything is scoped to <main>, because the header carries the signed-in recruiter's own details.
 */
const PERSON_PATH = /^\/people\/(\d{1,15})\/?$/;

// Selectors, most semantic first; each comment names the fixture that proves it.
const NAME = [
  'main [data-provides="person-name"]', // full, sparse, demo-reuse-a, demo-reuse-b, voip-disposable
  'main h1', // changed-layout
];
const HEADLINE = ['main [data-provides="person-title"]']; // full, demo-reuse-a, demo-reuse-b, voip-disposable
const JOB_TITLE = 'main [data-provides="person-title"] [data-provides="job-title"]'; // full, demo-reuse-a
const COMPANY = 'main [data-provides="person-title"] [data-provides="company"]'; // full, demo-reuse-a
const LOCATION = ['main [data-provides="person-location"]']; // full, demo-reuse-a, demo-reuse-b, voip-disposable
const EMAIL_LINKS = [
  'main [data-provides="email-address"] a[href^="mailto:"]', // full, sparse, demo-reuse-a, demo-reuse-b
  'main a[href^="mailto:"]', // changed-layout
];
const PHONE_LINKS = ['main [data-provides="phone-number"] a[href^="tel:"]']; // full, demo-reuse-a, demo-reuse-b, voip-disposable
// Both lists are read (not fallbacks of each other): social profiles and websites.
const LINKS = [
  'main [data-provides="social-media"] a[href]', // full, demo-reuse-a, demo-reuse-b
  'main [data-provides="website"] a[href]', // full, voip-disposable
];
// Labelled rows (<dt>, row headers) when the data hooks are gone: changed-layout.
const LABEL_CELLS = 'main dt, main th, main [role="rowheader"]';
const PHONE_LABELS = ['phone', 'phone number', 'mobile'];

const ADAPTER = { id: 'greenhouse', label: 'Greenhouse' };
const EXPECTED: ObservationField[] = ['names', 'headline', 'location', 'emails', 'phones', 'links', 'employment', 'siteCandidateId'];

function personId(url: URL): string | undefined {
  return PERSON_PATH.exec(url.pathname)?.[1];
}

/** Value cells of rows whose label is one of `labels` (case-insensitive, trailing colon ignored). */
function labelledValues(document: Document, labels: readonly string[]): Element[] {
  return queryAll(document, LABEL_CELLS)
    .filter((cell) => labels.includes((textOf(cell) ?? '').replace(/:$/, '').toLowerCase()))
    .flatMap((cell) => cell.nextElementSibling ?? []);
}

function allMatches(document: Document, selectors: readonly string[]): Element[] {
  // First selector that matches wins, so a fallback never adds the recruiter's links on a normal page.
  for (const selector of selectors) {
    const found = queryAll(document, selector);
    if (found.length > 0) return found;
  }
  return [];
}

function readEmails(document: Document): string[] {
  return allMatches(document, EMAIL_LINKS).map((a) => emailFromHref(a.getAttribute('href'))).filter(isText);
}

/** Numbers as the page shows them (the demo relies on one number written two ways). */
function readPhones(document: Document): string[] {
  const links = allMatches(document, PHONE_LINKS).map((a) => textOf(a) ?? phoneFromHref(a.getAttribute('href')));
  // A labelled cell may end with the number's type, "(Mobile)": that is not part of the number.
  const labelled = links.length > 0 ? [] : labelledValues(document, PHONE_LABELS).map((cell) => textOf(cell)?.replace(/\s*\([A-Za-z][^)]*\)$/, ''));
  return [...links, ...labelled].filter((p): p is string => isText(p) && /\d/.test(p));
}

function readEmployment(document: Document) {
  const title = textOf(document.querySelector(JOB_TITLE));
  const organisation = textOf(document.querySelector(COMPANY));
  return title || organisation ? [compact({ title, organisation, current: true })] : [];
}

export default defineSiteAdapter({
  ...ADAPTER,
  matches: ['https://app.greenhouse.io/people/*'],
  exampleUrls: [
    'https://app.greenhouse.io/people/48213377',
    'https://app.greenhouse.io/people/48213377?application_id=59301122',
    'https://app.greenhouse.io/people/48219904/?application_id=59318876#activity',
  ],
  counterExampleUrls: [
    'https://app.greenhouse.io/people',
    'https://app.greenhouse.io/people?stage_status_id=2&in_stages=Application+Review',
    'https://app.greenhouse.io/people/new',
    'https://app.greenhouse.io/people/48213377/edit',
    'https://app.greenhouse.io/dashboard',
    'https://app.greenhouse.io/plans/4120887',
    'https://boards.greenhouse.io/northwind/jobs/7120334',
  ],
  detect: (url) => url.protocol === 'https:' && url.hostname === 'app.greenhouse.io' && personId(url) !== undefined,
  extract(document, url, now) {
    const problems: string[] = [];
    const read = <T>(field: ObservationField, fn: () => T) => readField(problems, field, fn);
    const name = read('names', () => firstText(document, NAME));
    const draft: ObservationDraft = {
      siteCandidateId: read('siteCandidateId', () => personId(url)),
      names: name ? [name] : [],
      headline: read('headline', () => firstText(document, HEADLINE)),
      location: read('location', () => parseLocation(firstText(document, LOCATION))),
      emails: read('emails', () => readEmails(document)),
      phones: read('phones', () => readPhones(document)),
      links: read('links', () => LINKS.flatMap((s) => queryAll(document, s)).flatMap((a) => profileLink(a.getAttribute('href'), url.href) ?? [])),
      employment: read('employment', () => readEmployment(document)),
    };
    return buildExtraction({ adapter: ADAPTER, expected: EXPECTED, url, now, draft, problems });
  },
});

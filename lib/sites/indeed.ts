import type { ObservationField } from '../candidate/observation';
import { defineSiteAdapter } from './define-site-adapter';
import {
  buildExtraction, emailFromHref, isText, phoneFromHref, queryAll, queryFirst, readField, textOf, type ObservationDraft,
} from './dom';
import { educationFromLines, employmentFromLines, entriesOf, entryLines, sectionByHeading } from './entries';
import { labelledText } from './labelled';
import { parseLocation } from './location';

/**
 * Indeed employer candidate view (employers.indeed.com/candidates/view?id=<id>): what an employer
 * sees of an applicant, with the candidate list possibly still on screen beside it. Everything in
 * that list (other applicants' names and locations) is skipped.
 *
 * From real sources (public automation code driving this page): the URL, the list URLs
 * (/candidates?statusName=All&tab=manage, /candidates?employerJobId=…), the resume download and
 * interview pages; data-testid hooks on the candidate view "profile-section-Experience",
 * "profile-section-Education", "profile-section-Skills", and on the list
 * "candidate-list-table-container", "NameCell" and "CandidateInfoColumn-location".
 * Unverified: the name, location and contact hooks (modelled on the list's naming), and how an
 * entry inside a profile section is laid out; entries are read by shape (title, organisation,
 * dates lines) for that reason. The fixtures are hand-made.
 */
const VIEW_PATH = /^\/candidates\/view\/?$/;
const CANDIDATE_ID = /^[A-Za-z0-9_-]{1,64}$/;

// Selectors, most semantic first; each comment names the fixture that proves it.
const DETAIL = [
  '[data-testid="candidate-details"]', // full, sparse, hostile
  'main', // changed-layout
];
const LIST = '[data-testid="candidate-list-table-container"]'; // full, changed-layout: never read
const NAME = [
  '[data-testid="candidate-name"]', // full, sparse, hostile
  'h1', // changed-layout
];
const LOCATION = ['[data-testid="candidate-location"]']; // full, hostile
const EXPERIENCE = '[data-testid="profile-section-Experience"]'; // full, hostile
const EDUCATION = '[data-testid="profile-section-Education"]'; // full
const SKILLS = '[data-testid="profile-section-Skills"]'; // full, hostile
// Sections and rows found by their words when the hooks are gone: changed-layout.
const EXPERIENCE_HEADINGS = ['work experience', 'experience'];
const EDUCATION_HEADINGS = ['education'];
const SKILLS_HEADINGS = ['skills'];
const LABEL_CELLS = 'dt, th, [role="rowheader"]';
const LOCATION_LABELS = ['location'];

const ADAPTER = { id: 'indeed', label: 'Indeed' };
const EXPECTED: ObservationField[] = ['names', 'location', 'emails', 'phones', 'employment', 'education', 'skills', 'siteCandidateId'];

function candidateId(url: URL): string | undefined {
  if (!VIEW_PATH.test(url.pathname)) return undefined;
  const id = url.searchParams.get('id') ?? '';
  return CANDIDATE_ID.test(id) ? id : undefined;
}

/** Matches inside the candidate view, never inside the list of other applicants. */
function own(root: Element | undefined, selector: string): Element[] {
  return queryAll(root, selector).filter((el) => !el.closest(LIST));
}

function firstOwnText(root: Element | undefined, selectors: readonly string[]): string | undefined {
  for (const selector of selectors) {
    const text = own(root, selector).map(textOf).find(isText);
    if (text) return text;
  }
  return undefined;
}

function section(root: Element | undefined, hook: string, headings: readonly string[]): Element | undefined {
  return own(root, hook)[0] ?? sectionByHeading(root, headings, (found) => !found.closest(LIST));
}

export default defineSiteAdapter({
  ...ADAPTER,
  // The whole employer site: opening an applicant from the list is an in-page navigation.
  matches: ['https://employers.indeed.com/*'],
  exampleUrls: [
    'https://employers.indeed.com/candidates/view?id=f1150b7c2a9d',
    'https://employers.indeed.com/candidates/view?id=f1150b7c2a9d&listQuery=aWQlM0Q',
    'https://employers.indeed.com/candidates/view/?id=0a1b2c3d4e5f6a7b',
  ],
  counterExampleUrls: [
    'https://employers.indeed.com/candidates',
    'https://employers.indeed.com/candidates?statusName=All&tab=manage&q=Jordan+Ellis',
    'https://employers.indeed.com/candidates?employerJobId=7a6b5c4d',
    'https://employers.indeed.com/candidates/view',
    'https://employers.indeed.com/candidates/view?id=',
    'https://employers.indeed.com/candidates/view?id=%3Cscript%3E',
    'https://employers.indeed.com/candidates/resume?id=f1150b7c2a9d',
    'https://employers.indeed.com/api/catws/resume/v2/download?id=f1150b7c2a9d',
    'https://employers.indeed.com/interviews/upcoming',
    'https://employers.indeed.com/jobs',
    'https://www.indeed.com/viewjob?jk=dcd418f5e22b6083',
    'http://employers.indeed.com/candidates/view?id=f1150b7c2a9d',
  ],
  detect: (url) => url.protocol === 'https:' && url.hostname === 'employers.indeed.com' && candidateId(url) !== undefined,
  extract(document, url, now) {
    const problems: string[] = [];
    const read = <T>(field: ObservationField, fn: () => T) => readField(problems, field, fn);
    const detail = queryFirst(document, DETAIL);
    const name = read('names', () => firstOwnText(detail, NAME));
    const draft: ObservationDraft = {
      siteCandidateId: read('siteCandidateId', () => candidateId(url)),
      names: name ? [name] : [],
      location: read('location', () => parseLocation(firstOwnText(detail, LOCATION) ?? labelledText(detail, LABEL_CELLS, LOCATION_LABELS))),
      emails: read('emails', () => own(detail, 'a[href^="mailto:"]').map((a) => emailFromHref(a.getAttribute('href'))).filter(isText)),
      phones: read('phones', () => own(detail, 'a[href^="tel:"]').map((a) => textOf(a) ?? phoneFromHref(a.getAttribute('href'))).filter((p): p is string => isText(p) && /\d/.test(p))),
      employment: read('employment', () => entriesOf(section(detail, EXPERIENCE, EXPERIENCE_HEADINGS)).flatMap((e) => employmentFromLines(entryLines(e)) ?? [])),
      education: read('education', () => entriesOf(section(detail, EDUCATION, EDUCATION_HEADINGS)).flatMap((e) => educationFromLines(entryLines(e)) ?? [])),
      skills: read('skills', () => entriesOf(section(detail, SKILLS, SKILLS_HEADINGS)).map((e) => entryLines(e)[0]).filter(isText)),
    };
    return buildExtraction({ adapter: ADAPTER, expected: EXPECTED, url, now, draft, problems });
  },
});

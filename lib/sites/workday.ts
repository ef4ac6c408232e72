import { clampText, type ObservationField } from '../candidate/observation';
import { defineSiteAdapter, NO_SITE_CONFIG, type SiteConfig } from './define-site-adapter';
import {
  buildExtraction, compact, emailFromHref, firstText, isText, phoneFromHref, profileLink, queryAll, queryFirst,
  readField, textOf, type ObservationDraft,
} from './dom';
import { labelledValues } from './labelled';
import { parseLocation } from './location';
import { WORKDAY_INSTANCE_PATH, WORKDAY_WORKER_CLASS } from './workday-class';

/**
 * Workday Recruiting candidate profile on a customer's tenant (<host>.myworkday.com/<tenant>/…).
 *
 * Workday addresses every object alike, /<tenant>/d/inst/<ref>/<class>$<instance>.htmld, so only the
 * class id says what a page shows: a worker is class 247 (public code links workers as
 * …/d/inst/1$37/247$14923.htmld). No public source names the candidate's class, so the organisation
 * names it: someone pastes one candidate's address on the options page (./workday-class.ts reads
 * it), and detect claims instance pages of the classes in `config.workdayCandidateClasses` only.
 * Without that setting this adapter claims nothing; claiming every instance page instead would
 * record each worker, requisition and expense report as a candidate.
 *
 * From real sources (public userscripts and extensions for myworkday.com): the hosts (www., wd5.,
 * wd103., impl.wd12.) and URL grammar (/wday/authgwy/<tenant>/login.htmld, /<tenant>/d/home.htmld,
 * /d/task/<a>$<b>.htmld, …/rel-task/…, #TABTASKID=…); the title "<page name> - Workday"; the header
 * data-automation-id="pageHeaderTitleText" (read as the person's name on worker pages, where a
 * trailing "(…)" is stripped); read-only fields as rows whose label is data-automation-id="formLabel"
 * and whose value is the row's data-automation-id="decorationWrapper" holding "textView" text.
 * Unverified: which labels a candidate profile shows ("Email Address", "Phone", …), and any real
 * candidate class id. The fixtures are hand-made; they use class "0", which tests configure.
 */

// Selectors, most semantic first; each comment names the fixture that proves it.
const NAME = ['[data-automation-id="pageHeaderTitleText"]']; // full, sparse, hostile
const TITLE_NAME = /^(.+?) - Workday$/; // changed-layout
const ROOT = ['main', '[role="main"]']; // full, sparse, changed-layout, hostile; else the body (no header has label rows)
const FIELD_LABEL = '[data-automation-id="formLabel"]'; // full, sparse, hostile
const FIELD_VALUE = '[data-automation-id="decorationWrapper"]'; // full, sparse, hostile
const TEXT_VIEW = '[data-automation-id="textView"]'; // full, hostile: one per value when a field holds several
const PLAIN_LABEL = 'label, dt, th'; // changed-layout: the automation ids are gone, the words stay
const LABELS = {
  emails: ['email address', 'email', 'primary email address'],
  phones: ['phone', 'phone number', 'primary phone', 'mobile phone'],
  location: ['location', 'address', 'primary address'],
  links: ['linkedin', 'website', 'social network', 'web address'],
  title: ['current job title', 'job title'],
  company: ['current company', 'company'],
} as const;

const ADAPTER = { id: 'workday', label: 'Workday' };
const EXPECTED: ObservationField[] = ['names', 'location', 'emails', 'phones', 'siteCandidateId'];

interface Instance {
  classId: string;
  /** "<tenant>/<class>$<instance>": instance ids are per tenant, which keeps two customers' 48213 apart. */
  ref: string;
}

function instanceOf(url: URL): Instance | undefined {
  if (url.protocol !== 'https:' || !url.hostname.endsWith('.myworkday.com')) return undefined;
  const m = WORKDAY_INSTANCE_PATH.exec(url.pathname);
  if (!m?.[1] || !m[2] || !m[3]) return undefined;
  return { classId: m[2], ref: `${m[1].toLowerCase()}/${m[2]}$${m[3]}` };
}

/** A page of a class the organisation named as its candidate profile; a worker never, whatever the setting says. */
function isCandidatePage(url: URL, config: SiteConfig): boolean {
  const instance = instanceOf(url);
  return instance !== undefined && instance.classId !== WORKDAY_WORKER_CLASS && config.workdayCandidateClasses.includes(instance.classId);
}

/** Workday's value cell sits beside the label's wrapper in the same row, not next to the label. */
function valueOf(label: Element): Element | null | undefined {
  return label.closest('li')?.querySelector(FIELD_VALUE) ?? label.nextElementSibling;
}

/** One entry per textView (a field may list several addresses), else the whole value. */
function fieldTexts(root: Element | undefined, labels: readonly string[]): Element[] {
  const values = labelledValues(root, FIELD_LABEL, labels, valueOf);
  const cells = values.length > 0 ? values : labelledValues(root, PLAIN_LABEL, labels);
  return cells.flatMap((cell) => {
    const views = queryAll(cell, TEXT_VIEW);
    return views.length > 0 ? views : [cell];
  });
}

function readName(document: Document): string | undefined {
  const header = firstText(document, NAME) ?? clampText(TITLE_NAME.exec(clampText(document.title) ?? '')?.[1]);
  // A trailing "(C0048213)" is a reference number, not part of the name; other brackets stay.
  return clampText(header?.replace(/\s*\([^()]*\d[^()]*\)$/, ''));
}

function readEmails(root: Element | undefined): string[] {
  return fieldTexts(root, LABELS.emails).map((cell) => {
    const link = cell.querySelector('a[href^="mailto:"]');
    if (link) return emailFromHref(link.getAttribute('href'));
    const text = textOf(cell);
    return text && /^[^\s@]+@[^\s@]+$/.test(text) ? text : undefined;
  }).filter(isText);
}

function readPhones(root: Element | undefined): string[] {
  return fieldTexts(root, LABELS.phones)
    .map((cell) => textOf(cell) ?? phoneFromHref(cell.querySelector('a[href^="tel:"]')?.getAttribute('href')))
    .filter((p): p is string => isText(p) && /\d/.test(p));
}

function readEmployment(root: Element | undefined) {
  const title = textOf(fieldTexts(root, LABELS.title)[0]);
  const organisation = textOf(fieldTexts(root, LABELS.company)[0]);
  return title || organisation ? [compact({ title, organisation, current: true })] : [];
}

export default defineSiteAdapter({
  ...ADAPTER,
  // Every tenant's host; Workday is a single-page app, so the whole host, and detect decides.
  // The examples use class "0", a stand-in for the class an organisation configures (tests do).
  matches: ['https://*.myworkday.com/*'],
  exampleUrls: [
    'https://wd5.myworkday.com/northwind/d/inst/1$0/0$48213.htmld',
    'https://www.myworkday.com/northwind/d/inst/1$0/0$48213.htmld#TABTASKID=2998%2431336',
    'https://impl.wd12.myworkday.com/northwind_impl1/d/inst/1$0/0$51077.htmld',
  ],
  counterExampleUrls: [
    'https://wd5.myworkday.com/northwind/d/home.htmld',
    'https://wd5.myworkday.com/wday/authgwy/northwind/login.htmld',
    'https://wd5.myworkday.com/northwind/d/task/1422$3915.htmld',
    'https://wd5.myworkday.com/northwind/d/inst/1$37/247$14923.htmld',
    // Any class the organisation did not name (a requisition, an expense report…).
    'https://wd5.myworkday.com/northwind/d/inst/1$0/5120$48213.htmld',
    'https://wd5.myworkday.com/northwind/d/inst/0$48213/rel-task/2998$10955.htmld',
    'https://wd5.myworkday.com/northwind/inst/1$0/0$48213.htmld',
    'https://myworkday.com/northwind/d/inst/1$0/0$48213.htmld',
    'https://northwind.wd5.myworkdayjobs.com/en-US/External/job/Denver-CO/Backend-Engineer_R0042',
    'http://wd5.myworkday.com/northwind/d/inst/1$0/0$48213.htmld',
  ],
  detect: (url, config = NO_SITE_CONFIG) => isCandidatePage(url, config),
  extract(document, url, now) {
    const problems: string[] = [];
    const read = <T>(field: ObservationField, fn: () => T) => readField(problems, field, fn);
    const root = queryFirst(document, ROOT) ?? document.body ?? undefined;
    const name = read('names', () => readName(document));
    const draft: ObservationDraft = {
      siteCandidateId: read('siteCandidateId', () => instanceOf(url)?.ref),
      names: name ? [name] : [],
      location: read('location', () => parseLocation(textOf(fieldTexts(root, LABELS.location)[0]))),
      emails: read('emails', () => readEmails(root)),
      phones: read('phones', () => readPhones(root)),
      links: read('links', () => fieldTexts(root, LABELS.links).flatMap((cell) => queryAll(cell, 'a[href]')).flatMap((a) => profileLink(a.getAttribute('href'), url.href) ?? [])),
      employment: read('employment', () => readEmployment(root)),
    };
    return buildExtraction({ adapter: ADAPTER, expected: EXPECTED, url, now, draft, problems });
  },
});

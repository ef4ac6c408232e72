import { clampText, MAX_SUMMARY_LENGTH, type Education, type Employment, type ObservationField } from '../candidate/observation';
import { defineSiteAdapter } from './define-site-adapter';
import {
  buildExtraction, compact, emailFromHref, firstText, httpUrl, isText, profileLink, queryAll, queryFirst,
  readField, textOf, textUpTo, type ObservationDraft,
} from './dom';
import { parseDateRange } from './dates';
import { parseLocation } from './location';

/**
 * LinkedIn member profile, 2022 ("pvs") layout. Only the main profile page is read: the
 * /details/<section>/ pages lack the top card (name, photo), so they are not claimed. The contact-info
 * modal URL is claimed because it opens over the same profile DOM (an SPA route), and it is the only
 * place LinkedIn shows e-mails, phones and websites.
 */
const PROFILE_PATH = /^\/in\/([^/]+)\/?(?:overlay\/contact-info\/?)?$/;

// Selectors, most semantic first; each comment names the fixture that proves it.
const NAME = ['main section.pv-top-card h1']; // real-2022-scrubbed, sparse, hostile
const TITLE_NAME = /^(?:\(\d+\)\s*)?([^|]+?)\s*\|\s*LinkedIn$/; // changed-layout: "(1) Name | LinkedIn"
const HEADLINE = ['.pv-text-details__left-panel .text-body-medium']; // real-2022-scrubbed, hostile
const LOCATION = ['.pv-text-details__left-panel > span.text-body-small.inline']; // real-2022-scrubbed, hostile
const CONTACT_INFO_LINK = ['#top-card-text-details-contact-info']; // changed-layout: location sits just before it
const PHOTO = ['img.pv-top-card-profile-picture__image']; // real-2022-scrubbed, hostile (javascript: src refused)
const PHOTO_BY_NAME = 'main img[alt]'; // changed-layout: the top-card photo's alt is the member's name
// Cards are found by their anchor id (real-2022-scrubbed), else by heading text (changed-layout).
const SECTIONS = {
  about: { anchor: 'about', heading: 'About' },
  employment: { anchor: 'experience', heading: 'Experience' },
  education: { anchor: 'education', heading: 'Education' },
  skills: { anchor: 'skills', heading: 'Skills' },
} as const;
const ABOUT_TEXT = '.inline-show-more-text'; // real-2022-scrubbed: the full text is in the DOM even while collapsed
const ENTITY_LIST = 'ul.pvs-list'; // real-2022-scrubbed: the first one in a card holds its entries
const ENTITY = '.pvs-entity'; // real-2022-scrubbed; nested ones are roles of one employer (contact-overlay-grouped-roles)
const ENTITY_TITLE = '.t-bold'; // real-2022-scrubbed: first bold line of an entity
// The contact-info modal was not in the saved page; its fixture is hand-made after the 2022 modal (ci-* sections).
const EMAILS = ['section.ci-email a[href^="mailto:"]']; // contact-overlay-grouped-roles
const PHONES = ['section.ci-phone li > span:first-child']; // contact-overlay-grouped-roles
const WEBSITES = ['section.ci-websites a[href]', 'section.ci-twitter a[href]']; // contact-overlay-grouped-roles

const ADAPTER = { id: 'linkedin', label: 'LinkedIn' };
const EXPECTED: ObservationField[] = ['names', 'headline', 'location', 'photoUrl', 'employment', 'education', 'skills', 'siteCandidateId'];

function slugOf(url: URL): string | undefined {
  const raw = PROFILE_PATH.exec(url.pathname)?.[1];
  if (!raw) return undefined;
  let slug = raw;
  try {
    slug = decodeURIComponent(raw);
  } catch {
    // Malformed escapes: keep the slug as written rather than lose the id.
  }
  return clampText(slug.toLowerCase(), 200);
}

/** LinkedIn writes each line twice (aria-hidden for sight, visually-hidden for readers): read one. */
function lineText(el: Element | null | undefined): string | undefined {
  return textOf(el?.querySelector(':scope > span[aria-hidden="true"]') ?? el);
}

function cardOf(document: Document, key: keyof typeof SECTIONS): Element | undefined {
  const { anchor, heading } = SECTIONS[key];
  const byAnchor = document.getElementById(anchor)?.closest('section');
  if (byAnchor) return byAnchor;
  return queryAll(document, 'main section').find((s) => lineText(s.querySelector('h2')) === heading);
}

interface EntityLines { title?: string; normal: string[]; light: string[]; dated?: string }

/** The bold title and the small lines beside it (normal: employer/degree, light: dates/place). */
function entityLines(entity: Element): EntityLines {
  const bold = entity.querySelector(ENTITY_TITLE);
  const box = bold?.parentElement?.parentElement;
  const subs = box ? Array.from(box.children).filter((c) => c.matches('span.t-14')) : [];
  const read = (light: boolean) => subs.filter((s) => s.classList.contains('t-black--light') === light).map(lineText).filter(isText);
  const normal = read(false);
  const light = read(true);
  const dated = [...normal, ...light].find((line) => parseDateRange(line).start !== undefined);
  return { title: lineText(bold), normal, light, dated };
}

function entries(card: Element | undefined): Element[] {
  const list = card?.querySelector(ENTITY_LIST);
  return list ? Array.from(list.children).flatMap((li) => li.querySelector(ENTITY) ?? []) : [];
}

function job(lines: EntityLines, organisation: string | undefined): Employment {
  return compact({ title: lines.title, organisation, ...parseDateRange(lines.dated), raw: lines.dated });
}

function employmentOf(entity: Element): Employment[] {
  const head = entityLines(entity);
  const roles = queryAll(entity, ENTITY).filter((r) => r.querySelector(ENTITY_TITLE));
  // Several roles at one employer: the entity title is the employer, each nested entity a role.
  if (roles.length > 0) return roles.map((role) => job(entityLines(role), head.title));
  const employerLine = head.normal.find((line) => line !== head.dated);
  return [job(head, clampText(employerLine?.split(' · ')[0]))];
}

function educationOf(entity: Element): Education {
  const lines = entityLines(entity);
  const degree = lines.normal.find((line) => line !== lines.dated);
  const { start, end } = parseDateRange(lines.dated);
  return compact({ school: lines.title, degree, start, end, raw: lines.dated });
}

function readName(document: Document): string | undefined {
  return firstText(document, NAME) ?? clampText(TITLE_NAME.exec(clampText(document.title) ?? '')?.[1]);
}

function readLocation(document: Document): string | undefined {
  const beside = queryFirst(document, CONTACT_INFO_LINK)?.parentElement?.previousElementSibling;
  return firstText(document, LOCATION) ?? textOf(beside);
}

/** The About text; like every line on the page it is written twice, so the visible copy is read. */
function readSummary(document: Document): string | undefined {
  const box = cardOf(document, 'about')?.querySelector(ABOUT_TEXT);
  return textUpTo(box?.querySelector(':scope > span[aria-hidden="true"]') ?? box, MAX_SUMMARY_LENGTH);
}

function readPhoto(document: Document, url: URL, name: string | undefined): string | undefined {
  const img = queryFirst(document, PHOTO) ?? queryAll(document, PHOTO_BY_NAME).find((i) => name !== undefined && i.getAttribute('alt') === name);
  return httpUrl(img?.getAttribute('src'), url.href);
}

export default defineSiteAdapter({
  ...ADAPTER,
  matches: ['https://www.linkedin.com/in/*'],
  exampleUrls: [
    'https://www.linkedin.com/in/rileymarchetti/',
    'https://www.linkedin.com/in/rileymarchetti',
    'https://www.linkedin.com/in/rileymarchetti/overlay/contact-info/',
    'https://www.linkedin.com/in/jos%C3%A9-garc%C3%ADa-4b1a27/?originalSubdomain=es',
  ],
  counterExampleUrls: [
    'https://www.linkedin.com/feed/',
    'https://www.linkedin.com/in/',
    'https://www.linkedin.com/in/rileymarchetti/details/experience/',
    'https://www.linkedin.com/in/rileymarchetti/recent-activity/',
    'https://www.linkedin.com/company/northwind-cloud/',
    'https://www.linkedin.com/jobs/view/3901234567/',
    'https://www.linkedin.com/search/results/people/?keywords=riley',
    'http://www.linkedin.com/in/rileymarchetti/',
  ],
  detect: (url) => url.protocol === 'https:' && url.hostname === 'www.linkedin.com' && slugOf(url) !== undefined,
  extract(document, url, now) {
    const problems: string[] = [];
    const read = <T>(field: ObservationField, fn: () => T) => readField(problems, field, fn);
    const name = read('names', () => readName(document));
    const draft: ObservationDraft = {
      siteCandidateId: read('siteCandidateId', () => slugOf(url)),
      names: name ? [name] : [],
      headline: read('headline', () => firstText(document, HEADLINE)),
      // Not in EXPECTED: many members write no About, and its absence says nothing about the layout.
      summary: read('summary', () => readSummary(document)),
      location: read('location', () => parseLocation(readLocation(document))),
      photoUrl: read('photoUrl', () => readPhoto(document, url, name)),
      employment: read('employment', () => entries(cardOf(document, 'employment')).flatMap(employmentOf)),
      education: read('education', () => entries(cardOf(document, 'education')).map(educationOf)),
      skills: read('skills', () => entries(cardOf(document, 'skills')).map((e) => entityLines(e).title).filter(isText)),
      emails: read('emails', () => EMAILS.flatMap((s) => queryAll(document, s)).map((a) => emailFromHref(a.getAttribute('href'))).filter(isText)),
      phones: read('phones', () => PHONES.flatMap((s) => queryAll(document, s)).map(textOf).filter(isText)),
      links: read('links', () => WEBSITES.flatMap((s) => queryAll(document, s)).flatMap((a) => profileLink(a.getAttribute('href'), url.href) ?? [])),
    };
    return buildExtraction({ adapter: ADAPTER, expected: EXPECTED, url, now, draft, problems });
  },
});

import { clampText, type Education, type Employment, type ObservationField, type ProfileLink } from '../candidate/observation';
import { defineSiteAdapter } from './define-site-adapter';
import {
  buildExtraction, firstText, httpUrl, isText, profileLink, queryAll, queryAllOfFirst, queryFirst, readField,
  type ObservationDraft,
} from './dom';
import { educationFromLines, employmentFromLines, entriesOf, entryLines, sectionByHeading } from './entries';
import { jsonLdPerson, type JsonLdPerson } from './json-ld';
import { parseLocation } from './location';

/**
 * Wellfound (formerly AngelList Talent) talent profile, wellfound.com/u/<handle>: the profile a
 * recruiter opens to look an applicant up. Wellfound's own applicant reviewer is a modal over a job's
 * list (/recruit/applicants/jobs/<id>) with no address per candidate, so it is not claimed.
 *
 * From real sources: the profile URL wellfound.com/u/<handle> (formerly angel.co/u/<handle>), as
 * public code and sites link profiles; the recruiter routes under /recruit/ and the fields Wellfound
 * holds per candidate (name, headline, current location, role, LinkedIn/GitHub/website, jobs,
 * degrees, skills), from a public extension's notes on Wellfound's recruiter UI.
 * Unverified: whether the page embeds schema.org Person JSON-LD, and every data-test hook below; the
 * fixtures are hand-made. When they are wrong, the <h1>, section headings ("Experience", "Education",
 * "Skills") and profile links recognised by their address carry the adapter. Everything is read
 * inside <main>: the header shows the signed-in viewer.
 */
const PROFILE_PATH = /^\/u\/([a-z0-9][\w-]{0,99})\/?$/i;
const HOSTS = new Set(['wellfound.com', 'www.wellfound.com']);
/** Links back to Wellfound itself (the profile's own address in JSON-LD) are not other profiles. */
const OWN_HOSTS = /(^|\.)(wellfound\.com|angel\.co)$/i;

// Selectors, most semantic first; each comment names the fixture that proves it.
const ROOT = ['main']; // every case
const NAME = [
  '[data-test="profile-name"]', // sparse, hostile (full names the person in JSON-LD first)
  'h1', // changed-layout
];
const HEADLINE = ['[data-test="profile-headline"]']; // full, hostile
const LOCATION = ['[data-test="profile-location"]']; // hostile (full reads JSON-LD first)
const LINKS = [
  '[data-test="profile-links"] a[href]', // full, hostile
  'a[href*="linkedin.com/in/"], a[href^="https://github.com/"], a[rel~="me"]', // changed-layout
];
const SECTIONS = {
  // Hooks: full, hostile. Headings: changed-layout.
  employment: { hook: '[data-test="profile-experience"]', headings: ['experience', 'work experience'] },
  education: { hook: '[data-test="profile-education"]', headings: ['education'] },
  skills: { hook: '[data-test="profile-skills"]', headings: ['skills'] },
} as const;

const ADAPTER = { id: 'wellfound', label: 'Wellfound' };
const EXPECTED: ObservationField[] = ['names', 'headline', 'location', 'photoUrl', 'links', 'employment', 'education', 'siteCandidateId'];

function handleOf(url: URL): string | undefined {
  return PROFILE_PATH.exec(url.pathname)?.[1]?.toLowerCase();
}

function sectionOf(root: Element | undefined, key: keyof typeof SECTIONS): Element | undefined {
  const { hook, headings } = SECTIONS[key];
  return queryFirst(root, [hook]) ?? sectionByHeading(root, headings);
}

function readLinks(root: Element | undefined, person: JsonLdPerson | undefined, base: string): ProfileLink[] {
  const hrefs = [...(person?.links ?? []), ...queryAllOfFirst(root, LINKS).map((a) => a.getAttribute('href'))];
  return hrefs.flatMap((href) => profileLink(href, base) ?? []).filter((link) => !OWN_HOSTS.test(new URL(link.url).hostname));
}

function readEmployment(root: Element | undefined, person: JsonLdPerson | undefined): Employment[] {
  const listed = entriesOf(sectionOf(root, 'employment')).flatMap((e) => employmentFromLines(entryLines(e)) ?? []);
  if (listed.length > 0) return listed;
  // Without a list, JSON-LD's worksFor still names the current employer.
  return (person?.worksFor ?? []).map((organisation) => ({ organisation, current: true, ...(person?.jobTitle ? { title: person.jobTitle } : {}) }));
}

function readEducation(root: Element | undefined, person: JsonLdPerson | undefined): Education[] {
  const listed = entriesOf(sectionOf(root, 'education')).flatMap((e) => educationFromLines(entryLines(e)) ?? []);
  return listed.length > 0 ? listed : (person?.alumniOf ?? []).map((school) => ({ school }));
}

/** The JSON-LD image, else the picture whose alt text is the person's name. */
function readPhoto(root: Element | undefined, person: JsonLdPerson | undefined, name: string | undefined, base: string): string | undefined {
  const img = queryAll(root, 'img[alt]').find((i) => name !== undefined && clampText(i.getAttribute('alt')) === name);
  return httpUrl(person?.image, base) ?? httpUrl(img?.getAttribute('src'), base);
}

export default defineSiteAdapter({
  ...ADAPTER,
  // The whole site: Wellfound moves between pages in-app, so the script must already be there.
  matches: ['https://wellfound.com/*', 'https://www.wellfound.com/*'],
  exampleUrls: [
    'https://wellfound.com/u/rhea-kapoor-ml',
    'https://wellfound.com/u/Rhea-Kapoor-ML/',
    'https://www.wellfound.com/u/rhea_kapoor?utm_source=recruit',
  ],
  counterExampleUrls: [
    'https://wellfound.com/',
    'https://wellfound.com/u',
    'https://wellfound.com/u/',
    'https://wellfound.com/u/rhea-kapoor-ml/edit',
    'https://wellfound.com/jobs',
    'https://wellfound.com/role/r/software-engineer',
    'https://wellfound.com/company/northwind-logistics',
    'https://wellfound.com/company/northwind-logistics/jobs',
    'https://wellfound.com/recruit/applicants/jobs/9100001',
    'https://wellfound.com/recruit/overview',
    'https://wellfound.com/login',
    'https://angel.co/u/rhea-kapoor-ml',
    'http://wellfound.com/u/rhea-kapoor-ml',
  ],
  detect: (url) => url.protocol === 'https:' && HOSTS.has(url.hostname) && handleOf(url) !== undefined,
  extract(document, url, now) {
    const problems: string[] = [];
    const read = <T>(field: ObservationField, fn: () => T) => readField(problems, field, fn);
    const root = queryFirst(document, ROOT);
    const person = read('names', () => jsonLdPerson(document));
    const name = read('names', () => person?.name ?? firstText(root, NAME));
    const draft: ObservationDraft = {
      siteCandidateId: read('siteCandidateId', () => handleOf(url)),
      names: name ? [name] : [],
      headline: read('headline', () => firstText(root, HEADLINE)),
      // The profile's bio, from its JSON-LD only (the rendered bio's markup is unknown). Not in
      // EXPECTED: a bio is optional.
      summary: read('summary', () => person?.description),
      location: read('location', () => parseLocation(person?.location ?? firstText(root, LOCATION))),
      photoUrl: read('photoUrl', () => readPhoto(root, person, name, url.href)),
      links: read('links', () => readLinks(root, person, url.href)),
      employment: read('employment', () => readEmployment(root, person)),
      education: read('education', () => readEducation(root, person)),
      skills: read('skills', () => entriesOf(sectionOf(root, 'skills')).map((e) => entryLines(e)[0]).filter(isText)),
    };
    return buildExtraction({ adapter: ADAPTER, expected: EXPECTED, url, now, draft, problems });
  },
});

import type { ObservationField } from '../candidate/observation';
import { defineSiteAdapter, type SiteAdapter } from './define-site-adapter';
import { buildExtraction, compact, isText, queryAll, queryFirst, readField, textOf, type ObservationDraft } from './dom';
import { entryLines } from './entries';
import { parseEventDate } from './event-date';
import { textLines } from './text-lines';
import { offsetOfLabel, parseZoneLabel, ZONE_PROBLEMS, type ZoneOffset } from './time-zone-label';

/**
 * Google Calendar: an event's details (the bubble over any calendar view, or the full event page
 * /r/eventedit/<eid>), where the candidate is a guest who is not the organiser.
 *
 * From public sources (extensions and scripts that read these pages): the details bubble `#xDetDlg`
 * carrying `data-eventid` (else `[role="dialog"][data-eventid]`), its `#xDetDlgWhen` time line
 * ("Sunday, September 27 ⋅ 10:30 – 10:45am": no year for dates close by), `#xDetDlgCal`,
 * `#xDetDlgDesc`; guests as `[data-email]` elements whose aria-label names the organiser; the event
 * page's `[role="main"]` form with `#xTiIn` and `#xStDaIn`; the URL shapes /r/eventedit/<eid>,
 * /r/<view>/<y>/<m>/<d> and /event?eid=.
 * Guesses: "Organizer" as text in a guest row, the account button's "Google Account: Name (address)"
 * label, `[aria-label*="description"]` and `[aria-label*="time zone"]` on the event page, and that a
 * booking tool writes "Invitee Time Zone: …" into the description (Calendly's host e-mail does).
 *
 * Time zone: the event's own zone is the organiser's (Calendly books into the host's calendar zone),
 * so it is never read as the candidate's; only a description line that names the invitee's or
 * candidate's zone is. No evidence was found that Google Calendar shows a guest's own zone.
 */
const ACCOUNT = '(?:/u/\\d{1,2})?';
const APP_VIEW = new RegExp(`^/calendar${ACCOUNT}/r(?:/(?:day|week|month|year|agenda|customday|customweek)(?:/\\d{4}/\\d{1,2}/\\d{1,2})?)?/?$`);
const EVENT_EDIT = new RegExp(`^/calendar${ACCOUNT}/r/eventedit/([A-Za-z0-9_-]{16,400}={0,2})/?$`);
const EVENT_VIEW = new RegExp(`^/calendar${ACCOUNT}/event/?$`);
const EID = /^[A-Za-z0-9_-]{16,400}={0,2}$/;

// Selectors, most semantic first; each comment names the fixtures that prove it.
const DIALOGS = ['#xDetDlg', '[role="dialog"][data-eventid]']; // full, hostile / changed-layout
const EDIT_FORM = '[role="main"]'; // sparse (only when it holds the title input or guests)
const EDIT_FORM_MARKS = ['#xTiIn', '[data-email]']; // sparse
const GUESTS = '[data-email]'; // every fixture
const DESCRIPTION = ['#xDetDlgDesc', '[aria-label*="description" i]']; // full, hostile / changed-layout
const WHEN = ['#xDetDlgWhen', '#xStDaIn']; // full / sparse
const EVENT_ZONE = ['[aria-label*="time zone" i]', '#xDetDlgWhen']; // sparse
const OWN_ACCOUNT = ['[aria-label^="Google Account:"]', '#xDetDlgCal']; // full, hostile

const ORGANISER = /\b(organi[sz]er|organizador|organisateur|organisator)\b/i;
const STATUS_LINE = /^(organi[sz]er|optional|accepted|declined|awaiting|maybe|tentative|going|organizador|organisateur|organisator)$/i;
const ZONE_LINE = /^(?:invitee|candidate)(?:'s)?\s+time\s*zone\s*:\s*(.*)$/i;
const EMAIL_IN_TEXT = /[^\s()<>@,;:"]+@[^\s()<>@,;:"]+\.[A-Za-z]{2,}/g;
const EMAIL = /^[^\s()<>@,;:"]+@[^\s()<>@,;:"]+\.[A-Za-z]{2,}$/;
const CALENDAR_ADDRESS = /@(?:resource|group(?:\.v)?)\.calendar\.google\.com$/i;
/** Mail providers anyone can sign up to: sharing one with the organiser says nothing about being a colleague. */
const PUBLIC_MAIL = new Set([
  'gmail.com', 'googlemail.com', 'outlook.com', 'hotmail.com', 'live.com', 'yahoo.com', 'icloud.com', 'proton.me', 'protonmail.com',
  'aol.com', 'gmx.com', 'mail.com',
]);

const ADAPTER = { id: 'google-calendar', label: 'Google Calendar' };
const EXPECTED: ObservationField[] = ['names', 'emails', 'siteCandidateId'];

interface Guest { email: string; elements: Element[]; organiser: boolean }

const domainOf = (email: string) => email.slice(email.lastIndexOf('@') + 1).toLowerCase();

/** The open event: the details bubble (the last one: newer layers come later), else the event page's form. */
function eventContainer(document: Document): Element | undefined {
  for (const selector of DIALOGS) {
    const dialogs = queryAll(document, selector);
    if (dialogs.length > 0) return dialogs[dialogs.length - 1];
  }
  const form = queryFirst(document, [EDIT_FORM]);
  return form && queryFirst(form, EDIT_FORM_MARKS) ? form : undefined;
}

function guestsOf(container: Element): Guest[] {
  const byEmail = new Map<string, Guest>();
  for (const element of queryAll(container, GUESTS).slice(0, 200)) {
    const email = (element.getAttribute('data-email') ?? '').trim();
    if (!EMAIL.test(email)) continue;
    const guest = byEmail.get(email.toLowerCase()) ?? { email, elements: [], organiser: false };
    guest.elements.push(element);
    // By line, not by the row's joined text: "Taylor Brooks" and "Organizer" are separate elements.
    guest.organiser ||= ORGANISER.test(element.getAttribute('aria-label') ?? '') || entryLines(element).some((line) => ORGANISER.test(line));
    byEmail.set(email.toLowerCase(), guest);
  }
  return [...byEmail.values()];
}

/** The signed-in person's addresses: never the candidate, whatever the guest list says. */
function ownAddresses(document: Document, container: Element): Set<string> {
  const texts = OWN_ACCOUNT.flatMap((selector) => queryAll(selector.startsWith('#') ? container : document, selector))
    .flatMap((el) => [el.getAttribute('aria-label') ?? '', textOf(el) ?? '']);
  return new Set(texts.flatMap((t) => t.match(EMAIL_IN_TEXT) ?? []).map((e) => e.toLowerCase()));
}

/**
 * The one guest who is neither the organiser, the signed-in person, a room or shared calendar, nor
 * a colleague at the organiser's own (non-public) mail domain. Two such guests could be either: none.
 */
function candidateGuest(document: Document): { container: Element; guest: Guest } | undefined {
  const container = eventContainer(document);
  if (!container) return undefined;
  const guests = guestsOf(container);
  const own = ownAddresses(document, container);
  const organiserDomains = new Set(guests.filter((g) => g.organiser).map((g) => domainOf(g.email)).filter((d) => !PUBLIC_MAIL.has(d)));
  const others = guests.filter(
    (g) => !g.organiser && !own.has(g.email.toLowerCase()) && !CALENDAR_ADDRESS.test(g.email) && !organiserDomains.has(domainOf(g.email)),
  );
  return others.length === 1 && others[0] ? { container, guest: others[0] } : undefined;
}

function guestName(guest: Guest): string | undefined {
  const lines = guest.elements.flatMap((el) => entryLines(el));
  return lines.find((line) => !line.includes('@') && !STATUS_LINE.test(line));
}

function eventId(container: Element, url: URL): string | undefined {
  const candidates = [
    container.closest('[data-eventid]')?.getAttribute('data-eventid'),
    EVENT_EDIT.exec(url.pathname)?.[1],
    EVENT_VIEW.test(url.pathname) ? url.searchParams.get('eid') : undefined,
  ];
  return candidates.find((id): id is string => typeof id === 'string' && EID.test(id));
}

function eventStart(container: Element, now: number): number | undefined {
  const when = queryFirst(container, WHEN);
  const value = (when as { value?: unknown } | undefined)?.value;
  return parseEventDate(typeof value === 'string' && value ? value : textOf(when), now);
}

/** The candidate's zone, from a description line that names it; the event's own zone is the organiser's. */
function guestZone(container: Element, now: number): { offset?: ZoneOffset; organiserZoneShown: boolean } {
  const lines = textLines(queryFirst(container, DESCRIPTION));
  const labels = new Set(lines.flatMap((line, i) => {
    const match = ZONE_LINE.exec(line);
    if (!match) return [];
    return [match[1] || lines[i + 1] || ''].filter(isText);
  }));
  const organiserZoneShown = EVENT_ZONE.some((s) => queryAll(container, s).some((el) => parseZoneLabel(textOf(el)) !== undefined));
  if (labels.size === 0) return { organiserZoneShown };
  // Two different zones for the one invitee (an answer imitating the tool's line): neither is trusted.
  if (labels.size > 1) return { offset: { ok: false, problem: ZONE_PROBLEMS.notRecognised }, organiserZoneShown };
  return { offset: offsetOfLabel([...labels][0], { eventAt: eventStart(container, now), now }), organiserZoneShown };
}

function extract(document: Document, url: URL, now: number) {
  const problems: string[] = [];
  const read = <T>(field: ObservationField, fn: () => T) => readField(problems, field, fn);
  const found = read('emails', () => candidateGuest(document));
  if (!found) return buildExtraction({ adapter: ADAPTER, expected: EXPECTED, url, now, draft: {}, problems });
  const name = read('names', () => guestName(found.guest));
  const zone = read('utcOffsetMinutes', () => guestZone(found.container, now));
  if (zone?.offset && !zone.offset.ok) problems.push(zone.offset.problem);
  if (zone && !zone.offset && zone.organiserZoneShown) problems.push(ZONE_PROBLEMS.organiserOnly);
  const draft: ObservationDraft = compact({
    siteCandidateId: read('siteCandidateId', () => eventId(found.container, url)),
    names: name ? [name] : [],
    emails: [found.guest.email],
    utcOffsetMinutes: zone?.offset?.ok ? [zone.offset.minutes] : undefined,
  });
  return buildExtraction({ adapter: ADAPTER, expected: EXPECTED, url, now, draft, problems });
}

const adapter = {
  ...ADAPTER,
  // The calendar app: opening an event is an in-app navigation, so the script runs on every view.
  matches: ['https://calendar.google.com/calendar/*'],
  exampleUrls: [
    'https://calendar.google.com/calendar/u/0/r/eventedit/NzNrcm0yazk1NzRqczBkbm5pbXUxZGttcGIgdGF5bG9yQG0',
    'https://calendar.google.com/calendar/r/eventedit/NzNrcm0yazk1NzRqczBkbm5pbXUxZGttcGIgdGF5bG9yQG0?tab=rc',
    'https://calendar.google.com/calendar/u/1/r/week/2026/7/15',
    'https://calendar.google.com/calendar/u/0/r',
    'https://calendar.google.com/calendar/event?eid=NzNrcm0yazk1NzRqczBkbm5pbXUxZGttcGIgdGF5bG9yQG0',
  ],
  counterExampleUrls: [
    'https://calendar.google.com/calendar/u/0/r/eventedit',
    'https://calendar.google.com/calendar/u/0/r/eventedit?text=Interview&add=someone%40example.com',
    'https://calendar.google.com/calendar/u/0/r/eventedit/copy/NzNrcm0yazk1NzRqczBkbm5pbXUxZGttcGIgdGF5bG9yQG0/dGF5bG9y',
    'https://calendar.google.com/calendar/u/0/r/settings/general',
    'https://calendar.google.com/calendar/u/0/r/search?q=interview',
    'https://calendar.google.com/calendar/appointments/schedules/AcZssZ1example',
    'https://calendar.google.com/calendar/embed?src=team%40example.com',
    'https://calendar.google.com/calendar/event',
    'https://www.google.com/calendar/event?eid=NzNrcm0yazk1NzRqczBkbm5pbXUxZGttcGIgdGF5bG9yQG0',
    'http://calendar.google.com/calendar/u/0/r/week',
  ],
  detect: (url: URL) =>
    url.protocol === 'https:' && url.hostname === 'calendar.google.com' &&
    (APP_VIEW.test(url.pathname) || EVENT_EDIT.test(url.pathname) || (EVENT_VIEW.test(url.pathname) && EID.test(url.searchParams.get('eid') ?? ''))),
  /** Any calendar view can have an event open; it is a candidate page only while one shows a candidate guest. */
  present: (document: Document) => candidateGuest(document) !== undefined,
  extract,
} satisfies SiteAdapter;

export default defineSiteAdapter(adapter);

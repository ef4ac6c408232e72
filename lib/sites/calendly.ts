import type { ObservationField } from '../candidate/observation';
import { defineSiteAdapter, type SiteAdapter } from './define-site-adapter';
import {
  buildExtraction, compact, emailFromHref, firstText, isText, phoneFromHref, queryAll, queryFirst, readField, textOf,
  type ObservationDraft,
} from './dom';
import { parseEventDate } from './event-date';
import { labelKey } from './labelled';
import { parseLocation } from './location';
import { offsetOfLabel } from './time-zone-label';

/**
 * Calendly, the host's Scheduled events page, where a recruiter opens an event's "Details" to see who
 * booked it: the invitee's name, e-mail, time zone and answers to the booking questions.
 *
 * From public sources: the page's URL (calendly.com/app/scheduled_events/user/me, linked by many
 * public projects, and ?uuid=<event uuid> to open one event); that "Details" shows the invitee's time
 * zone (Calendly community time-zone troubleshooting guide); what an invitee record holds (API: name,
 * email, IANA timezone, text_reminder_number, questions_and_answers); the row labels "Invitee Email",
 * "Invitee Time Zone", "Text Reminder Number", "Event Date/Time" (Calendly's host notification e-mail
 * and CSV export, as public scripts parse them); invitee links calendly.com/cancellations/<invitee
 * uuid> and /reschedulings/<invitee uuid> (API docs; a public redirect-page module).
 * Guesses: every data-component hook, the labels as the pane writes them, `time[datetime]`, and how the
 * pane is marked up. No real page could be saved; the fixtures are hand-made. The labelled rows and the
 * ARIA disclosure (aria-expanded + aria-controls) carry the adapter when the hooks are wrong.
 *
 * Not read: the invitee's own booking confirmation page (calendly.com/<host>/<event>), which the
 * recruiter never sees, and the meeting "Location" (for phone calls it may be the host's number).
 */
const APP_PATH = /^\/app\/scheduled_events(?:\/user\/me|\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})?\/?$/i;
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;

// Selectors, most semantic first; each comment names the fixtures that prove it.
const PANES = [
  '[data-component="event-details"]', // full, sparse, hostile
  '[role="region"][aria-label*="details" i]', // changed-layout
];
// An expanded row's disclosure button names its pane: changed-layout-disclosure.
const EXPANDED = 'button[aria-expanded="true"][aria-controls]';
// The row around a pane, holding the name and start time: full / changed-layout / changed-layout-disclosure.
const ROWS = '[data-component="event-row"], li, [role="listitem"], [role="row"], article';
const GROUP_HEADINGS = 'h2, h3, [role="heading"]'; // changed-layout: the day heading above the rows
const NAME = ['[data-component="invitee-name"]']; // full, sparse, hostile
const EMAIL = '[data-component="invitee-email"]'; // full, hostile
const ZONE = ['[data-component="invitee-timezone"]']; // full, hostile
const START = 'time[datetime]'; // full, hostile
const LABEL_CELLS = 'dt, th, [role="rowheader"], h4, h5'; // every fixture
const HIDDEN = '[hidden], [aria-hidden="true"]';

// Row labels (labelKey form); questions are free text, so they are matched by their words.
const NAME_LABELS = new Set(['invitee', 'invitee name', 'name']);
const EMAIL_LABELS = new Set(['email', 'e-mail', 'email address', 'invitee email']);
const ZONE_LABELS = new Set(['invitee time zone', 'invitee timezone', "invitee's time zone"]);
const DATE_LABELS = new Set(['event date/time', 'date & time', 'date and time', 'date', 'when']);
const PHONE_QUESTION = /\b(phone|mobile|cell|whatsapp|text reminder number)\b/;
const PLACE_QUESTION = /\b(where are you (based|located|living)|(current|your) (city|location)|city of residence|based in)\b/;
const EMAIL_TEXT = /^[^\s@<>()]+@[^\s@<>()]+\.[^\s@<>()]+$/;
const PHONE_TEXT = /^\+?[\d\s().-]{7,30}$/;

const ADAPTER = { id: 'calendly', label: 'Calendly' };
const EXPECTED: ObservationField[] = ['names', 'emails', 'utcOffsetMinutes', 'siteCandidateId'];

interface Invitee {
  pane: Element;
  row: Element;
  rows: Array<{ label: string; value: Element }>;
}

const visible = (el: Element) => !el.closest(HIDDEN);

function candidatePanes(document: Document): Element[] {
  for (const selector of PANES) {
    const panes = queryAll(document, selector).filter(visible);
    if (panes.length > 0) return panes;
  }
  const controlled = queryAll(document, EXPANDED).flatMap((button) => document.getElementById(button.getAttribute('aria-controls') ?? '') ?? []);
  return controlled.filter(visible);
}

function labelledRows(pane: Element): Invitee['rows'] {
  return queryAll(pane, LABEL_CELLS).slice(0, 100).flatMap((cell) => {
    const value = cell.nextElementSibling;
    return value ? [{ label: labelKey(textOf(cell)), value }] : [];
  });
}

const valuesFor = (rows: Invitee['rows'], wanted: (label: string) => boolean) => rows.filter((r) => wanted(r.label)).map((r) => r.value);
/** Text of the first row whose label passes `wanted` and that has any. */
const labelledText = (invitee: Invitee, wanted: (label: string) => boolean) =>
  valuesFor(invitee.rows, wanted).map((value) => textOf(value)).find(isText);

function emailOf(value: Element): string | undefined {
  const link = queryFirst(value, ['a[href^="mailto:" i]']);
  const address = link ? emailFromHref(link.getAttribute('href')) : textOf(value);
  return address && EMAIL_TEXT.test(address) ? address : undefined;
}

function inviteeEmails(invitee: Invitee): string[] {
  const hooked = queryAll(invitee.row, EMAIL).flatMap((el) => emailOf(el) ?? []);
  return hooked.length > 0 ? hooked : valuesFor(invitee.rows, (l) => EMAIL_LABELS.has(l)).flatMap((v) => emailOf(v) ?? []);
}

/**
 * The one invitee whose details are open. Several open panes could be anyone's, so none is taken;
 * a pane without an invitee e-mail is not an invitee's.
 */
function theInvitee(document: Document): Invitee | undefined {
  const found = candidatePanes(document).flatMap((pane) => {
    const row = pane.parentElement?.closest(ROWS) ?? pane;
    const invitee = { pane, row, rows: labelledRows(pane) };
    return inviteeEmails(invitee).length > 0 ? [invitee] : [];
  });
  return found.length === 1 ? found[0] : undefined;
}

function inviteeName(invitee: Invitee): string | undefined {
  const name = firstText(invitee.row, NAME) ?? labelledText(invitee, (l) => NAME_LABELS.has(l));
  return name && !name.includes('@') ? name : undefined; // an address names nobody
}

/**
 * The invitee's id: an attribute, else the row's Reschedule / Cancel links. Links inside answers
 * (text the invitee typed, possibly linkified) are never taken: a copied link would join this
 * booking to someone else's record.
 */
function inviteeId(invitee: Invitee): string | undefined {
  // The row itself or inside it; never an ancestor, which would be shared by every row below it.
  const attribute = invitee.row.matches('[data-invitee-uuid]') ? invitee.row : queryFirst(invitee.row, ['[data-invitee-uuid]']);
  const fromAttribute = UUID.exec(attribute?.getAttribute('data-invitee-uuid') ?? '')?.[0];
  if (fromAttribute) return fromAttribute.toLowerCase();
  const answers = new Set(invitee.rows.map((r) => r.value));
  for (const link of queryAll(invitee.row, 'a[href]')) {
    if ([...answers].some((answer) => answer.contains(link))) continue;
    const match = /^https:\/\/calendly\.com\/(?:reschedulings|cancellations)\/([0-9a-f-]{36})\/?(?:[?#]|$)/i.exec(link.getAttribute('href') ?? '');
    if (match?.[1] && UUID.test(match[1])) return match[1].toLowerCase();
  }
  return undefined;
}

function eventStart(invitee: Invitee, now: number): number | undefined {
  const time = queryFirst(invitee.row, [START]);
  const labelled = valuesFor(invitee.rows, (l) => DATE_LABELS.has(l)).map((el) => textOf(el));
  const group = invitee.row.parentElement?.closest('section, [role="group"], [data-component="date-group"]');
  const heading = queryAll(group, GROUP_HEADINGS).map((el) => textOf(el));
  return [time?.getAttribute('datetime'), ...labelled, ...heading].reduce<number | undefined>((at, text) => at ?? parseEventDate(text, now), undefined);
}

function phones(invitee: Invitee): string[] {
  return valuesFor(invitee.rows, (l) => PHONE_QUESTION.test(l)).flatMap((value) => {
    const link = queryFirst(value, ['a[href^="tel:" i]']);
    const text = textOf(value) ?? phoneFromHref(link?.getAttribute('href'));
    return text && PHONE_TEXT.test(text) ? [text] : [];
  });
}

function extract(document: Document, url: URL, now: number) {
  const problems: string[] = [];
  const read = <T>(field: ObservationField, fn: () => T) => readField(problems, field, fn);
  const invitee = read('emails', () => theInvitee(document));
  if (!invitee) return buildExtraction({ adapter: ADAPTER, expected: EXPECTED, url, now, draft: {}, problems });
  const name = read('names', () => inviteeName(invitee));
  const zone = read('utcOffsetMinutes', () => firstText(invitee.row, ZONE) ?? labelledText(invitee, (l) => ZONE_LABELS.has(l)));
  const offset = zone === undefined ? undefined : offsetOfLabel(zone, { eventAt: read('utcOffsetMinutes', () => eventStart(invitee, now)), now });
  if (offset && !offset.ok) problems.push(offset.problem);
  const place = read('location', () => labelledText(invitee, (l) => PLACE_QUESTION.test(l)));
  const draft: ObservationDraft = compact({
    siteCandidateId: read('siteCandidateId', () => inviteeId(invitee)),
    names: name ? [name] : [],
    emails: read('emails', () => inviteeEmails(invitee)),
    phones: read('phones', () => phones(invitee)),
    location: place ? parseLocation(place) : undefined,
    utcOffsetMinutes: offset?.ok ? [offset.minutes] : undefined,
  });
  return buildExtraction({ adapter: ADAPTER, expected: EXPECTED, url, now, draft, problems });
}

const adapter = {
  ...ADAPTER,
  // The web app, not only the Scheduled events page: it is a single-page app, and a recruiter who
  // starts on another of its pages reaches this one without a page load. Booking pages are elsewhere.
  matches: ['https://calendly.com/app/*'],
  exampleUrls: [
    'https://calendly.com/app/scheduled_events/user/me',
    'https://calendly.com/app/scheduled_events/user/me?period=upcoming&uuid=b4c1e2d3-5f6a-4b7c-8d9e-0a1b2c3d4e5f',
    'https://calendly.com/app/scheduled_events',
    // One event's own page: a guess (an integration's deep link has this shape), harmless if wrong.
    'https://calendly.com/app/scheduled_events/b4c1e2d3-5f6a-4b7c-8d9e-0a1b2c3d4e5f',
  ],
  counterExampleUrls: [
    'https://calendly.com/app/event_types/user/me',
    'https://calendly.com/app/availability/schedules',
    'https://calendly.com/app/admin/integrations',
    'https://calendly.com/app/scheduled_events/user/me/settings',
    'https://calendly.com/taylor-brooks/30min',
    'https://calendly.com/cancellations/7e3a9c1d-2b4f-4e6a-8c0d-1f2e3a4b5c6d',
    'https://calendly.com/reschedulings/7e3a9c1d-2b4f-4e6a-8c0d-1f2e3a4b5c6d',
    'https://api.calendly.com/scheduled_events/b4c1e2d3-5f6a-4b7c-8d9e-0a1b2c3d4e5f/invitees',
    'http://calendly.com/app/scheduled_events/user/me',
  ],
  detect: (url: URL) => url.protocol === 'https:' && url.hostname === 'calendly.com' && APP_PATH.test(url.pathname),
  /** The list page is a candidate page only while one event's details are open (SiteAdapter.present). */
  present: (document: Document) => theInvitee(document) !== undefined,
  extract,
} satisfies SiteAdapter;

export default defineSiteAdapter(adapter);

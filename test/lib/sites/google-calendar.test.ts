import { describe, expect, it } from 'vitest';
import googleCalendar from '../../../lib/sites/google-calendar';
import { ZONE_PROBLEMS } from '../../../lib/sites/time-zone-label';
import { parsePage } from './parse-page';

const WEEK = 'https://calendar.google.com/calendar/u/0/r/week/2026/7/15';
const NOW = Date.UTC(2026, 0, 1);
const EID = 'NGtxOG0ydDl2MGMxbjNwNXI3czZ1OHcweTIgdGF5bG9yQG0';

const guest = (email: string, name = 'Someone') => `<div data-email="${email}"><span>${name}</span></div>`;
const organiser = (email: string, name: string) => `<div data-email="${email}" aria-label="${name}, Organizer"><span>${name}</span></div>`;
const ORGANISER = organiser('taylor@northwind.example', 'Taylor Brooks');
const CANDIDATE = guest('jordan@fastmail.example', 'Jordan Ellis');
// An event an agency organised: the signed-in recruiter is an ordinary guest there.
const OUTSIDE_ORGANISER = organiser('dana@agency.example', 'Dana Kerr');
const RECRUITER_AS_GUEST = guest('taylor@northwind.example', 'Taylor Brooks');
const ACCOUNT = '<a aria-label="Google Account: Taylor Brooks (taylor@northwind.example)"></a>';

interface Bubble { guests?: string[]; when?: string; description?: string; header?: string; cal?: string }

/** The details bubble as the fixtures have it (ids used by public extensions). */
function bubble({ guests = [ORGANISER, CANDIDATE], when = 'Wednesday, July 15 \u22c5 10:00 \u2013 10:45am', description = '', header = '', cal = '' }: Bubble): string {
  return `${header}<div id="xDetDlg" role="dialog" data-eventid="${EID}">
    <div id="xDetDlgWhen">${when}</div>
    <div id="xDetDlgAtt">${guests.join('')}</div>
    <div id="xDetDlgDesc">${description}</div>
    <div id="xDetDlgCal">${cal}</div>
  </div>`;
}

const page = (body: string) => parsePage(`<html><body>${body}</body></html>`, WEEK);
const extract = (body: string, url = WEEK) => googleCalendar.extract(page(body), new URL(url), NOW);

describe('google-calendar: which guest is the candidate', () => {
  const cases: Array<[string, string, string | undefined]> = [
    ['the one guest who is not the organiser', bubble({}), 'jordan@fastmail.example'],
    ['colleagues at the organiser\'s domain are not candidates', bubble({ guests: [ORGANISER, guest('sam@northwind.example'), CANDIDATE] }), 'jordan@fastmail.example'],
    ['two outside guests: either could be meant', bubble({ guests: [ORGANISER, CANDIDATE, guest('casey@mailhost.example')] }), undefined],
    ['rooms and shared calendars are not people', bubble({ guests: [ORGANISER, CANDIDATE, guest('c_1a2b@resource.calendar.google.com'), guest('team@group.calendar.google.com')] }), 'jordan@fastmail.example'],
    ['an outside organiser, the recruiter as a guest: ambiguous', bubble({ guests: [OUTSIDE_ORGANISER, RECRUITER_AS_GUEST, CANDIDATE] }), undefined],
    ['the signed-in recruiter is never the candidate', ACCOUNT + bubble({ guests: [OUTSIDE_ORGANISER, RECRUITER_AS_GUEST, CANDIDATE] }), 'jordan@fastmail.example'],
    [
      'the calendar\'s own address (the details line) is never the candidate',
      bubble({ guests: [OUTSIDE_ORGANISER, RECRUITER_AS_GUEST, CANDIDATE], cal: 'taylor@northwind.example<br>Organizer: Dana Kerr' }),
      'jordan@fastmail.example',
    ],
    [
      'a public mail domain shared with the organiser says nothing',
      bubble({ guests: [organiser('taylor@gmail.com', 'Taylor Brooks'), guest('jordan@gmail.com')] }),
      'jordan@gmail.com',
    ],
    ['without an organiser mark, two guests are ambiguous', bubble({ guests: [guest('taylor@northwind.example'), CANDIDATE] }), undefined],
    ['only the organiser', bubble({ guests: [ORGANISER] }), undefined],
    ['no event open', '<div role="main"><div role="button" data-eventid="x">Chip</div></div>', undefined],
  ];
  it.each(cases)('%s', (_label, body, email) => {
    expect(googleCalendar.present?.(page(body))).toBe(email !== undefined);
    expect(extract(body).observation.emails).toEqual(email ? [email] : []);
  });
});

describe('google-calendar: the candidate\'s time zone, never the organiser\'s', () => {
  const eventZone = '<button aria-label="Time zone">(GMT-06:00) Central Time - Chicago</button>';
  const cases: Array<[string, string, number[] | undefined, string | undefined]> = [
    ['a booking tool\'s invitee line', bubble({ description: 'Invitee Time Zone: Asia/Seoul' }), [540], undefined],
    ['the value on the next line', bubble({ description: 'Invitee Time Zone:<br>GMT+05:30' }), [330], undefined],
    ['a candidate line, at the event date (winter)', bubble({ description: 'Candidate time zone: America/Chicago', when: 'Monday, January 12, 2026 \u22c5 9:00am' }), [-360], undefined],
    ['London in summer', bubble({ description: 'Invitee Time Zone: Europe/London', when: 'Wednesday, July 15, 2026' }), [60], undefined],
    ['the same zone twice is one zone', bubble({ description: 'Invitee Time Zone: Asia/Seoul<br>Invitee Time Zone: Asia/Seoul' }), [540], undefined],
    ['two different zones: neither', bubble({ description: 'Invitee Time Zone: Asia/Seoul<br>Invitee Time Zone: America/Chicago' }), undefined, ZONE_PROBLEMS.notRecognised],
    ['an unknown label', bubble({ description: 'Invitee Time Zone: Korea Time' }), undefined, ZONE_PROBLEMS.notRecognised],
    ['summer time without a date', bubble({ description: 'Invitee Time Zone: America/Chicago', when: '' }), undefined, ZONE_PROBLEMS.needsDate],
    ['only the event\'s zone (the organiser\'s)', bubble({ description: eventZone }), undefined, ZONE_PROBLEMS.organiserOnly],
    ['a guest named like a zone line is not read', bubble({ guests: [ORGANISER, guest('jordan@fastmail.example', 'Invitee Time Zone: UTC')] }), undefined, undefined],
    ['a zone line outside the description is not read', `${bubble({})}<div>Invitee Time Zone: Asia/Seoul</div>`, undefined, undefined],
    ['no zone anywhere', bubble({}), undefined, undefined],
  ];
  it.each(cases)('%s', (_label, body, offsets, problem) => {
    const { observation, health } = extract(body);
    expect(observation.utcOffsetMinutes).toEqual(offsets);
    expect(health.problems.filter((p) => p.startsWith('utcOffsetMinutes'))).toEqual(problem ? [problem] : []);
  });
});

describe('google-calendar: the event id', () => {
  const form = `<div role="main"><input id="xTiIn" value="Interview">${ORGANISER}${CANDIDATE}</div>`;
  const cases: Array<[string, string, string, string | undefined]> = [
    ['the bubble\'s data-eventid', bubble({}), WEEK, EID],
    ['the event page\'s URL', form, `https://calendar.google.com/calendar/u/0/r/eventedit/${EID}`, EID],
    ['the event view\'s eid parameter', form, `https://calendar.google.com/calendar/event?eid=${EID}`, EID],
    ['no id anywhere', form, WEEK, undefined],
  ];
  it.each(cases)('%s', (_label, body, url, id) => expect(extract(body, url).observation.siteCandidateId).toBe(id));
});

describe('google-calendar: the guest\'s name', () => {
  const cases: Array<[string, string, string | undefined]> = [
    ['the first line of the row', '<div data-email="jordan@fastmail.example"><div><span>Jordan Ellis</span></div><div>Optional</div></div>', 'Jordan Ellis'],
    ['status lines are skipped', '<div data-email="jordan@fastmail.example"><div>Optional</div><div>Jordan Ellis</div></div>', 'Jordan Ellis'],
    ['an address in place of a name names nobody', '<div data-email="jordan@fastmail.example"><span>jordan@fastmail.example</span></div>', undefined],
  ];
  it.each(cases)('%s', (_label, row, name) => expect(extract(bubble({ guests: [ORGANISER, row] })).observation.names[0]).toBe(name));
});

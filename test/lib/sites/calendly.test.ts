import { describe, expect, it } from 'vitest';
import calendly from '../../../lib/sites/calendly';
import { ZONE_PROBLEMS } from '../../../lib/sites/time-zone-label';
import { parsePage } from './parse-page';

const URL_ = 'https://calendly.com/app/scheduled_events/user/me';
const NOW = Date.UTC(2026, 0, 1);
const UUID = '7e3a9c1d-2b4f-4e6a-8c0d-1f2e3a4b5c6d';

interface Row { name?: string; email?: string; zone?: string; start?: string; extra?: string; open?: boolean; rowAttrs?: string }

/** One event row in the guessed markup of the fixtures (hooks plus labelled rows). */
function row({ name = 'Casey Morgan', email = 'casey@example.org', zone, start, extra = '', open = true, rowAttrs = '' }: Row): string {
  return `<div data-component="event-row" ${rowAttrs}>
    ${start ? `<time datetime="${start}">10:00am</time>` : ''}
    <strong data-component="invitee-name">${name}</strong>
    <div data-component="event-details" ${open ? '' : 'hidden'}>
      <dl>
        ${email ? `<dt>Email</dt><dd>${email}</dd>` : ''}
        ${zone !== undefined ? `<dt>Invitee Time Zone</dt><dd>${zone}</dd>` : ''}
      </dl>
      ${extra}
    </div>
  </div>`;
}

const page = (...rows: string[]) => parsePage(`<html><body><main>${rows.join('')}</main></body></html>`, URL_);
const extract = (...rows: string[]) => calendly.extract(page(...rows), new URL(URL_), NOW);

describe('calendly: which pane is the candidate', () => {
  const cases: Array<[string, string[], boolean]> = [
    ['one open pane with an e-mail', [row({})], true],
    ['no pane open', [row({ open: false })], false],
    ['two panes open: either invitee could be meant', [row({}), row({ name: 'Other', email: 'other@example.org' })], false],
    ['an open pane and a closed one', [row({}), row({ name: 'Other', email: 'other@example.org', open: false })], true],
    ['an open pane without an invitee e-mail', [row({ email: '' })], false],
    ['an e-mail row that is not an address', [row({ email: 'not an address' })], false],
    ['an empty page', [], false],
  ];
  it.each(cases)('%s', (_label, rows, present) => {
    expect(calendly.present?.(page(...rows))).toBe(present);
    expect(extract(...rows).observation.emails.length > 0).toBe(present);
  });
});

describe('calendly: the invitee time zone at the event date', () => {
  const cases: Array<[string, Row, number[] | undefined, string | undefined]> = [
    ['IANA, no summer time, no date needed', { zone: 'Asia/Seoul' }, [540], undefined],
    ['IANA with summer time in July', { zone: 'America/Chicago', start: '2026-07-15T10:00:00-05:00' }, [-300], undefined],
    ['IANA with summer time in January', { zone: 'America/Chicago', start: '2026-01-12T10:00:00-06:00' }, [-360], undefined],
    ['London in summer', { zone: 'Europe/London', start: '2026-07-15T10:00:00+01:00' }, [60], undefined],
    ['a written offset', { zone: 'GMT+09:00' }, [540], undefined],
    ['a written offset with a Unicode minus', { zone: 'UTC\u221205:00' }, [-300], undefined],
    ['a Windows zone id in winter', { zone: 'Central Standard Time', start: '2026-01-12' }, [-360], undefined],
    ['summer time and no date: not guessed', { zone: 'America/Chicago' }, undefined, ZONE_PROBLEMS.needsDate],
    ['an unknown label', { zone: 'Korea Time' }, undefined, ZONE_PROBLEMS.notRecognised],
    ['an abbreviation', { zone: 'KST' }, undefined, ZONE_PROBLEMS.notRecognised],
    ['no zone row', {}, undefined, 'utcOffsetMinutes not found'],
    ['only the host\'s own zone row', { extra: '<dl><dt>Time zone</dt><dd>America/Chicago</dd></dl>' }, undefined, 'utcOffsetMinutes not found'],
  ];
  it.each(cases)('%s', (_label, input, offsets, problem) => {
    const { observation, health } = extract(row(input));
    expect(observation.utcOffsetMinutes).toEqual(offsets);
    if (problem) expect(health.problems).toContain(problem);
    else expect(health.problems.filter((p) => p.startsWith('utcOffsetMinutes'))).toEqual([]);
  });
});

describe('calendly: the invitee id is the booking\'s own, never one from an answer', () => {
  const answer = (href: string) => `<dl><dt>Anything else?</dt><dd><a href="${href}">${href}</a></dd></dl>`;
  const cases: Array<[string, Row, string | undefined]> = [
    ['the row\'s Reschedule link', { extra: `<a href="https://calendly.com/reschedulings/${UUID}">Reschedule</a>` }, UUID],
    ['the row\'s Cancel link, upper case', { extra: `<a href="https://calendly.com/cancellations/${UUID.toUpperCase()}">Cancel</a>` }, UUID],
    ['a data attribute on the row', { rowAttrs: `data-invitee-uuid="${UUID}"` }, UUID],
    ['a cancellation link typed into an answer', { extra: answer(`https://calendly.com/cancellations/${UUID}`) }, undefined],
    ['a link to another host', { extra: `<a href="https://calendly.com.evil.example/cancellations/${UUID}">Cancel</a>` }, undefined],
    ['a javascript: link', { extra: `<a href="javascript:alert('${UUID}')">Cancel</a>` }, undefined],
    ['no links', {}, undefined],
  ];
  it.each(cases)('%s', (_label, input, id) => expect(extract(row(input)).observation.siteCandidateId).toBe(id));
});

describe('calendly: answers to the booking questions', () => {
  const questions = (rows: string) => ({ extra: `<section><h4>Questions</h4><dl>${rows}</dl></section>` });
  const cases: Array<[string, Row, { phones: string[]; location?: string }]> = [
    ['a phone question', questions('<dt>Phone number</dt><dd>+44 7700 900123</dd>'), { phones: ['+44 7700 900123'] }],
    ['a text reminder number as a tel: link', questions('<dt>Text Reminder Number</dt><dd><a href="tel:+15125550182">+1 512-555-0182</a></dd>'), { phones: ['+1 512-555-0182'] }],
    ['a phone answer that is not a number', questions('<dt>Phone</dt><dd>call me on Teams</dd>'), { phones: [] }],
    ['the meeting location is never the invitee\'s phone', questions('<dt>Location</dt><dd>+1 312 555 0100</dd>'), { phones: [] }],
    ['where the invitee is based', questions('<dt>Where are you based?</dt><dd>Leeds, England</dd>'), { phones: [], location: 'Leeds, England' }],
    ['current city', questions('<dt>Current city</dt><dd>Austin, TX</dd>'), { phones: [], location: 'Austin, TX' }],
  ];
  it.each(cases)('%s', (_label, input, expected) => {
    const { observation } = extract(row(input));
    expect(observation.phones).toEqual(expected.phones);
    expect(observation.location?.raw).toBe(expected.location);
  });
});

describe('calendly: the invitee name', () => {
  const cases: Array<[string, string, string | undefined]> = [
    ['a name', 'Casey Morgan', 'Casey Morgan'],
    ['an address in place of a name names nobody', 'casey@example.org', undefined],
    ['empty', '', undefined],
  ];
  it.each(cases)('%s', (_label, name, expected) => expect(extract(row({ name })).observation.names[0]).toBe(expected));
});

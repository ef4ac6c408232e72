import { describe, expect, it } from 'vitest';
import type { Education, Employment } from '../../../lib/candidate/observation';
import { educationFromLines, employmentFromLines, entriesOf, entryLines, sectionByHeading } from '../../../lib/sites/entries';
import { parsePage } from './parse-page';

const page = (body: string) => parsePage(`<body>${body}</body>`, 'https://example.com/');

describe('entryLines', () => {
  const cases: Array<[string, string, string[]]> = [
    ['one line per child', '<li><h3>Title</h3><p>Org</p><p>2020 - 2021</p></li>', ['Title', 'Org', '2020 - 2021']],
    ['wrappers without text of their own are looked into', '<li><div><h3>Title</h3><p>Org</p></div><p>Jan 2020 - <span>Present</span></p></li>', ['Title', 'Org', 'Jan 2020 - Present']],
    ['an entry that is only text is one line', '<li>Python</li>', ['Python']],
    ['an entry with text of its own is one line', '<li>Rust <b>(expert)</b></li>', ['Rust (expert)']],
    ['empty children are skipped', '<li><h3>Title</h3><p> </p><p>Org</p></li>', ['Title', 'Org']],
    ['code is not text', '<li><h3>Title<script>x()</script></h3></li>', ['Title']],
  ];
  it.each(cases)('%s', (_label, html, expected) => {
    const li = page(`<ul>${html}</ul>`).querySelector('li');
    expect(li && entryLines(li)).toEqual(expected);
  });

  it('stops looking into wrappers at a bounded depth, keeping their text', () => {
    // Not deeper: happy-dom's own querySelector recurses per level; a browser's does not.
    const html = `<ul><li>${'<div>'.repeat(300)}<p>deep</p>${'</div>'.repeat(300)}</li></ul>`;
    const li = page(html).body.firstElementChild?.firstElementChild;
    expect(li && entryLines(li)).toEqual(['deep']);
  });
});

describe('entriesOf and sectionByHeading', () => {
  const body = `
    <section id="list"><h2>Experience</h2><ul><li>Other applicant</li></ul></section>
    <section id="own"><h2>Work experience</h2><ul><li><p>A</p><ul><li>nested role</li></ul></li><li>B</li></ul></section>
    <div id="edu"><h3>Education:</h3><ul><li>C</li></ul></div>`;
  const cases: Array<[string, string[], ((s: Element) => boolean) | undefined, string | undefined]> = [
    ['the first heading that matches', ['experience', 'work experience'], undefined, 'list'],
    ['accept skips a section (a list beside the profile)', ['experience', 'work experience'], (s) => s.id !== 'list', 'own'],
    ['the heading’s parent when there is no <section>', ['education'], undefined, 'edu'],
    ['no heading matches', ['skills'], undefined, undefined],
  ];
  it.each(cases)('%s', (_label, headings, accept, id) => {
    expect(sectionByHeading(page(body), headings, accept)?.id).toBe(id);
  });

  it('top-level items only: a nested list belongs to its entry', () => {
    const own = page(body).getElementById('own') ?? undefined;
    expect(entriesOf(own).map((li) => entryLines(li)[0])).toEqual(['A', 'B']);
    expect(entriesOf(undefined)).toEqual([]);
  });
});

describe('employmentFromLines and educationFromLines', () => {
  const jobs: Array<[string[], Employment | undefined]> = [
    [['Engineer', 'Northwind · Full-time', 'Mar 2021 - Present'], { title: 'Engineer', organisation: 'Northwind', start: '2021-03', current: true, raw: 'Mar 2021 - Present' }],
    [['Engineer', 'Jun 2017 - Feb 2021', 'Lakeshore'], { title: 'Engineer', organisation: 'Lakeshore', start: '2017-06', end: '2021-02', raw: 'Jun 2017 - Feb 2021' }],
    [['Engineer', 'Evil Corp', 'since forever'], { title: 'Engineer', organisation: 'Evil Corp' }],
    [['Engineer'], { title: 'Engineer' }],
    [[], undefined],
  ];
  it.each(jobs)('employment %j', (lines, expected) => expect(employmentFromLines(lines)).toEqual(expected));

  const schools: Array<[string[], Education | undefined]> = [
    [['Maplewood University', 'BSc, Mathematics', '2013 - 2017'], { school: 'Maplewood University', degree: 'BSc, Mathematics', start: '2013', end: '2017', raw: '2013 - 2017' }],
    [['Maplewood University'], { school: 'Maplewood University' }],
    [[], undefined],
  ];
  it.each(schools)('education %j', (lines, expected) => expect(educationFromLines(lines)).toEqual(expected));
});

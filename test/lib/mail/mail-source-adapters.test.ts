import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MatchPattern } from 'wxt/utils/match-patterns';
import { AdapterHealthSchema, CandidateObservationSchema, MAX_FIELD_LENGTH, type CandidateObservation } from '../../../lib/candidate/observation';
import type { SiteAdapter, SiteExtraction } from '../../../lib/sites/define-site-adapter';
import gmailSource from '../../../lib/sites/gmail-source';
import outlookSource from '../../../lib/sites/outlook-source';
import { realIpGeo } from '../network/real-ip-geo';
import { parsePage } from '../sites/parse-page';

/**
 * The mail source adapters against their saved pages, with the checks test/lib/sites/fixtures.test.ts
 * makes for registered adapters, plus what is particular to message sources.
 */
const NOW = 1_767_225_600_000;
const adapters = [gmailSource, outlookSource];
const fixtureDir = (id: string) => new URL(`../../fixtures/sites/${id}/`, import.meta.url);

interface Expected {
  url: string;
  observation: Omit<CandidateObservation, 'observedAt'>;
  health: { found: string[]; missing: string[] };
}

function readCase(adapter: SiteAdapter, name: string): { html: string; expected: Expected } {
  const dir = new URL(`${name}/`, fixtureDir(adapter.id));
  return {
    html: readFileSync(new URL('page.html', dir), 'utf8'),
    expected: JSON.parse(readFileSync(new URL('expected.json', dir), 'utf8')) as Expected,
  };
}

function run(adapter: SiteAdapter, html: string, url: string): { result: SiteExtraction; document: Document } {
  const document = parsePage(html, url);
  return { result: adapter.extract(document, new URL(url), NOW), document };
}

const cases = adapters.flatMap((adapter) =>
  readdirSync(fixtureDir(adapter.id), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => [adapter.id, adapter, d.name] as const),
);

describe('mail source adapters: saved pages', () => {
  it.each(adapters.map((a) => [a.id, a] as const))('%s has the four kinds of fixture', (id) => {
    const names = cases.filter(([adapterId]) => adapterId === id).map(([, , name]) => name);
    expect(names).toEqual(expect.arrayContaining(['full', 'sparse', 'changed-layout', 'hostile']));
  });

  it.each(cases)('%s / %s extracts the expected observation and health', (_id, adapter, name) => {
    const { html, expected } = readCase(adapter, name);
    expect(adapter.detect(new URL(expected.url))).toBe(true);
    const { result } = run(adapter, html, expected.url);
    const { observedAt, ...observation } = result.observation;
    expect(observedAt).toBe(NOW);
    expect(observation).toEqual(expected.observation);
    expect(result.health.found).toEqual([...expected.health.found].sort());
    expect(result.health.expected.filter((f) => !result.health.found.includes(f)).sort()).toEqual([...expected.health.missing].sort());
    expect(CandidateObservationSchema.safeParse(result.observation).success).toBe(true);
    expect(AdapterHealthSchema.safeParse(result.health).success).toBe(true);
    for (const problem of result.health.problems) expect(problem).toMatch(/^[a-zA-Z]+( not found|: read failed|: invalid value dropped)$/);
  });
});

describe('mail source adapters: what the pages mean', () => {
  const observation = (adapter: SiteAdapter, name: string) => {
    const { html, expected } = readCase(adapter, name);
    return run(adapter, html, expected.url).result.observation;
  };

  it('gmail-source / full: a +0900 Date and an address the bundled database places in Korea', () => {
    const obs = observation(gmailSource, 'full');
    expect(obs.utcOffsetMinutes).toEqual([540]);
    expect(obs.ipAddresses).toEqual(['175.193.42.17']);
    expect(realIpGeo().lookup('175.193.42.17')?.country).toBe('KR');
  });

  it.each(adapters.map((a) => [a.id, a] as const))('%s / hostile: only the real header block is read', (_id, adapter) => {
    const { html, expected } = readCase(adapter, 'hostile');
    const { result, document } = run(adapter, html, expected.url);
    const obs = result.observation;
    // Markup stays literal text, bidi overrides and zero-width characters go, right-to-left letters stay.
    expect(obs.names).toEqual(['<script>alert("pwned")</script><img src=x onerror=alert(1)>Mallory gnp.exe Zerowidth מלורי']);
    // The first From, not the smuggled second one or the summary table's; the real dialog, not a fake in the message body.
    expect(obs.emails).toEqual(['mallory@mailhost.example']);
    // The body's forged Received and X-Originating-IP lines are never read; the private X-Originating-IP is set aside.
    expect(obs.ipAddresses).toEqual(['203.0.113.77']);
    expect(obs.utcOffsetMinutes).toEqual([180]);
    expect(document.title).not.toContain('EXECUTED');
    expect(document.body.getAttribute('data-pwned')).toBeNull();
    expect(JSON.stringify(obs)).not.toMatch(/\\u000[0-9a-f]|EXECUTED|HOSTILE_HUGE_HEADER/);
  });

  it.each([
    ['a 100 kB header is read past', 100 * 1024, { emails: ['mallory@mailhost.example'], ipAddresses: ['203.0.113.77'] }],
    ['a 1 MB header cuts the block: nothing after the cut, no Received chain', 1024 * 1024, { emails: [], ipAddresses: undefined }],
  ] as const)('gmail-source / hostile: %s', (_name, size, expected) => {
    const { html, expected: page } = readCase(gmailSource, 'hostile');
    const big = html.replace('HOSTILE_HUGE_HEADER', 'h'.repeat(size));
    const obs = run(gmailSource, big, page.url).result.observation;
    expect(obs.emails).toEqual(expected.emails);
    expect(obs.ipAddresses).toEqual(expected.ipAddresses);
    expect(CandidateObservationSchema.safeParse(obs).success).toBe(true);
  });

  it('a 10 MB From name is clamped', () => {
    const { html, expected } = readCase(gmailSource, 'full');
    const big = html.replace('From: Casey Morgan', `From: ${'y'.repeat(200 * 1024)}`);
    const obs = run(gmailSource, big, expected.url).result.observation;
    expect(obs.names[0]).toBe('y'.repeat(MAX_FIELD_LENGTH));
  });

  it.each(adapters.map((a) => [a.id, a] as const))('%s: extract never throws on an empty or junk page', (_id, adapter) => {
    const url = new URL(adapter.exampleUrls[0] ?? 'https://example.com/');
    for (const junk of ['', '<pre id="raw_message_text"></pre>', '<div role="dialog"><pre>not a message</pre></div>', '<<<>>>\u0000<pre>']) {
      const result = adapter.extract(parsePage(junk, url.href), url, NOW);
      expect(CandidateObservationSchema.safeParse(result.observation).success).toBe(true);
      expect(result.observation.names).toEqual([]);
    }
  });

  it.each([
    ['the source dialog is open', 'full', true],
    ['only a settings dialog and a fake in the message body', 'no-source', false],
  ] as const)('outlook-source: present when %s', (_name, fixture, expected) => {
    const { html, expected: page } = readCase(outlookSource, 'hostile');
    const source = fixture === 'full' ? readCase(outlookSource, 'full').html : html.replace(/<div class="fui-Portal">\s*<div role="dialog" aria-modal="true" aria-labelledby[\s\S]*?<\/pre>/, '<div><pre>');
    const present = (outlookSource as SiteAdapter & { present: (d: Document) => boolean }).present;
    expect(present(parsePage(source, page.url))).toBe(expected);
  });
});

describe('mail source adapters: URLs', () => {
  const claims = adapters.flatMap((a) => a.exampleUrls.map((url) => [a.id, a, url] as const));
  const refusals = adapters.flatMap((a) => a.counterExampleUrls.map((url) => [a.id, a, url] as const));

  it.each(claims)('%s claims %s, and a match pattern lets the content script run there', (_id, adapter, url) => {
    expect(adapter.detect(new URL(url))).toBe(true);
    expect(adapter.matches.some((pattern) => new MatchPattern(pattern).includes(url))).toBe(true);
  });

  it.each(refusals)('%s does not claim %s', (_id, adapter, url) => expect(adapter.detect(new URL(url))).toBe(false));

  it.each([
    ['https://mail.google.com.evil.example/mail/u/0/?view=om'],
    ['https://evil.example/mail/u/0/?view=om&next=https://mail.google.com/'],
    ['https://outlook.office.com.evil.example/mail/inbox'],
    ['https://evil.example/outlook.office.com/mail/'],
  ])('neither claims %s', (url) => {
    for (const adapter of adapters) expect(adapter.detect(new URL(url))).toBe(false);
  });
});

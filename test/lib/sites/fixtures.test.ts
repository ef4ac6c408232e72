import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { EXAMPLE_SITE_CONFIG } from './example-site-config';
import { parsePage } from './parse-page';
import {
  AdapterHealthSchema,
  CandidateObservationSchema,
  MAX_FIELD_LENGTH,
  MAX_LIST_LENGTH,
  type CandidateObservation,
} from '../../../lib/candidate/observation';
import type { SiteAdapter, SiteExtraction } from '../../../lib/sites/define-site-adapter';
import { siteAdapters } from '../../../lib/sites';
import { ZONE_PROBLEMS } from '../../../lib/sites/time-zone-label';

const FIXTURES = fileURLToPath(new URL('../../fixtures/sites/', import.meta.url));
/** Problems an adapter may report besides the generic ones: fixed phrases, never page text. */
const FIXED_PROBLEMS: readonly string[] = Object.values(ZONE_PROBLEMS);
const NOW = 1_767_225_600_000;

interface Expected {
  url: string;
  observation: Omit<CandidateObservation, 'observedAt'>;
  health: { found: string[]; missing: string[] };
}


function adapterById(id: string): SiteAdapter {
  const adapter = siteAdapters.find((a) => a.id === id);
  if (!adapter) throw new Error(`no adapter ${id}`);
  return adapter;
}

function readCase(adapterId: string, name: string): { html: string; expected: Expected } {
  const dir = join(FIXTURES, adapterId, name);
  return {
    html: readFileSync(join(dir, 'page.html'), 'utf8'),
    expected: JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as Expected,
  };
}

function run(adapterId: string, html: string, url: string): { result: SiteExtraction; document: Document } {
  const document = parsePage(html, url);
  return { result: adapterById(adapterId).extract(document, new URL(url), NOW), document };
}

const cases = siteAdapters.flatMap((adapter) => {
  const dir = join(FIXTURES, adapter.id);
  const names = existsSync(dir) ? readdirSync(dir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name) : [];
  return names.sort().map((name) => [adapter.id, name] as const);
});

describe('site adapter fixtures', () => {
  it.each(siteAdapters.map((a) => [a.id]))('%s has saved-page fixtures', (id) => {
    expect(cases.filter(([adapterId]) => adapterId === id).length).toBeGreaterThanOrEqual(4);
  });

  it('every fixture folder belongs to a registered adapter', () => {
    const folders = readdirSync(FIXTURES, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);
    expect(folders.sort()).toEqual(siteAdapters.map((a) => a.id).sort());
  });

  it.each(cases)('%s / %s extracts the expected observation and health', (adapterId, name) => {
    const { html, expected } = readCase(adapterId, name);
    const adapter = adapterById(adapterId);
    expect(adapter.detect(new URL(expected.url), EXAMPLE_SITE_CONFIG)).toBe(true);

    const { result } = run(adapterId, html, expected.url);
    const { observedAt, ...observation } = result.observation;
    expect(observedAt).toBe(NOW);
    expect(observation).toEqual(expected.observation);
    expect(result.health.found).toEqual([...expected.health.found].sort());
    const missing = result.health.expected.filter((field) => !result.health.found.includes(field)).sort();
    expect(missing).toEqual([...expected.health.missing].sort());

    expect(CandidateObservationSchema.safeParse(result.observation).success).toBe(true);
    expect(AdapterHealthSchema.safeParse(result.health).success).toBe(true);
    expect(result.health).toMatchObject({ adapterId: adapter.id, adapterLabel: adapter.label });
    // Problems name fields only; page text never appears in them.
    for (const problem of result.health.problems) {
      if (!FIXED_PROBLEMS.includes(problem)) expect(problem).toMatch(/^[a-zA-Z]+( not found|: read failed|: invalid value dropped)$/);
    }
  });
});

describe('hostile pages', () => {
  const { html, expected } = readCase('linkedin', 'hostile');
  let parsed: { result: SiteExtraction; document: Document } | undefined;
  // The first check runs extract; the others read its result.
  const hostile = () => (parsed ??= run('linkedin', html, expected.url));
  const obs = () => hostile().result.observation;

  const checks: Array<[string, () => void]> = [
    ['extract does not throw', () => expect(hostile).not.toThrow()],
    ['markup in the name stays literal text', () => expect(obs().names[0]).toContain('<script>alert("pwned")</script>Mallory')],
    ['no page script ran while parsing', () => {
      expect(obs().names.join(' ')).not.toContain('EXECUTED');
      expect(hostile().document.title).not.toContain('EXECUTED');
      expect(hostile().document.body.getAttribute('data-pwned')).toBeNull();
    }],
    ['script text inside the name element is not read as text', () => expect(obs().names[0]).not.toContain('document.title')],
    ['bidi overrides and zero-width spaces are dropped, emoji kept', () => expect(obs().names[0]).toMatch(/Mallory gnp\.exe Zerowidth 👩🏽‍💻$/)],
    ['control characters are removed', () => expect(JSON.stringify(obs())).not.toMatch(/\\u000[0-9a-f]/)],
    ['an overlong field is clamped without a half surrogate', () => {
      expect(obs().headline).toHaveLength(MAX_FIELD_LENGTH - 1);
      expect(obs().headline?.endsWith('x')).toBe(true);
    }],
    ['a javascript: photo URL is refused', () => expect(obs().photoUrl).toBeUndefined()],
    ['150 skills are capped at the list limit', () => expect(obs().skills).toHaveLength(MAX_LIST_LENGTH)],
    ['unparseable dates are left out, not guessed', () => expect(obs().employment[0]).toEqual({ title: 'Senior Engineer', organisation: 'Evil Corp' })],
  ];
  it.each(checks)('%s', (_label, check) => check());

  // 10 MB of text in one field, injected at test time (a 10 MB file does not belong in the repository).
  const TEN_MB = 'y'.repeat(10 * 1024 * 1024);
  const longFields: Array<{ adapter: string; fixture: string; find: string; replace: string; read: (o: CandidateObservation) => string | undefined }> = [
    { adapter: 'linkedin', fixture: 'hostile', find: 'HOSTILE_LONG_FIELD', replace: TEN_MB, read: (o) => o.headline },
    { adapter: 'greenhouse', fixture: 'full', find: '>Morgan Reyes</h1>', replace: `>${TEN_MB}</h1>`, read: (o) => o.names[0] },
    { adapter: 'github', fixture: 'full-recent', find: '<div>Senior backend engineer. Go, Rust, distributed systems.</div>', replace: `<div>${TEN_MB}</div>`, read: (o) => o.headline },
    { adapter: 'calendly', fixture: 'full', find: 'data-component="invitee-name">Casey Morgan<', replace: `data-component="invitee-name">${TEN_MB}<`, read: (o) => o.names[0] },
    { adapter: 'google-calendar', fixture: 'full', find: '<span>Jordan Ellis</span>', replace: `<span>${TEN_MB}</span>`, read: (o) => o.names[0] },
    { adapter: 'ashby', fixture: 'full', find: 'data-testid="candidate-name">Tomás Ferreira</h2>', replace: `data-testid="candidate-name">${TEN_MB}</h2>`, read: (o) => o.names[0] },
    { adapter: 'indeed', fixture: 'full', find: '<h3>Warehouse Supervisor</h3>', replace: `<h3>${TEN_MB}</h3>`, read: (o) => o.employment[0]?.title },
    { adapter: 'lever', fixture: 'full', find: '>Priya Natarajan</h2>', replace: `>${TEN_MB}</h2>`, read: (o) => o.names[0] },
    { adapter: 'wellfound', fixture: 'full', find: '>ML engineer building retrieval and ranking systems</p>', replace: `>${TEN_MB}</p>`, read: (o) => o.headline },
    { adapter: 'workday', fixture: 'full', find: '>Seattle, WA</div>', replace: `>${TEN_MB}</div>`, read: (o) => o.location?.raw },
  ];
  it.each(longFields)('$adapter / $fixture: a 10 MB field is clamped and extract does not throw', ({ adapter, fixture, find, replace, read }) => {
    const page = readCase(adapter, fixture);
    expect(page.html).toContain(find);
    const { result: big } = run(adapter, page.html.replace(find, replace), page.expected.url);
    expect(read(big.observation)).toBe('y'.repeat(MAX_FIELD_LENGTH));
    expect(CandidateObservationSchema.safeParse(big.observation).success).toBe(true);
  });

  // Hostile cases built on one pattern (the same hostile name, bidi tricks, scripts and bad links) are
  // held to the same rules. An adapter joins by giving its `hostile` case that pattern.
  const hostileCases = ['ashby', 'calendly', 'google-calendar', 'indeed', 'lever', 'linkedin', 'wellfound', 'workday'].map((adapterId) => [adapterId] as const);
  const everyString = (value: unknown): string[] =>
    typeof value === 'string' ? [value] : value && typeof value === 'object' ? Object.values(value).flatMap(everyString) : [];
  const rules: Array<[string, (result: SiteExtraction, document: Document) => void]> = [
    ['markup in the name stays literal text', (r) => expect(r.observation.names[0]).toContain('<script>alert("pwned")</script>Mallory')],
    ['script text inside the name element is not read', (r) => expect(r.observation.names.join(' ')).not.toContain('EXECUTED')],
    ['no page script ran while parsing', (_r, d) => {
      expect(d.title).not.toContain('EXECUTED');
      expect(d.body.getAttribute('data-pwned')).toBeNull();
    }],
    ['no bidi override, isolate or zero-width space survives', (r) => {
      for (const text of everyString(r.observation)) expect(text).not.toMatch(/[\u202a-\u202e\u2066-\u2069\u200b\u2060\ufeff]/);
    }],
    ['no control character survives', (r) => {
      for (const text of everyString(r.observation)) expect(text).not.toMatch(/[\u0000-\u001f\u007f-\u009f]/);
    }],
    ['every field is within the cap', (r) => {
      for (const text of everyString(r.observation)) expect(text.length).toBeLessThanOrEqual(MAX_FIELD_LENGTH);
    }],
    ['links and photos are web addresses only', (r) => {
      for (const link of r.observation.links) expect(link.url).toMatch(/^https?:\/\//);
      if (r.observation.photoUrl !== undefined) expect(r.observation.photoUrl).toMatch(/^https?:\/\//);
    }],
  ];
  describe.each(hostileCases)('%s / hostile', (adapterId) => {
    let parsed: { result: SiteExtraction; document: Document } | undefined;
    const hostile = () => {
      const { html, expected } = readCase(adapterId, 'hostile');
      return (parsed ??= run(adapterId, html, expected.url));
    };
    it.each(rules)('%s', (_label, rule) => rule(hostile().result, hostile().document));
  });

  it.each(siteAdapters.map((a) => [a.id, a]))('%s: extract never throws on an empty or junk page', (_id, adapter) => {
    const url = new URL(adapter.exampleUrls[0] ?? 'https://example.com/');
    for (const junk of ['', '<html><body><main><h1></h1></main></body></html>', '<<<>>>\u0000<h1 id="experience"><section>']) {
      const result = adapter.extract(parsePage(junk, url.href), url, NOW);
      expect(CandidateObservationSchema.safeParse(result.observation).success).toBe(true);
      expect(result.observation.names).toEqual([]);
    }
  });
});

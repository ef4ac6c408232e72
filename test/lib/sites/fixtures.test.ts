import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
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

const FIXTURES = fileURLToPath(new URL('../../fixtures/sites/', import.meta.url));
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
    expect(adapter.detect(new URL(expected.url))).toBe(true);

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
    for (const problem of result.health.problems) expect(problem).toMatch(/^[a-zA-Z]+( not found|: read failed|: invalid value dropped)$/);
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
  ];
  it.each(longFields)('$adapter / $fixture: a 10 MB field is clamped and extract does not throw', ({ adapter, fixture, find, replace, read }) => {
    const page = readCase(adapter, fixture);
    expect(page.html).toContain(find);
    const { result: big } = run(adapter, page.html.replace(find, replace), page.expected.url);
    expect(read(big.observation)).toBe('y'.repeat(MAX_FIELD_LENGTH));
    expect(CandidateObservationSchema.safeParse(big.observation).success).toBe(true);
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

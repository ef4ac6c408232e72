import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { MatchPattern } from 'wxt/utils/match-patterns';
import { findSiteAdapter, siteAdapters } from '../../../lib/sites';
import { EXAMPLE_SITE_CONFIG } from './example-site-config';

const claims = siteAdapters.flatMap((adapter) => adapter.exampleUrls.map((url) => [adapter.id, url] as const));
const refusals = siteAdapters.flatMap((adapter) => adapter.counterExampleUrls.map((url) => [adapter.id, url] as const));
const foreign = siteAdapters.flatMap((adapter) =>
  siteAdapters.filter((other) => other !== adapter).flatMap((other) => other.exampleUrls.map((url) => [adapter.id, url] as const)),
);

function adapterById(id: string) {
  const adapter = siteAdapters.find((a) => a.id === id);
  if (!adapter) throw new Error(`no adapter ${id}`);
  return adapter;
}

describe('site adapter URL matrix', () => {
  it.each(claims)('%s claims %s', (id, url) => {
    expect(adapterById(id).detect(new URL(url), EXAMPLE_SITE_CONFIG)).toBe(true);
    expect(findSiteAdapter(new URL(url), siteAdapters, EXAMPLE_SITE_CONFIG)?.id).toBe(id);
  });

  it.each(claims)('%s: a match pattern lets the content script run on %s', (id, url) => {
    // Strings only: MatchPattern checks `instanceof Location` for non-string input, which Node lacks.
    expect(adapterById(id).matches.some((pattern) => new MatchPattern(pattern).includes(url))).toBe(true);
  });

  it.each(refusals)('%s does not claim %s', (id, url) => {
    expect(adapterById(id).detect(new URL(url), EXAMPLE_SITE_CONFIG)).toBe(false);
  });

  it.each(foreign)('%s does not claim another adapter\'s example %s', (id, url) => {
    expect(adapterById(id).detect(new URL(url), EXAMPLE_SITE_CONFIG)).toBe(false);
  });

  it('the registry is alphabetical, ids are unique kebab-case and equal their file names', () => {
    const ids = siteAdapters.map((a) => a.id);
    expect(ids).toEqual([...ids].sort());
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) {
      expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(existsSync(fileURLToPath(new URL(`../../../lib/sites/${id}.ts`, import.meta.url)))).toBe(true);
    }
  });

  it.each(siteAdapters.map((a) => [a.id, a]))('%s has examples and counter-examples', (_id, adapter) => {
    expect(adapter.exampleUrls.length).toBeGreaterThan(0);
    expect(adapter.counterExampleUrls.length).toBeGreaterThan(0);
    expect(adapter.matches.length).toBeGreaterThan(0);
  });

  it.each([
    ['https://example.com/in/rileymarchetti/'],
    ['not a page'],
    ['https://www.linkedin.com.evil.example/in/x/'],
    ['https://hire.lever.co.evil.example/candidates/5d3c6a0e-8b1f-4c2a-9e47-1f2b3c4d5e6f'],
    ['https://evil.example/candidates/5d3c6a0e-8b1f-4c2a-9e47-1f2b3c4d5e6f'],
    ['https://app.ashbyhq.com.evil.example/candidates/2f6a1c3e-9b7d-4e8a-a5c4-3d2e1f0a9b8c'],
    ['https://wd5.myworkday.com.evil.example/northwind/d/inst/1$0/0$48213.htmld'],
    ['https://evilmyworkday.com/northwind/d/inst/1$0/0$48213.htmld'],
    ['https://employers.indeed.com.evil.example/candidates/view?id=f1150b7c2a9d'],
    ['https://evil.example/u/rhea-kapoor-ml'],
    ['https://wellfound.com.evil.example/u/rhea-kapoor-ml'],
    ['https://calendly.com.evil.example/app/scheduled_events/user/me'],
    ['https://evil.example/app/scheduled_events/user/me'],
    ['https://calendar.google.com.evil.example/calendar/u/0/r/week/2026/7/15'],
    ['https://evil.example/calendar/u/0/r/eventedit/NzNrcm0yazk1NzRqczBkbm5pbXUxZGttcGIgdGF5bG9yQG0'],
  ])(
    'no adapter claims %s',
    (raw) => {
      const url = URL.canParse(raw) ? new URL(raw) : undefined;
      expect(url ? findSiteAdapter(url, siteAdapters, EXAMPLE_SITE_CONFIG) : undefined).toBeUndefined();
    },
  );
});

import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { MatchPattern } from 'wxt/utils/match-patterns';
import { findSiteAdapter, siteAdapters } from '../../../../lib/sites';
import { findMeetingAdapter, meetingAdapters } from '../../../../lib/sites/meetings';
import { adapterById } from './fixture-cases';

const claims = meetingAdapters.flatMap((adapter) => adapter.exampleUrls.map((url) => [adapter.id, url] as const));
const refusals = meetingAdapters.flatMap((adapter) => adapter.counterExampleUrls.map((url) => [adapter.id, url] as const));
const foreign = meetingAdapters.flatMap((adapter) =>
  meetingAdapters.filter((other) => other !== adapter).flatMap((other) => other.exampleUrls.map((url) => [adapter.id, url] as const)),
);

describe('meeting adapter URL matrix', () => {
  it.each(claims)('%s claims %s', (id, url) => {
    expect(adapterById(id).isMeetingUrl(new URL(url))).toBe(true);
    expect(findMeetingAdapter(new URL(url))?.id).toBe(id);
  });

  it.each(claims)('%s: a match pattern lets the content script run on %s', (id, url) => {
    // Strings only: MatchPattern checks `instanceof Location` for non-string input, which Node lacks.
    expect(adapterById(id).matches.some((pattern) => new MatchPattern(pattern).includes(url))).toBe(true);
  });

  it.each(refusals)('%s does not claim %s', (id, url) => {
    expect(adapterById(id).isMeetingUrl(new URL(url))).toBe(false);
  });

  it.each(foreign)("%s does not claim another adapter's example %s", (id, url) => {
    expect(adapterById(id).isMeetingUrl(new URL(url))).toBe(false);
  });

  it.each(claims)('%s: no job-site adapter claims the meeting %s', (_id, url) => {
    expect(findSiteAdapter(new URL(url))).toBeUndefined();
  });

  it.each(siteAdapters.flatMap((a) => a.exampleUrls.map((url) => [a.id, url] as const)))(
    'no meeting adapter claims the %s page %s',
    (_id, url) => expect(findMeetingAdapter(new URL(url))).toBeUndefined(),
  );

  it('the registry is alphabetical, ids are unique kebab-case and equal their file names', () => {
    const ids = meetingAdapters.map((a) => a.id);
    expect(ids).toEqual([...ids].sort());
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) {
      expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(existsSync(fileURLToPath(new URL(`../../../../lib/sites/meetings/${id}.ts`, import.meta.url)))).toBe(true);
    }
  });

  it.each(meetingAdapters.map((a) => [a.id, a]))('%s has examples, counter-examples and watched attributes', (_id, adapter) => {
    expect(adapter.exampleUrls.length).toBeGreaterThan(0);
    expect(adapter.counterExampleUrls.length).toBeGreaterThan(0);
    expect(adapter.matches.length).toBeGreaterThan(0);
    expect(adapter.watchedAttributes.length).toBeGreaterThan(0);
  });

  it.each([['https://example.com/abc-defg-hij'], ['https://meet.jit.si.evil.example/Room'], ['https://evilzoom.us/wc/84512937760/join']])(
    'no adapter claims %s',
    (raw) => expect(findMeetingAdapter(new URL(raw))).toBeUndefined(),
  );

  it('an adapter that throws on a URL is skipped, not fatal', () => {
    const [first] = meetingAdapters;
    if (!first) throw new Error('no adapters');
    const broken = { ...first, isMeetingUrl: () => { throw new Error('surprise'); } };
    expect(findMeetingAdapter(new URL(first.exampleUrls[0] ?? ''), [broken])).toBeUndefined();
  });
});

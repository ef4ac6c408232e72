import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findTechnology, technologies, technologyKey, TechnologyTableSchema } from '../../../../lib/signals/data/technology-releases';

const FILE = new URL('../../../../lib/signals/data/technology-releases.json', import.meta.url);
const text = readFileSync(FILE, 'utf8');

describe('technology-releases.json', () => {
  const parsed = TechnologyTableSchema.safeParse(JSON.parse(text));

  it('parses with the schema', () => {
    expect(parsed.success ? 'ok' : parsed.error.issues).toBe('ok');
  });

  it('is canonical: two-space JSON, entries sorted by name, aliases sorted', () => {
    expect(text).toBe(`${JSON.stringify(JSON.parse(text), null, 2)}\n`);
    const names = technologies.map((t) => t.name.toLowerCase());
    expect(names).toEqual([...names].sort());
    for (const t of technologies) expect(t.aliases.map((a) => a.toLowerCase())).toEqual(t.aliases.map((a) => a.toLowerCase()).sort());
  });

  it('holds a useful number of technologies, each with a cited https source', () => {
    expect(technologies.length).toBeGreaterThanOrEqual(80);
    for (const t of technologies) expect(t.source).toMatch(/^https:\/\/(en\.wikipedia\.org\/wiki\/|[a-z0-9.-]+\/)/);
  });

  it('gives every alias to one technology only, once (as compared)', () => {
    const keys = technologies.flatMap((t) => t.aliases.map(technologyKey));
    expect(keys.filter((k, i) => keys.indexOf(k) !== i)).toEqual([]);
    expect(new Set(technologies.map((t) => t.name)).size).toBe(technologies.length);
  });

  it('has no release dates in the future of the file', () => {
    for (const t of technologies) expect(t.released <= '2026-12').toBe(true);
  });
});

describe('technologyKey', () => {
  it.each([
    ['React.js', 'reactjs'],
    ['ReactJS', 'reactjs'],
    ['react js', 'reactjs'],
    ['.NET', '.net'],
    ['ASP.NET Core', 'aspnetcore'],
    ['GPT-4', 'gpt4'],
    ['C#', 'c#'],
  ])('%s -> %s', (raw, expected) => {
    expect(technologyKey(raw)).toBe(expected);
  });
});

describe('findTechnology', () => {
  const cases: Array<[string, 'start' | 'end', string | undefined]> = [
    ['Kubernetes', 'start', 'Kubernetes'],
    ['k8s', 'start', 'Kubernetes'],
    ['Golang', 'start', 'Go'],
    ['ReactJS', 'start', 'React'],
    ['React.js', 'start', 'React'],
    ['React Native development', 'start', 'React Native'],
    ['Kubernetes administration', 'start', 'Kubernetes'],
    ['Go backend development', 'start', 'Go'],
    ['Angular 2+', 'start', 'Angular (AngularJS)'],
    ['Python 3.x', 'start', 'Python'],
    ['AWS cloud', 'start', 'Amazon Web Services'],
    ['AWS Lambda', 'start', 'AWS Lambda'],
    ['.NET', 'start', '.NET Framework'],
    ['.NET Core', 'start', '.NET Core'],
    ['Google Cloud Platform', 'start', 'Google Cloud Platform'],
    ['SWIFT messaging', 'start', undefined],
    ['electron microscopy', 'start', undefined],
    ['Crystal Reports', 'start', undefined],
    ['Crystal language', 'start', 'Crystal'],
    ['carbon accounting', 'start', undefined],
    ['Lambda functions', 'start', undefined],
    ['at Google', 'start', undefined],
    ['software', 'start', undefined],
    ['used Kubernetes', 'end', 'Kubernetes'],
    ['Cloud platforms - AWS', 'end', 'Amazon Web Services'],
    ['Kubernetes clusters', 'end', undefined],
    ['', 'start', undefined],
  ];
  it.each(cases)('%s (%s) -> %s', (subject, anchor, expected) => {
    expect(findTechnology(subject, anchor)?.name).toBe(expected);
  });
});

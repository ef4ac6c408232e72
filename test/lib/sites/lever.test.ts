import { describe, expect, it } from 'vitest';
import lever from '../../../lib/sites/lever';
import { parsePage } from './parse-page';

const URL_ = 'https://hire.lever.co/candidates/5d3c6a0e-8b1f-4c2a-9e47-1f2b3c4d5e6f';

// The fixtures cover the hooks; these are the tab-title fallback's edges (no hooks on the page).
describe('lever: the name from the tab title', () => {
  const cases: Array<[string, string | undefined]> = [
    ['Jamal Okoye – Lever Hire', 'Jamal Okoye'],
    ['Jamal Okoye – Northwind Logistics', 'Jamal Okoye'],
    ['Candidates – Lever Hire', undefined],
    ['Lever Hire', undefined],
    ['Jamal Okoye - Lever Hire', undefined],
    ['', undefined],
  ];
  it.each(cases)('%j -> %j', (title, name) => {
    const document = parsePage(`<html><head><title>${title}</title></head><body><main></main></body></html>`, URL_);
    expect(lever.extract(document, new URL(URL_), 0).observation.names[0]).toBe(name);
  });
});

import { describe, expect, it } from 'vitest';
import { jsonLdNodes, jsonLdPerson, type JsonLdPerson } from '../../../lib/sites/json-ld';
import { parsePage } from './parse-page';
import { MAX_SUMMARY_LENGTH } from '../../../lib/candidate/observation';

const ld = (json: string) => `<script type="application/ld+json">${json}</script>`;
const page = (head: string) => parsePage(`<html><head>${head}</head><body></body></html>`, 'https://example.com/');
const none = { worksFor: [], alumniOf: [], links: [], emails: [], telephones: [] };

describe('jsonLdPerson', () => {
  const cases: Array<[string, string, JsonLdPerson | undefined]> = [
    ['a plain Person', ld('{"@type":"Person","name":"Ada Byron","jobTitle":"Analyst"}'), { ...none, name: 'Ada Byron', jobTitle: 'Analyst' }],
    ['a Person in @graph, after other nodes', ld('{"@graph":[{"@type":"WebSite","name":"Site"},{"@type":"Person","name":"Ada"}]}'), { ...none, name: 'Ada' }],
    ['a ProfilePage’s mainEntity', ld('{"@type":"ProfilePage","mainEntity":{"@type":"Person","name":"Ada"}}'), { ...none, name: 'Ada' }],
    ['an array of types', ld('[{"@type":["Thing","Person"],"name":"Ada"}]'), { ...none, name: 'Ada' }],
    ['places, employers, schools, links, contacts', ld(JSON.stringify({
      '@type': 'Person', name: 'Ada', image: { url: 'https://img.example/a.jpg' }, url: 'https://site.example/ada',
      worksFor: [{ name: 'Analytical Engines' }, 'Babbage & Co'], alumniOf: { name: 'Home tutoring' },
      homeLocation: { address: { addressLocality: 'London', addressCountry: { name: 'United Kingdom' } } },
      sameAs: 'https://github.com/ada', email: 'mailto:ada@example.com', telephone: ['+44 20 7946 0000'],
    })), {
      name: 'Ada', image: 'https://img.example/a.jpg', worksFor: ['Analytical Engines', 'Babbage & Co'], alumniOf: ['Home tutoring'],
      location: 'London, United Kingdom', links: ['https://github.com/ada', 'https://site.example/ada'],
      emails: ['ada@example.com'], telephones: ['+44 20 7946 0000'],
    }],
    ['a description is the summary, longer than other fields may be', ld(JSON.stringify({ '@type': 'Person', name: 'Ada', description: `Engines. ${'word '.repeat(600)}` })),
      { ...none, name: 'Ada', description: `Engines. ${'word '.repeat(600)}`.trim() }],
    ['a description beyond the summary clamp is cut', ld(JSON.stringify({ '@type': 'Person', name: 'Ada', description: 'x'.repeat(5000) })),
      { ...none, name: 'Ada', description: 'x'.repeat(MAX_SUMMARY_LENGTH) }],
    ['a field of the wrong type is dropped alone', ld('{"@type":"Person","name":42,"jobTitle":"Analyst","homeLocation":7,"sameAs":[1,2]}'), { ...none, jobTitle: 'Analyst' }],
    ['text is cleaned like page text', ld('{"@type":"Person","name":"\\u202egnp.exe\\u200b Ada \\u0007"}'), { ...none, name: 'gnp.exe Ada' }],
    ['no Person', ld('{"@type":"Organization","name":"Northwind"}'), undefined],
    ['not JSON', ld('{ "@type": "Person", '), undefined],
    ['a script over the size cap is not parsed', ld(`{"@type":"Person","name":"Ada","pad":"${'x'.repeat(250_000)}"}`), undefined],
    ['a Person without @type', ld('{"name":"Ada"}'), undefined],
    ['no JSON-LD at all', '<script>window.person = {"@type":"Person","name":"Ada"}</script>', undefined],
  ];
  it.each(cases)('%s', (_label, head, expected) => expect(jsonLdPerson(page(head))).toEqual(expected));
});

describe('jsonLdNodes', () => {
  it('stops at a bounded number of nodes', () => {
    const many = JSON.stringify(Array.from({ length: 500 }, (_, i) => ({ '@type': 'Thing', n: i })));
    expect(jsonLdNodes(page(ld(many)))).toHaveLength(50);
  });
});

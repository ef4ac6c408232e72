import { describe, expect, it } from 'vitest';
import { countListHits, type HitAssessment } from '../../../lib/options/list-hits';

const lists = [
  { id: 'acme', title: 'ACME fraud' },
  { id: 'vpn', title: 'VPN exits' },
  { id: 'twin-a', title: 'Shared title' },
  { id: 'twin-b', title: 'Shared title' },
];

type Data = Record<string, string | number>;
const hit = (data: Data[], falsePositive = false) => ({ status: 'hit', falsePositive, evidence: data.map((d) => ({ data: d })) });
const assessment = (candidateId: string, ...results: HitAssessment['results']): HitAssessment => ({ candidateId, results });
const counts = (result: Map<string, { candidates: number; falsePositives: number }>) =>
  Object.fromEntries([...result].filter(([, h]) => h.candidates > 0).map(([id, h]) => [id, h.falsePositives > 0 ? `${h.candidates} (${h.falsePositives} fp)` : h.candidates]));

describe('countListHits', () => {
  it.each([
    { name: 'no assessments', assessments: [], expected: {} },
    { name: 'a hit naming the list by id', assessments: [assessment('c1', hit([{ listId: 'acme' }]))], expected: { acme: 1 } },
    {
      name: 'several pieces of evidence for one list count the candidate once',
      assessments: [assessment('c1', hit([{ listId: 'acme' }, { listId: 'acme' }]), hit([{ listId: 'acme' }]))],
      expected: { acme: 1 },
    },
    {
      name: 'distinct candidates add up',
      assessments: [assessment('c1', hit([{ listId: 'acme' }])), assessment('c2', hit([{ listId: 'acme' }, { listId: 'vpn' }]))],
      expected: { acme: 2, vpn: 1 },
    },
    { name: 'the same candidate twice counts once', assessments: [assessment('c1', hit([{ listId: 'acme' }])), assessment('c1', hit([{ listId: 'acme' }]))], expected: { acme: 1 } },
    { name: 'older evidence with only the title', assessments: [assessment('c1', hit([{ listTitle: 'ACME fraud' }]))], expected: { acme: 1 } },
    { name: 'an id wins over a title naming another list', assessments: [assessment('c1', hit([{ listId: 'vpn', listTitle: 'ACME fraud' }]))], expected: { vpn: 1 } },
    { name: 'a title two lists share counts for both', assessments: [assessment('c1', hit([{ listTitle: 'Shared title' }]))], expected: { 'twin-a': 1, 'twin-b': 1 } },
    { name: 'an unknown title or id counts for nothing', assessments: [assessment('c1', hit([{ listTitle: 'Gone' }, { listId: 'deleted' }]))], expected: {} },
    { name: 'evidence without a list ("3 more matches")', assessments: [assessment('c1', hit([{ count: 3 }]))], expected: {} },
    { name: 'a miss or skip is not a hit', assessments: [assessment('c1', { status: 'miss', falsePositive: false, evidence: [{ data: { listId: 'acme' } }] })], expected: {} },
    { name: 'a hit marked false positive is counted as such', assessments: [assessment('c1', hit([{ listId: 'acme' }], true))], expected: { acme: '1 (1 fp)' } },
    {
      name: 'a false positive in one signal and a counting hit in another: not a false positive',
      assessments: [assessment('c1', hit([{ listId: 'acme' }], true), hit([{ listId: 'acme' }]))],
      expected: { acme: 1 },
    },
    { name: 'a numeric listId is not an id', assessments: [assessment('c1', hit([{ listId: 7 }]))], expected: {} },
  ])('$name', ({ assessments, expected }) => {
    expect(counts(countListHits(assessments, lists))).toEqual(expected);
  });

  it('reports every stored list, with zero when nothing hit it', () => {
    expect([...countListHits([], lists).keys()]).toEqual(['acme', 'vpn', 'twin-a', 'twin-b']);
  });
});

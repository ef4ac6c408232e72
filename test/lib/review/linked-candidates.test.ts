import { describe, expect, it } from 'vitest';
import type { IdentityKeyRecord } from '../../../lib/db/records';
import { caseGraph, linkedCandidates } from '../../../lib/review/linked-candidates';

const row = (key: string, ids: string[]): IdentityKeyRecord => ({
  key,
  candidateIds: ids,
  holders: ids.map((candidateId) => ({ candidateId, source: 'greenhouse', pageUrl: `https://app.greenhouse.io/people/${candidateId}`, seenAt: 1 })),
});

const rows = [
  row('phone:+14155550134', ['me', 'b', 'c']),
  row('email:me@example.com', ['me', 'b']),
  row('github:https://github.com/me', ['me']),
  // Not one of mine (b and c share it): a link between two others, drawn only when both are drawn.
  row('email:bc@example.com', ['b', 'c']),
];
const names = new Map([
  ['b', { displayName: 'Bo', band: 'high' as const }],
  ['c', { displayName: 'Cy' }],
]);

describe('linkedCandidates', () => {
  it.each([
    {
      name: 'most shared keys first, each with the keys shared',
      rows,
      expected: [
        { candidateId: 'b', displayName: 'Bo', band: 'high', sharedKeys: ['email:me@example.com', 'phone:+14155550134'] },
        { candidateId: 'c', displayName: 'Cy', sharedKeys: ['phone:+14155550134'] },
      ],
    },
    { name: 'keys nobody else holds link nobody', rows: [rows[2]!], expected: [] },
    {
      name: 'a holder whose record is gone is still listed',
      rows: [row('phone:+1', ['me', 'gone'])],
      expected: [{ candidateId: 'gone', displayName: 'Record no longer stored', sharedKeys: ['phone:+1'] }],
    },
    { name: 'rows not held by the candidate are ignored', rows: [rows[3]!], expected: [] },
  ])('$name', ({ rows: input, expected }) => {
    expect(linkedCandidates('me', input, names)).toEqual(expected);
  });
});

describe('caseGraph', () => {
  const self = { candidateId: 'me', displayName: 'Me' };
  const linked = linkedCandidates('me', rows, names);

  it('puts the candidate in the middle and the others on a circle, one labelled edge per pair sharing keys', () => {
    const graph = caseGraph({ self, linked, rows, width: 400, height: 300, maxNodes: 10 });
    expect(graph.nodes.map((n) => [n.candidateId, n.self, n.x, n.y])).toEqual([
      ['me', true, 200, 150],
      ['b', false, 200, 40],
      ['c', false, 200, 260],
    ]);
    expect(graph.edges).toEqual([
      { from: 'b', to: 'c', keys: ['email:bc@example.com', 'phone:+14155550134'], label: 'E-mail, Phone' },
      { from: 'b', to: 'me', keys: ['email:me@example.com', 'phone:+14155550134'], label: 'E-mail, Phone' },
      { from: 'c', to: 'me', keys: ['phone:+14155550134'], label: 'Phone' },
    ]);
    expect(graph.omitted).toBe(0);
  });

  it('draws at most maxNodes and counts the rest', () => {
    const graph = caseGraph({ self, linked, rows, width: 400, height: 300, maxNodes: 2 });
    expect(graph.nodes.map((n) => n.candidateId)).toEqual(['me', 'b']);
    expect(graph.edges.map((e) => `${e.from}-${e.to}`)).toEqual(['b-me']);
    expect(graph.omitted).toBe(1);
  });
});

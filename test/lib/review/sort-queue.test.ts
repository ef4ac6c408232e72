import { describe, expect, it } from 'vitest';
import { sortQueue, type QueueSort } from '../../../lib/review/sort-queue';
import { makeRow } from './queue-rows';

const rows = [
  makeRow({ candidateId: 'a', displayName: 'Émile Zola', score: 40, lastSeenAt: 300, decision: 'cleared' }),
  makeRow({ candidateId: 'b', displayName: 'anna Berg', score: 80, lastSeenAt: 100, decision: 'undecided' }),
  makeRow({ candidateId: 'c', displayName: 'Chris Doe', score: undefined, band: undefined, lastSeenAt: 200, decision: 'escalated' }),
  makeRow({ candidateId: 'd', displayName: 'Dana Fox', score: 80, lastSeenAt: 400, decision: 'needs-verification' }),
  makeRow({ candidateId: 'e', displayName: 'Applicant 10', score: 80, lastSeenAt: 400, decision: 'rejected' }),
  makeRow({ candidateId: 'f', displayName: 'Applicant 9', score: 10, lastSeenAt: 50, decision: 'undecided' }),
];

const cases: Array<[string, QueueSort, string[]]> = [
  // Equal scores: most recently seen first, then the id, so the order is total.
  ['score, high first', { key: 'score', direction: 'desc' }, ['d', 'e', 'b', 'a', 'f', 'c']],
  ['score, low first (not assessed lowest)', { key: 'score', direction: 'asc' }, ['c', 'f', 'a', 'd', 'e', 'b']],
  ['last seen, newest first', { key: 'last-seen', direction: 'desc' }, ['d', 'e', 'a', 'c', 'b', 'f']],
  ['last seen, oldest first', { key: 'last-seen', direction: 'asc' }, ['f', 'b', 'c', 'a', 'd', 'e']],
  // Case and accents ignored, numbers in names in numeric order.
  ['name, A to Z', { key: 'name', direction: 'asc' }, ['b', 'f', 'e', 'c', 'd', 'a']],
  ['name, Z to A', { key: 'name', direction: 'desc' }, ['a', 'd', 'c', 'e', 'f', 'b']],
  // Open work first: undecided, needs verification, escalated, rejected, cleared.
  ['decision, open first', { key: 'decision', direction: 'asc' }, ['b', 'f', 'd', 'c', 'e', 'a']],
];

describe('sortQueue', () => {
  it.each(cases)('%s', (_name, sort, ids) => {
    expect(sortQueue(rows, sort).map((r) => r.candidateId)).toEqual(ids);
  });

  it('rows whose score is still being read rank at the bottom of their band', () => {
    const pending = [
      makeRow({ candidateId: 'p-high', score: undefined, band: 'high', pending: true }),
      makeRow({ candidateId: 'p-low', score: undefined, band: 'low', pending: true }),
      makeRow({ candidateId: 'elevated-59', score: 59, band: 'elevated' }),
      makeRow({ candidateId: 'high-60', score: 60, band: 'high' }),
      makeRow({ candidateId: 'never', score: undefined, band: undefined }),
      makeRow({ candidateId: 'low-0', score: 0, band: 'low' }),
    ];
    expect(sortQueue(pending, { key: 'score', direction: 'desc' }).map((r) => r.candidateId)).toEqual(['high-60', 'p-high', 'elevated-59', 'low-0', 'p-low', 'never']);
  });

  it('returns a copy and leaves the input as it was', () => {
    const before = rows.map((r) => r.candidateId);
    sortQueue(rows, { key: 'name', direction: 'asc' });
    expect(rows.map((r) => r.candidateId)).toEqual(before);
  });
});

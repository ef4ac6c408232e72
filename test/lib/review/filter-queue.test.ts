import { describe, expect, it } from 'vitest';
import { activeFilterCount, describeQueueFilter, filterQueue, NO_FILTER, type QueueFilter } from '../../../lib/review/filter-queue';
import { makeRow } from './queue-rows';

const rows = [
  makeRow({ candidateId: 'a', names: ['Zoë Müller'], emails: ['zoe.m@example.com'], band: 'high', score: 80, hits: ['reused-phone', 'voip-phone'], sources: ['greenhouse', 'linkedin'], lastSeenAt: 100, flagged: true }),
  makeRow({ candidateId: 'b', names: ['Sam Ortiz', 'Samuel Ortiz'], emails: ['sam@mailinator.com'], band: 'elevated', score: 40, hits: ['disposable-email'], sources: ['lever'], lastSeenAt: 200, flagged: true, decision: 'cleared' }),
  makeRow({ candidateId: 'c', names: ['Kim Lee'], band: 'high', score: 65, hits: ['reused-phone'], sources: ['greenhouse'], lastSeenAt: 300, decision: 'rejected' }),
  makeRow({ candidateId: 'd', names: ['Ana Bell'], band: undefined, score: undefined, hits: [], sources: [], lastSeenAt: 400, flagged: true }),
];
// The quick first view's row: band and score still being read.
const pending = makeRow({ candidateId: 'p', band: undefined, score: undefined, pending: true });

const cases: Array<{ name: string; filter: Partial<QueueFilter>; ids: string[] }> = [
  { name: 'no filter keeps everyone', filter: {}, ids: ['a', 'b', 'c', 'd'] },
  { name: 'band high', filter: { band: 'high' }, ids: ['a', 'c'] },
  { name: 'band elevated', filter: { band: 'elevated' }, ids: ['b'] },
  { name: 'not assessed', filter: { band: 'unassessed' }, ids: ['d'] },
  { name: 'a signal that hit', filter: { signalId: 'reused-phone' }, ids: ['a', 'c'] },
  { name: 'a signal nobody hit', filter: { signalId: 'ip-on-list' }, ids: [] },
  { name: 'seen on a site', filter: { source: 'linkedin' }, ids: ['a'] },
  { name: 'undecided', filter: { decision: 'undecided' }, ids: ['a', 'd'] },
  { name: 'a decision', filter: { decision: 'cleared' }, ids: ['b'] },
  { name: 'flagged by a recruiter', filter: { reason: 'flagged' }, ids: ['a', 'b', 'd'] },
  { name: 'listed for a high score', filter: { reason: 'high-score' }, ids: ['a', 'c'] },
  { name: 'last seen from (inclusive)', filter: { seenFrom: 200 }, ids: ['b', 'c', 'd'] },
  { name: 'last seen before (exclusive)', filter: { seenBefore: 300 }, ids: ['a', 'b'] },
  { name: 'a date range', filter: { seenFrom: 200, seenBefore: 400 }, ids: ['b', 'c'] },
  { name: 'text: part of a name, any case', filter: { text: 'ORT' }, ids: ['b'] },
  { name: 'text: another name of the same person', filter: { text: 'samuel' }, ids: ['b'] },
  { name: 'text: accents do not matter', filter: { text: 'zoe muller' }, ids: ['a'] },
  { name: 'text: an e-mail address', filter: { text: 'mailinator' }, ids: ['b'] },
  { name: 'text: every word must match', filter: { text: 'kim zoe' }, ids: [] },
  { name: 'text: blank is no filter', filter: { text: '   ' }, ids: ['a', 'b', 'c', 'd'] },
  { name: 'filters combine', filter: { band: 'high', signalId: 'reused-phone', decision: 'undecided' }, ids: ['a'] },
];

describe('filterQueue', () => {
  it.each(cases)('$name', ({ filter, ids }) => {
    expect(filterQueue(rows, { ...NO_FILTER, ...filter }).map((r) => r.candidateId)).toEqual(ids);
  });

  it('a row still being read is not "not assessed"', () => {
    expect(filterQueue([pending, rows[3]!], { ...NO_FILTER, band: 'unassessed' }).map((r) => r.candidateId)).toEqual(['d']);
  });

  it.each([
    [{}, 0],
    [{ text: ' x ' }, 1],
    [{ band: 'high', seenFrom: 1, seenBefore: 2 }, 3],
    [{ signalId: 'voip-phone', source: 'lever', decision: 'cleared', reason: 'flagged' }, 4],
  ] as Array<[Partial<QueueFilter>, number]>)('counts active filters in %j as %i', (filter, count) => {
    expect(activeFilterCount({ ...NO_FILTER, ...filter })).toBe(count);
  });
});

describe('describeQueueFilter (for an export\'s audit entry)', () => {
  it.each([
    [{}, 'none'],
    [{ band: 'high', signalId: 'reused-phone' }, 'band=high; signal=reused-phone'],
    [{ source: 'lever', decision: 'undecided', reason: 'flagged' }, 'source=lever; decision=undecided; reason=flagged'],
    [{ seenFrom: new Date(2026, 0, 2).getTime(), seenBefore: new Date(2026, 0, 4).getTime() }, 'seenFrom=2026-01-02; seenUntil=2026-01-03'],
    // The words searched for are often a name: only that there was a search is kept.
    [{ text: 'Jordan Doe' }, 'search=yes'],
  ] as Array<[Partial<QueueFilter>, string]>)('%j -> %s', (filter, text) => {
    expect(describeQueueFilter({ ...NO_FILTER, ...filter })).toBe(text);
  });
});

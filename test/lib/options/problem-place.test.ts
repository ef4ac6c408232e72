import { describe, expect, it } from 'vitest';
import { problemPlace } from '../../../lib/options/problem-place';

describe('problemPlace', () => {
  it.each([
    { problem: { path: '', message: 'm' }, place: '' },
    { problem: { path: 'entries[3].value', message: 'm' }, place: 'entries[3].value' },
    { problem: { path: 'entries[3].value', line: 12, message: 'm' }, place: 'line 12, entries[3].value' },
    { problem: { path: '', line: 1, message: 'm', file: 'a.csv' }, place: 'a.csv, line 1' },
    { problem: { path: 'id', message: 'm', file: 'b.json' }, place: 'b.json, id' },
  ])('$place', ({ problem, place }) => {
    expect(problemPlace(problem)).toBe(place);
  });
});

import { describe, expect, it } from 'vitest';
import { summariseProblems } from '../../../lib/subscriptions/accept-download';
import type { ListProblem } from '../../../lib/lists/result';

/** A refused list's problems as one status line: the first few with where they are, then a count. */

const problem = (path: string, message: string, line?: number): ListProblem => ({ path, message, ...(line === undefined ? {} : { line }) });

const cases: Array<[string, ListProblem[], string]> = [
  ['one problem for the whole document', [problem('', 'expected one JSON object')], 'expected one JSON object'],
  ['path and line', [problem('entries[3].value', 'not an e-mail address', 14)], 'entries[3].value, line 14: not an e-mail address'],
  ['the first three, then how many more', [
    problem('a', '1'), problem('b', '2'), problem('c', '3'), problem('d', '4'), problem('e', '5'),
  ], 'a: 1; b: 2; c: 3 (and 2 more)'],
];

describe('summariseProblems', () => {
  it.each(cases)('%s', (_name, problems, expected) => {
    expect(summariseProblems(problems)).toBe(expected);
  });
});

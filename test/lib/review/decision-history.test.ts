import { describe, expect, it } from 'vitest';
import type { DecisionRecord } from '../../../lib/db/review-records';
import { currentDecision, currentState, decisionHistory } from '../../../lib/review/decision-history';

const d = (id: string, at: number, state: DecisionRecord['state'], supersedes?: string): DecisionRecord => ({
  id,
  candidateId: 'c1',
  at,
  state,
  reason: `reason ${id}`,
  ...(supersedes ? { supersedes } : {}),
});

const cases: Array<{ name: string; rows: DecisionRecord[]; current: string | undefined; state: string; summaries: string[] }> = [
  { name: 'never decided', rows: [], current: undefined, state: 'undecided', summaries: [] },
  { name: 'one decision', rows: [d('1', 10, 'cleared')], current: '1', state: 'cleared', summaries: ['Cleared'] },
  {
    name: 'changed: the latest is current and says what it replaced',
    rows: [d('1', 10, 'needs-verification'), d('2', 20, 'rejected', '1')],
    current: '2',
    state: 'rejected',
    summaries: ['Rejected (was Needs verification)', 'Needs verification'],
  },
  {
    name: 'reversed: nothing is current',
    rows: [d('1', 10, 'cleared'), d('2', 20, 'reversed', '1')],
    current: undefined,
    state: 'undecided',
    summaries: ['Reversed: Cleared', 'Cleared'],
  },
  {
    name: 'decided again after a reversal',
    rows: [d('1', 10, 'cleared'), d('2', 20, 'reversed', '1'), d('3', 30, 'escalated', '2')],
    current: '3',
    state: 'escalated',
    summaries: ['Escalated to security', 'Reversed: Cleared', 'Cleared'],
  },
  {
    name: 'rows in any order are read by time',
    rows: [d('3', 30, 'rejected', '2'), d('1', 10, 'cleared'), d('2', 20, 'needs-verification', '1')],
    current: '3',
    state: 'rejected',
    summaries: ['Rejected (was Needs verification)', 'Needs verification (was Cleared)', 'Cleared'],
  },
  {
    name: 'two rows in one millisecond follow their supersedes chain',
    rows: [d('b', 10, 'rejected', 'z'), d('z', 10, 'cleared')],
    current: 'b',
    state: 'rejected',
    summaries: ['Rejected (was Cleared)', 'Cleared'],
  },
];

describe('decision history', () => {
  it.each(cases)('$name', ({ rows, current, state, summaries }) => {
    expect(currentDecision(rows)?.id).toBe(current);
    expect(currentState(rows)).toBe(state);
    const history = decisionHistory(rows);
    expect(history.map((h) => h.summary)).toEqual(summaries);
    expect(history.filter((h) => h.current).map((h) => h.record.id)).toEqual(current ? [current] : []);
  });
});

import { BAND_THRESHOLDS } from '../risk/band';
import type { QueueDecision } from './decision-history';
import type { QueueRow } from './queue-row';

export type QueueSortKey = 'score' | 'last-seen' | 'name' | 'decision';
export interface QueueSort {
  key: QueueSortKey;
  direction: 'asc' | 'desc';
}

export const DEFAULT_SORT: QueueSort = { key: 'score', direction: 'desc' };

// Work first: what nobody decided yet, then what waits on verification or security, then the closed.
const DECISION_ORDER: Record<QueueDecision, number> = { undecided: 0, 'needs-verification': 1, escalated: 2, rejected: 3, cleared: 4 };

/**
 * A row's place by score. A row whose score is still being read ranks at the bottom of its band, so
 * the first view is already in the right bands; one never assessed ranks below every score.
 */
function scoreRank(row: QueueRow): number {
  if (row.score !== undefined) return row.score;
  if (row.band === undefined) return -1;
  return { low: 0, elevated: BAND_THRESHOLDS.elevated, high: BAND_THRESHOLDS.high }[row.band] - 0.5;
}

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

function compareBy(key: QueueSortKey, a: QueueRow, b: QueueRow): number {
  switch (key) {
    case 'score':
      return scoreRank(a) - scoreRank(b);
    case 'last-seen':
      return a.lastSeenAt - b.lastSeenAt;
    case 'name':
      return collator.compare(a.displayName, b.displayName);
    case 'decision':
      return DECISION_ORDER[a.decision] - DECISION_ORDER[b.decision];
  }
}

/**
 * A sorted copy. Ties fall back to the highest score, then the most recently seen, then the id, in
 * that fixed order whatever the direction, so the order is total and the selection never jumps
 * between equal rows when the list reloads.
 */
export function sortQueue(rows: readonly QueueRow[], sort: QueueSort): QueueRow[] {
  const sign = sort.direction === 'asc' ? 1 : -1;
  return [...rows].sort(
    (a, b) =>
      sign * compareBy(sort.key, a, b) ||
      -compareBy('score', a, b) ||
      -compareBy('last-seen', a, b) ||
      (a.candidateId < b.candidateId ? -1 : a.candidateId > b.candidateId ? 1 : 0),
  );
}

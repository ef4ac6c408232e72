import type { Band } from '../risk/assessment';
import { dayValue, dayValueBefore } from './date-input';
import type { QueueDecision } from './decision-history';
import { foldText, type QueueRow } from './queue-row';

/** The queue's filters; `'any'` (or an empty text, an absent date) lets every row through. */
export interface QueueFilter {
  band: Band | 'unassessed' | 'any';
  /** A signal that counted as a hit. */
  signalId: string | 'any';
  /** An adapter id the applicant was seen on. */
  source: string | 'any';
  decision: QueueDecision | 'any';
  /** Why the applicant is in the queue: a recruiter flagged them, or their score is high. */
  reason: 'flagged' | 'high-score' | 'any';
  /** Last seen on or after / before this epoch ms (inclusive / exclusive). */
  seenFrom?: number;
  seenBefore?: number;
  /** Every word must occur in a name or an e-mail address, in any order. */
  text: string;
}

export const NO_FILTER: QueueFilter = { band: 'any', signalId: 'any', source: 'any', decision: 'any', reason: 'any', text: '' };

/** A predicate for `filter`, prepared once (the text folded and split) for the whole list. */
export function queueMatcher(filter: QueueFilter): (row: QueueRow) => boolean {
  const words = foldText(filter.text).split(/\s+/).filter((w) => w !== '');
  return (row) =>
    // A row still being read has no band yet but is not "not assessed": it waits for the full load.
    (filter.band === 'any' || (filter.band === 'unassessed' ? row.band === undefined && row.pending !== true : row.band === filter.band)) &&
    (filter.signalId === 'any' || row.hits.includes(filter.signalId)) &&
    (filter.source === 'any' || row.sources.includes(filter.source)) &&
    (filter.decision === 'any' || row.decision === filter.decision) &&
    (filter.reason === 'any' || (filter.reason === 'flagged' ? row.flagged : row.band === 'high')) &&
    (filter.seenFrom === undefined || row.lastSeenAt >= filter.seenFrom) &&
    (filter.seenBefore === undefined || row.lastSeenAt < filter.seenBefore) &&
    words.every((w) => row.searchText.includes(w));
}

export function filterQueue(rows: readonly QueueRow[], filter: QueueFilter): QueueRow[] {
  return rows.filter(queueMatcher(filter));
}

/** How many filters narrow the list, for "3 filters on · Clear filters". */
export function activeFilterCount(filter: QueueFilter): number {
  return (
    [filter.band, filter.signalId, filter.source, filter.decision, filter.reason].filter((v) => v !== 'any').length +
    (filter.seenFrom === undefined ? 0 : 1) +
    (filter.seenBefore === undefined ? 0 : 1) +
    (filter.text.trim() === '' ? 0 : 1)
  );
}

/**
 * The active filters in one line for an export's audit entry ("band=high; signal=reused-phone").
 * The search words are not copied (they are often a person's name), only that there were some.
 */
export function describeQueueFilter(filter: QueueFilter): string {
  const parts = [
    filter.band === 'any' ? undefined : `band=${filter.band}`,
    filter.signalId === 'any' ? undefined : `signal=${filter.signalId}`,
    filter.source === 'any' ? undefined : `source=${filter.source}`,
    filter.decision === 'any' ? undefined : `decision=${filter.decision}`,
    filter.reason === 'any' ? undefined : `reason=${filter.reason}`,
    filter.seenFrom === undefined ? undefined : `seenFrom=${dayValue(filter.seenFrom)}`,
    filter.seenBefore === undefined ? undefined : `seenUntil=${dayValueBefore(filter.seenBefore)}`,
    filter.text.trim() === '' ? undefined : 'search=yes',
  ];
  return parts.filter((p): p is string => p !== undefined).join('; ') || 'none';
}

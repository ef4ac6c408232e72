import type { DecisionRecord, DecisionState } from '../db/review-records';

/** A candidate's decision state in the queue: the current decision, or none (never decided, or reversed). */
export type QueueDecision = DecisionState | 'undecided';

export const DECISION_LABELS: Record<DecisionState, string> = {
  cleared: 'Cleared',
  'needs-verification': 'Needs verification',
  escalated: 'Escalated to security',
  rejected: 'Rejected',
};

export const QUEUE_DECISION_LABELS: Record<QueueDecision, string> = { undecided: 'Not decided', ...DECISION_LABELS };

/** Oldest first; rows of one millisecond (never written so, but imported data might be) by their supersedes chain, then id. */
export function decisionsInOrder(rows: readonly DecisionRecord[]): DecisionRecord[] {
  return [...rows].sort((a, b) => a.at - b.at || (b.supersedes === a.id ? -1 : a.supersedes === b.id ? 1 : a.id < b.id ? -1 : 1));
}

/** The decision in force: the latest row, unless that row reversed the one before. */
export function currentDecision(rows: readonly DecisionRecord[]): DecisionRecord | undefined {
  const latest = decisionsInOrder(rows).at(-1);
  return latest?.state === 'reversed' ? undefined : latest;
}

export function currentState(rows: readonly DecisionRecord[]): QueueDecision {
  const current = currentDecision(rows);
  return current === undefined || current.state === 'reversed' ? 'undecided' : current.state;
}

export interface DecisionHistoryEntry {
  record: DecisionRecord;
  /** "Cleared", "Reversed: Cleared", "Rejected (was Needs verification)". */
  summary: string;
  /** Whether this row is the decision in force now. */
  current: boolean;
}

/** Newest first, each row said in words with what it replaced. */
export function decisionHistory(rows: readonly DecisionRecord[]): DecisionHistoryEntry[] {
  const ordered = decisionsInOrder(rows);
  const byId = new Map(ordered.map((r) => [r.id, r]));
  const current = currentDecision(ordered);
  return ordered
    .map((record) => {
      const replaced = record.supersedes === undefined ? undefined : byId.get(record.supersedes);
      const replacedState = replaced && replaced.state !== 'reversed' ? DECISION_LABELS[replaced.state] : undefined;
      let summary: string;
      if (record.state === 'reversed') summary = replacedState ? `Reversed: ${replacedState}` : 'Reversed';
      else summary = replacedState ? `${DECISION_LABELS[record.state]} (was ${replacedState})` : DECISION_LABELS[record.state];
      return { record, summary, current: record.id === current?.id };
    })
    .reverse();
}

import type { Band } from '../risk/assessment';

/** Row shapes of the HR review tables (schema version 6): decisions and the history of assessments. */

/** What HR can decide about a flagged applicant. The wording is HR's; candidates never see it. */
export const DECISION_STATES = ['cleared', 'needs-verification', 'escalated', 'rejected'] as const;
export type DecisionState = (typeof DECISION_STATES)[number];

/** A decision row: one of the decisions, or `reversed`, which withdraws the decision it supersedes. */
export type DecisionRowState = DecisionState | 'reversed';

/** Longest reason a reviewer can give; the form and the database agree. */
export const DECISION_REASON_MAX_LENGTH = 1000;

/**
 * One decision as recorded, never edited or deleted by the review pages: a change of mind is a new
 * row that supersedes the current one, so the history shows what was decided when, and why.
 * The current decision is the latest row, unless that row is a reversal.
 */
export interface DecisionRecord {
  id: string;
  candidateId: string;
  /** Epoch ms; strictly increasing per candidate (lib/db/decisions.ts), so "latest" is unambiguous. */
  at: number;
  state: DecisionRowState;
  reason: string;
  /** The decision that was current when this one was made. */
  supersedes?: string;
}

/**
 * A candidate's score, band and counted hits after an assessment that changed any of them
 * (lib/db/assessment-history.ts). Re-assessments that change nothing a reviewer sees add no row.
 */
export interface AssessmentHistoryRecord {
  id?: number;
  candidateId: string;
  at: number;
  score: number;
  band: Band;
  /** Signal ids of the hits that counted (not marked false positive), sorted. */
  hits: string[];
}

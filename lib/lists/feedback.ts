import { z } from 'zod';
import { ENTRY_KINDS, MAX_VALUE_LENGTH } from './normalise-entry';
import { LIST_ID, SIGNAL_ID } from './schema';

/**
 * False-positive feedback, version 1 (documented in ./FORMAT.md, "False-positive feedback"): the
 * hits recruiters marked as false positives, exported from the HR review pages for the security
 * team, with the list and entry behind each hit that came from a list, so the team can correct or
 * filter the entry. Strict like the list format: the team's tools may rely on every key.
 */

export const FEEDBACK_FORMAT = 'hireproof-false-positive-feedback';
export const FEEDBACK_VERSION = 1;

const signalId = () => z.string().max(100).regex(SIGNAL_ID, 'expected a signal id in kebab-case');
const text = (max: number) => z.string().trim().min(1).max(max);

/** A list entry a marked hit cited: the list, and the entry as the list holds it (normalised). */
export const FeedbackEntrySchema = z.strictObject({
  listId: z.string().max(100).regex(LIST_ID),
  listTitle: text(200),
  kind: z.enum(ENTRY_KINDS),
  value: z.string().min(1).max(MAX_VALUE_LENGTH),
});
export type FeedbackEntry = z.infer<typeof FeedbackEntrySchema>;

/** What the signal says about the applicant now: a mark can outlive its hit (the data changed since). */
export const CURRENT_OUTCOMES = ['hit', 'miss', 'skip', 'not-checked'] as const;

export const FeedbackMarkSchema = z.strictObject({
  /** The applicant's id in the exporting browser's database: opaque, never a name or an address. */
  candidateId: text(200),
  signalId: signalId(),
  signalTitle: text(200).optional(),
  /** When a recruiter last marked it (ISO 8601, UTC); absent when the audit log no longer says. */
  markedAt: z.iso.datetime().optional(),
  currentOutcome: z.enum(CURRENT_OUTCOMES),
  /** The list entries the hit cited, sorted; empty for a signal that is not list-based. */
  listEntries: z.array(FeedbackEntrySchema).max(100),
  /** Matches the hit counted beyond those it named (its evidence names the first ten). */
  moreListMatches: z.number().int().positive().optional(),
});
export type FeedbackMark = z.infer<typeof FeedbackMarkSchema>;

/** Per list entry, how many marks cited it: what a list owner reads first. Derived from `marks`. */
export const FeedbackEntryCountSchema = FeedbackEntrySchema.extend({ marks: z.number().int().positive() });
export type FeedbackEntryCount = z.infer<typeof FeedbackEntryCountSchema>;

export const FalsePositiveFeedbackSchema = z
  .strictObject({
    format: z.literal(FEEDBACK_FORMAT),
    version: z.literal(FEEDBACK_VERSION),
    generatedAt: z.iso.datetime(),
    /** The reviewer's name as they gave it on the review pages, if they did. */
    generatedBy: text(200).optional(),
    /** Sorted by signal id, then candidate id. */
    marks: z.array(FeedbackMarkSchema),
    /** Sorted by list id, kind and value. */
    entries: z.array(FeedbackEntryCountSchema),
  })
  .meta({ title: 'HireProof false-positive feedback', description: 'Hits recruiters marked as false positives, with the list entries behind them. See lib/lists/FORMAT.md.' });
export type FalsePositiveFeedback = z.infer<typeof FalsePositiveFeedbackSchema>;

import { z } from 'zod';
import { AdapterHealthSchema } from '../candidate/observation';

/** The stored result of checking one candidate: what every signal said, and the explained score. */

export const BandSchema = z.enum(['low', 'elevated', 'high']);
export type Band = z.infer<typeof BandSchema>;

export const EvidenceSchema = z.object({
  messageId: z.string(),
  data: z.record(z.string(), z.union([z.string(), z.number()])),
  /** The message template filled in; rendered as plain text only. */
  text: z.string(),
});

export const SignalResultSchema = z.object({
  signalId: z.string(),
  title: z.string(),
  severity: z.enum(['informational', 'low', 'medium', 'high', 'critical']),
  weight: z.number().min(0).max(1),
  /** Who replaced the signal's own weight, when someone did ("the list "Partner feed": common here"). */
  weightSetBy: z.string().optional(),
  status: z.enum(['hit', 'miss', 'skip']),
  evidence: z.array(EvidenceSchema),
  /** Why a skipped signal skipped. */
  skipReason: z.string().optional(),
  /** A recruiter marked this hit as a false positive: kept and shown, excluded from the score. */
  falsePositive: z.boolean(),
  /** Points this result added to the score (0 unless an unmarked hit). */
  contribution: z.number(),
});
export type SignalResult = z.infer<typeof SignalResultSchema>;

export const AssessmentSchema = z.object({
  candidateId: z.string(),
  assessedAt: z.number(),
  score: z.number().min(0).max(100),
  band: BandSchema,
  results: z.array(SignalResultSchema),
  /** One line per contributing hit, then one per skipped check; plain sentences, no verdicts. */
  explanation: z.array(z.string()),
  /** Health of the adapter that produced the latest observation, when there was one. */
  health: AdapterHealthSchema.optional(),
  /**
   * Skipped signals that need a field the adapter expected on this page but could not find: the
   * checks a changed layout cost ("LinkedIn layout changed: 2 checks skipped").
   */
  skippedByLayout: z.array(z.string()).optional(),
});
export type Assessment = z.infer<typeof AssessmentSchema>;

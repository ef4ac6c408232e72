import { z } from 'zod';

/** What the background answers to the review page's `merge-candidates` and `split-candidate` (lib/messaging.ts). */

const FailedSchema = z.strictObject({ ok: z.literal(false), error: z.string() });
const count = z.number().int().nonnegative();

export const MergeCandidatesReplySchema = z.union([
  z.strictObject({
    ok: z.literal(true),
    /** The record that stays; the other is gone. */
    intoId: z.string(),
    fromId: z.string(),
    /** Pages moved onto the record that stays. */
    sightings: count,
    /** How many other candidates were re-checked. */
    reassessed: count,
  }),
  FailedSchema,
]);
export type MergeCandidatesReply = z.infer<typeof MergeCandidatesReplySchema>;
export type MergeDone = Extract<MergeCandidatesReply, { ok: true }>;

export const SplitCandidateReplySchema = z.union([
  z.strictObject({
    ok: z.literal(true),
    candidateId: z.string(),
    /** The record the chosen pages moved to. */
    newCandidateId: z.string(),
    sightings: count,
    reassessed: count,
  }),
  FailedSchema,
]);
export type SplitCandidateReply = z.infer<typeof SplitCandidateReplySchema>;
export type SplitDone = Extract<SplitCandidateReply, { ok: true }>;

/** What the review page asks for: the messages without their `type`. */
export interface MergeRequest {
  fromId: string;
  intoId: string;
  reason: string;
}
export interface SplitRequest {
  candidateId: string;
  observationIds: string[];
  livenessIds: string[];
  evidenceIds: string[];
  noteIds: string[];
  reason: string;
}

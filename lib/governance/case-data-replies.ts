import { z } from 'zod';
import { SubjectExportSchema } from './subject-export-schema';

/** What the background answers to the review page's `delete-candidate` and `export-candidate` (lib/messaging.ts). */

const FailedSchema = z.strictObject({ ok: z.literal(false), error: z.string() });

export const DeleteCandidateReplySchema = z.union([
  z.strictObject({
    ok: z.literal(true),
    /** Rows removed per table (lib/db/remove-candidate-rows.ts RemovedCounts). */
    counts: z.record(z.string(), z.number().int().nonnegative()),
    /** How many other candidates were re-checked. */
    reassessed: z.number().int().nonnegative(),
  }),
  FailedSchema,
]);
export type DeleteCandidateReply = z.infer<typeof DeleteCandidateReplySchema>;

export const ExportCandidateReplySchema = z.union([z.strictObject({ ok: z.literal(true), document: SubjectExportSchema }), FailedSchema]);
export type ExportCandidateReply = z.infer<typeof ExportCandidateReplySchema>;

/** The sentence for a candidate deleted meanwhile (another tab, the retention run). */
export const NOT_STORED = 'This candidate is no longer stored: their data was already deleted.';

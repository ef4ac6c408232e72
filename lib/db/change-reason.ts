import { z } from 'zod';

/**
 * The reason a reviewer gives for merging or splitting records: required, because a merge or split
 * changes which person a page is about and the audit log must say why. Kept as written (trimmed).
 */
export const CHANGE_REASON_MAX_LENGTH = 1000;

export const ChangeReasonSchema = z
  .string()
  .trim()
  .min(1, 'Give the reason for this change.')
  .max(CHANGE_REASON_MAX_LENGTH, `A reason can be at most ${CHANGE_REASON_MAX_LENGTH} characters.`);

/** The trimmed reason, or an Error whose message is the sentence for the reviewer. */
export function parseChangeReason(reason: string): string {
  const parsed = ChangeReasonSchema.safeParse(reason);
  if (!parsed.success) throw new Error(parsed.error.issues[0]?.message ?? 'Give the reason for this change.');
  return parsed.data;
}

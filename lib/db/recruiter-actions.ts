import { z } from 'zod';
import { assessmentTables, assessStoredCandidate } from './assess-stored-candidate';
import { audit } from './audit';
import { notifyCandidatesChanged } from './changes';
import type { HireProofDb } from './database';
import { FLAG_REASON_MAX_LENGTH, NOTE_MAX_LENGTH } from '../panel/protocol';

/**
 * What a recruiter can do from the panel. Each action changes the candidate, re-scores when the
 * score depends on it, and writes the audit log, all in one transaction: nothing half-done.
 */

export const NoteTextSchema = z.string().trim().min(1, 'A note cannot be empty').max(NOTE_MAX_LENGTH);
export const FlagReasonSchema = z.string().trim().max(FLAG_REASON_MAX_LENGTH);

async function requireCandidate(db: HireProofDb, candidateId: string) {
  const candidate = await db.candidates.get(candidateId);
  if (!candidate) throw new Error('This candidate is no longer stored.');
  return candidate;
}

export async function addNote(db: HireProofDb, input: { candidateId: string; text: string; now: number }): Promise<string> {
  const text = NoteTextSchema.parse(input.text);
  const id = await db.transaction('rw', [db.candidates, db.notes, db.auditLog], async () => {
    await requireCandidate(db, input.candidateId);
    const noteId = crypto.randomUUID();
    await db.notes.add({ id: noteId, candidateId: input.candidateId, text, createdAt: input.now });
    await audit(db, { at: input.now, action: 'note-added', candidateId: input.candidateId, actor: 'recruiter', detail: { noteId } });
    return noteId;
  });
  notifyCandidatesChanged([input.candidateId]);
  return id;
}

/** A false positive stays visible on the panel but no longer counts towards the score. */
export async function setFalsePositive(
  db: HireProofDb,
  input: { candidateId: string; signalId: string; value: boolean; now: number },
): Promise<void> {
  await db.transaction('rw', [...assessmentTables(db), db.auditLog], async () => {
    const candidate = await requireCandidate(db, input.candidateId);
    const ids = new Set(candidate.falsePositiveSignalIds);
    if (input.value) ids.add(input.signalId);
    else ids.delete(input.signalId);
    await db.candidates.update(candidate.id, { falsePositiveSignalIds: [...ids].sort() });
    await audit(db, {
      at: input.now,
      action: input.value ? 'false-positive-set' : 'false-positive-cleared',
      candidateId: candidate.id,
      actor: 'recruiter',
      detail: { signalId: input.signalId },
    });
    await assessStoredCandidate(db, candidate.id, input.now);
  });
  notifyCandidatesChanged([input.candidateId]);
}

export async function setFlaggedForReview(
  db: HireProofDb,
  input: { candidateId: string; flagged: boolean; reason?: string; now: number },
): Promise<void> {
  const reason = FlagReasonSchema.parse(input.reason ?? '');
  await db.transaction('rw', [db.candidates, db.auditLog], async () => {
    const candidate = await requireCandidate(db, input.candidateId);
    await db.candidates.update(candidate.id, {
      flaggedForReview: input.flagged ? 1 : 0,
      flagReason: input.flagged ? reason || undefined : undefined,
    });
    await audit(db, {
      at: input.now,
      action: input.flagged ? 'flagged-for-review' : 'unflagged',
      candidateId: candidate.id,
      actor: 'recruiter',
      detail: input.flagged ? { reason } : {},
    });
  });
  notifyCandidatesChanged([input.candidateId]);
}

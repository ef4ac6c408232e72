import { LivenessSummarySchema } from '../liveness/liveness-summary';
import { assessmentTables, assessStoredCandidate } from './assess-stored-candidate';
import { audit } from './audit';
import { notifyCandidatesChanged } from './changes';
import type { HireProofDb } from './database';

/**
 * Saves one interview's liveness summary on a candidate and re-checks them, in one transaction.
 * The meeting panel saves the same summary (one id per participant per call) again as the call goes
 * on, so a summary id that exists is replaced; if the recruiter has since linked the participant to
 * another candidate, it moves, and both candidates are re-checked. The first save and every move are
 * audited; the refreshes in between are not, or the log would fill with them.
 * The summary is parsed again here: it crossed from a page context, and the strict schema is what
 * guarantees that no landmark or image is ever stored.
 */
export async function attachLivenessSummary(
  db: HireProofDb,
  input: { candidateId: string; summaryId?: string; summary: unknown; now: number },
): Promise<string> {
  const summary = LivenessSummarySchema.parse(input.summary);
  const id = input.summaryId ?? crypto.randomUUID();
  const changed = new Set([input.candidateId]);
  await db.transaction('rw', [...assessmentTables(db), db.auditLog], async () => {
    if (!(await db.candidates.get(input.candidateId))) throw new Error('This candidate is no longer stored.');
    const before = await db.livenessSummaries.get(id);
    await db.livenessSummaries.put({ id, candidateId: input.candidateId, summary });
    const detail = { summaryId: id, meeting: summary.meetingSource, skipped: summary.skipped === 'accommodation' };
    if (before && before.candidateId !== input.candidateId) {
      changed.add(before.candidateId);
      await audit(db, { at: input.now, action: 'liveness-detached', candidateId: before.candidateId, actor: 'recruiter', detail: { ...detail, movedTo: input.candidateId } });
      await assessStoredCandidate(db, before.candidateId, input.now);
    }
    if (before?.candidateId !== input.candidateId) {
      await audit(db, { at: input.now, action: 'liveness-attached', candidateId: input.candidateId, actor: 'recruiter', detail });
    }
    await assessStoredCandidate(db, input.candidateId, input.now);
  });
  notifyCandidatesChanged([...changed]);
  return id;
}

/** Takes a summary off its candidate (linked to the wrong person) and re-checks them. Unknown ids are a no-op. */
export async function detachLivenessSummary(db: HireProofDb, input: { summaryId: string; now: number }): Promise<void> {
  let candidateId: string | undefined;
  await db.transaction('rw', [...assessmentTables(db), db.auditLog], async () => {
    const before = await db.livenessSummaries.get(input.summaryId);
    if (!before) return;
    candidateId = before.candidateId;
    await db.livenessSummaries.delete(input.summaryId);
    await audit(db, {
      at: input.now,
      action: 'liveness-detached',
      candidateId,
      actor: 'recruiter',
      detail: { summaryId: input.summaryId, meeting: before.summary.meetingSource },
    });
    await assessStoredCandidate(db, candidateId, input.now);
  });
  if (candidateId !== undefined) notifyCandidatesChanged([candidateId]);
}

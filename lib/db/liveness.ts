import { LivenessSummarySchema } from '../liveness/liveness-summary';
import { assessmentTables, assessStoredCandidate } from './assess-stored-candidate';
import { audit } from './audit';
import { notifyCandidatesChanged } from './changes';
import type { HireProofDb } from './database';

/**
 * Attaches one interview's liveness summary to a candidate and re-checks them, in one transaction.
 * The summary is parsed again here: it crossed from a page context, and the strict schema is what
 * guarantees that no landmark or image is ever stored.
 */
export async function attachLivenessSummary(db: HireProofDb, input: { candidateId: string; summary: unknown; now: number }): Promise<string> {
  const summary = LivenessSummarySchema.parse(input.summary);
  const id = crypto.randomUUID();
  await db.transaction('rw', [...assessmentTables(db), db.auditLog], async () => {
    if (!(await db.candidates.get(input.candidateId))) throw new Error('This candidate is no longer stored.');
    await db.livenessSummaries.add({ id, candidateId: input.candidateId, summary });
    await audit(db, {
      at: input.now,
      action: 'liveness-attached',
      candidateId: input.candidateId,
      actor: 'recruiter',
      detail: { summaryId: id, meeting: summary.meetingSource, skipped: summary.skipped === 'accommodation' },
    });
    await assessStoredCandidate(db, input.candidateId, input.now);
  });
  notifyCandidatesChanged([input.candidateId]);
  return id;
}

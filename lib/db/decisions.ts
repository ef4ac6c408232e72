import Dexie from 'dexie';
import { z } from 'zod';
import { audit } from './audit';
import { notifyCandidatesChanged } from './changes';
import type { HireProofDb } from './database';
import { DECISION_REASON_MAX_LENGTH, DECISION_STATES, type DecisionRecord, type DecisionRowState } from './review-records';

/**
 * HR's decisions on a candidate: append-only rows, each with a required reason. Changing or
 * withdrawing a decision adds a row that supersedes the current one; nothing is overwritten, so the
 * reviewer can show later what was decided, when and why. Every row is audited in its transaction.
 */

export const DecisionReasonSchema = z
  .string()
  .trim()
  .min(1, 'Give the reason for this decision.')
  .max(DECISION_REASON_MAX_LENGTH, `A reason can be at most ${DECISION_REASON_MAX_LENGTH} characters.`);

export const DecisionRowStateSchema = z.enum([...DECISION_STATES, 'reversed']);

/** The candidate's decisions, oldest first. */
export function decisionsOf(db: HireProofDb, candidateId: string): Promise<DecisionRecord[]> {
  return db.decisions.where('[candidateId+at]').between([candidateId, Dexie.minKey], [candidateId, Dexie.maxKey]).toArray();
}

export interface RecordDecisionInput {
  candidateId: string;
  state: DecisionRowState;
  reason: string;
  /**
   * Id of the decision the reviewer saw as current (undefined: none). Another tab may have decided
   * meanwhile; then nothing is recorded and the reviewer is asked to look again, so no decision
   * silently supersedes one its author never saw.
   */
  seenCurrentId: string | undefined;
  now: number;
}

export async function recordDecision(db: HireProofDb, input: RecordDecisionInput): Promise<DecisionRecord> {
  const reason = DecisionReasonSchema.parse(input.reason);
  const state = DecisionRowStateSchema.parse(input.state);
  const row = await db.transaction('rw', [db.candidates, db.decisions, db.auditLog], async () => {
    if (!(await db.candidates.get(input.candidateId))) throw new Error('This candidate is no longer stored.');
    const latest = await db.decisions
      .where('[candidateId+at]')
      .between([input.candidateId, Dexie.minKey], [input.candidateId, Dexie.maxKey])
      .last();
    const current = latest?.state === 'reversed' ? undefined : latest;
    if (current?.id !== input.seenCurrentId) {
      throw new Error('The decision on this case changed since you opened it. Read the history, then decide again.');
    }
    if (state === 'reversed' && !current) throw new Error('There is no current decision to reverse.');
    if (current && state === current.state) throw new Error('That is already the current decision.');
    const record: DecisionRecord = {
      id: crypto.randomUUID(),
      candidateId: input.candidateId,
      // Strictly after the previous row, so two decisions in one millisecond still have an order.
      at: Math.max(input.now, (latest?.at ?? -Infinity) + 1),
      state,
      reason,
      ...(latest ? { supersedes: latest.id } : {}),
    };
    await db.decisions.add(record);
    await audit(db, {
      at: record.at,
      action: state === 'reversed' ? 'decision-reversed' : 'decision-recorded',
      candidateId: input.candidateId,
      actor: 'reviewer',
      detail: { decisionId: record.id, state, ...(current ? { supersedes: current.id, previousState: current.state } : {}) },
    });
    return record;
  });
  notifyCandidatesChanged([input.candidateId]);
  return row;
}

import type { HireProofDb } from '../db/database';
import { recordCaseView } from '../db/case-views';
import { recordDecision } from '../db/decisions';
import type { DecisionRecord, DecisionRowState } from '../db/review-records';
import type { ExtensionPageMessage } from '../messaging';

/** What the review pages change. The page writes the database itself (a top-level extension page may). */
export interface ReviewActions {
  /** Records a decision or a reversal; throws a sentence for people. */
  decide: (input: { candidateId: string; state: DecisionRowState; reason: string; seenCurrentId: string | undefined }) => Promise<DecisionRecord>;
  /** Audits a view of the case. Never throws: a page that cannot log still shows, and says so. */
  viewed: (candidateId: string) => Promise<boolean>;
}

export function createReviewActions(
  db: HireProofDb,
  options: { now: () => number; send: (message: ExtensionPageMessage) => Promise<unknown> },
): ReviewActions {
  return {
    async decide(input) {
      const record = await recordDecision(db, { ...input, now: options.now() });
      // The background serves the risk panels; it learns of changes only from its own writes, so
      // it is told. Best effort: an open panel otherwise shows the decision on its next refresh.
      await options.send({ type: 'candidates-changed', candidateIds: [input.candidateId] }).catch(() => undefined);
      return record;
    },
    async viewed(candidateId) {
      try {
        return await recordCaseView(db, { candidateId, now: options.now() });
      } catch {
        return false;
      }
    },
  };
}

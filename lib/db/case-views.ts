import { audit } from './audit';
import type { HireProofDb } from './database';

/**
 * Audits one view of a candidate's case page (issue 6: every view of a case is logged). A case
 * that is not stored is not a view of anyone's data, so nothing is written; returns whether it was.
 */
export async function recordCaseView(db: HireProofDb, input: { candidateId: string; now: number }): Promise<boolean> {
  return db.transaction('rw', [db.candidates, db.auditLog], async () => {
    if (!(await db.candidates.get(input.candidateId))) return false;
    await audit(db, { at: input.now, action: 'case-viewed', candidateId: input.candidateId, actor: 'reviewer' });
    return true;
  });
}

import { assessStoredCandidate } from './assess-stored-candidate';
import { notifyCandidatesChanged } from './changes';
import type { HireProofDb } from './database';
import type { AuditRecord } from './records';
import { candidateDataTables, removeCandidateRows, type DeletionBasis, type RemovedCounts } from './remove-candidate-rows';

export interface DeletedCandidate {
  candidateId: string;
  counts: RemovedCounts;
  /** Other candidates re-checked because their checks could cite this one. */
  reassessed: string[];
}

/**
 * Deletes one candidate completely, in one transaction: their record and every row about them
 * (lib/db/remove-candidate-rows.ts), then re-checks every other candidate whose evidence could name
 * them (shared identity keys, near-duplicate summaries or photos), so no other assessment keeps the
 * deleted person's name or pages. Not capped like the re-checks after a page read: a capped one
 * would leave the deleted person's details in the rest. Returns undefined when the candidate is not
 * stored (already deleted): deleting twice is not an error for the data, the caller words it.
 * Re-checks use the lists and policy loaded where this runs: call it in the background.
 */
export async function deleteCandidate(
  db: HireProofDb,
  input: { candidateId: string; actor: AuditRecord['actor']; basis: DeletionBasis; now: number },
): Promise<DeletedCandidate | undefined> {
  const result = await db.transaction('rw', candidateDataTables(db), async () => {
    const candidate = await db.candidates.get(input.candidateId);
    if (!candidate) return undefined;
    const removed = await removeCandidateRows(db, candidate, input);
    const reassessed: string[] = [];
    for (const other of removed.others) {
      if (!(await db.candidates.get(other))) continue;
      await assessStoredCandidate(db, other, input.now);
      reassessed.push(other);
    }
    return { candidateId: candidate.id, counts: removed.counts, reassessed };
  });
  if (result) notifyCandidatesChanged([result.candidateId, ...result.reassessed]);
  return result;
}

import Dexie from 'dexie';
import { assessmentTables } from './assess-stored-candidate';
import { audit } from './audit';
import { scrubAuditDetail } from './audit-scrub';
import type { HireProofDb } from './database';
import { unfilePhoto } from './photo-blocks';
import type { AuditRecord, CandidateRecord, IdentityKeyRecord } from './records';
import { citingCandidatesAndKeys } from './citing-candidates';
import { fileSummaries } from './summary-near';

/** Every table a candidate has rows in, plus what re-checking the others needs: a deleting transaction covers them. */
export const candidateDataTables = (db: HireProofDb) => [...assessmentTables(db), db.notes, db.decisions, db.auditLog];

/** Why the data went: a person deleted it on the review page, or it passed the retention period. */
export type DeletionBasis = 'manual' | 'retention';

/** Rows removed per table, as recorded in the `candidate-deleted` audit row. */
export interface RemovedCounts {
  observations: number;
  assessments: number;
  assessmentHistory: number;
  decisions: number;
  notes: number;
  addedEvidence: number;
  livenessSummaries: number;
  summaryFingerprints: number;
  photoHashes: number;
  /** Identity key rows deleted because no one else holds the key. */
  identityKeys: number;
  /** Identity key rows kept for their other holders, with this candidate taken out. */
  identityKeysShared: number;
  /** Earlier audit rows whose detail lost personal values (lib/db/audit-scrub.ts). */
  auditRows: number;
}

export interface RemovedCandidate {
  counts: RemovedCounts;
  /** Candidates whose checks may have cited this one (shared keys, near-duplicate summary or photo): re-check them. */
  others: string[];
}

const byCandidate = (db: HireProofDb, table: 'assessmentHistory' | 'decisions', id: string) =>
  db[table].where('[candidateId+at]').between([id, Dexie.minKey], [id, Dexie.maxKey]);

/**
 * Removes one candidate and every row about them, takes them out of shared identity keys, unfiles
 * their photo hashes from the block rows, scrubs their earlier audit rows and writes the
 * `candidate-deleted` row (counts only). Does not re-check the others it returns: the caller does,
 * once every candidate of its transaction is gone. Call inside a transaction covering
 * `candidateDataTables(db)`.
 */
export async function removeCandidateRows(
  db: HireProofDb,
  candidate: CandidateRecord,
  input: { actor: AuditRecord['actor']; basis: DeletionBasis; now: number; detail?: AuditRecord['detail'] },
): Promise<RemovedCandidate> {
  const id = candidate.id;
  // The candidates whose evidence can name this one (the symmetric lookups), before the rows go.
  const { others, keyRows, summaries, photos } = await citingCandidatesAndKeys(db, candidate);
  const hasAssessment = (await db.assessments.get(id)) !== undefined;

  const shared: IdentityKeyRecord[] = [];
  const alone: string[] = [];
  for (const row of keyRows) {
    const candidateIds = row.candidateIds.filter((c) => c !== id);
    if (candidateIds.length === 0) alone.push(row.key);
    else shared.push({ key: row.key, candidateIds, holders: row.holders.filter((h) => h.candidateId !== id) });
  }
  let auditRows = 0;
  const [observations, assessmentHistory, decisions, notes, addedEvidence, livenessSummaries, summaryFingerprints] = await Promise.all([
    db.observations.where('candidateId').equals(id).delete(),
    byCandidate(db, 'assessmentHistory', id).delete(),
    byCandidate(db, 'decisions', id).delete(),
    db.notes.where('candidateId').equals(id).delete(),
    db.addedEvidence.where('candidateId').equals(id).delete(),
    db.livenessSummaries.where('candidateId').equals(id).delete(),
    db.summaryFingerprints.where('candidateId').equals(id).delete(),
    db.photoHashes.bulkDelete(photos.flatMap((p) => (p.seq === undefined ? [] : [p.seq]))),
    db.identityKeys.bulkDelete(alone),
    db.identityKeys.bulkPut(shared),
    db.assessments.delete(id),
    db.candidates.delete(id),
    db.auditLog
      .where('candidateId')
      .equals(id)
      .modify((row) => {
        const scrubbed = scrubAuditDetail(row.detail);
        if (!scrubbed.changed) return;
        row.detail = scrubbed.detail;
        auditRows += 1;
      }),
  ]);
  // Out of their bands and out of the lists that may name them; after the deletes, not beside them
  // (a native async function with several awaits loses Dexie's transaction zone).
  await fileSummaries(db, summaries.map((row) => ({ id: row.id, from: row.bands, listedBy: [...(row.near ?? []), ...(row.stale ?? [])] })));
  // One photo at a time: two photos of one candidate share block rows, and each refile reads then writes them.
  // Their near-duplicates' lists lose them too.
  for (const photo of photos) {
    if (photo.seq !== undefined && photo.hash !== undefined) await unfilePhoto(db, photo.seq, photo.hash);
  }
  const counts: RemovedCounts = {
    observations,
    assessments: hasAssessment ? 1 : 0,
    assessmentHistory,
    decisions,
    notes,
    addedEvidence,
    livenessSummaries,
    summaryFingerprints,
    photoHashes: photos.length,
    identityKeys: alone.length,
    identityKeysShared: shared.length,
    auditRows,
  };
  await audit(db, {
    at: input.now,
    action: 'candidate-deleted',
    candidateId: id,
    actor: input.actor,
    detail: { basis: input.basis, ...input.detail, ...counts, linkedCandidates: others.size },
  });
  return { counts, others: [...others] };
}

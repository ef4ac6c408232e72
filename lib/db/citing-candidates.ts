import type { HireProofDb } from './database';
import type { CandidateRecord, IdentityKeyRecord, PhotoHashRecord, SummaryFingerprintRecord } from './records';
import { similarityContext } from './similarity-context';

/**
 * The other candidates whose checks can cite this one, or come to cite it: every other holder of
 * one of its identity keys, and the holders of summaries and photos near its own under names that do
 * not agree (the lookups are symmetric, so these are also the ones whose evidence names it).
 * Uncapped: callers are rare reviewer actions (merge, split) that must leave no stale evidence.
 * Call inside a transaction covering identityKeys, summaryFingerprints, photoHashes, photoBlocks
 * and candidates.
 */
export async function citingCandidates(db: HireProofDb, candidate: Pick<CandidateRecord, 'id' | 'names'>): Promise<Set<string>> {
  return (await citingCandidatesAndKeys(db, candidate)).others;
}

/** citingCandidates, with the candidate's key, summary and photo rows it read (a deletion removes them). */
export async function citingCandidatesAndKeys(
  db: HireProofDb,
  candidate: Pick<CandidateRecord, 'id' | 'names'>,
): Promise<{ others: Set<string>; keyRows: IdentityKeyRecord[]; summaries: SummaryFingerprintRecord[]; photos: PhotoHashRecord[] }> {
  const id = candidate.id;
  const [keyRows, summaries, photos] = await Promise.all([
    // The multiEntry index finds every key row naming the candidate, even one its record no longer lists.
    db.identityKeys.where('candidateIds').equals(id).toArray(),
    db.summaryFingerprints.where('candidateId').equals(id).toArray(),
    db.photoHashes.where('candidateId').equals(id).toArray(),
  ]);
  // After the reads above, not beside them (a native async function loses Dexie's transaction zone).
  const similar = await similarityContext(db, { candidateId: id, names: candidate.names, summaries, photos });
  const others = new Set([
    ...keyRows.flatMap((row) => row.candidateIds),
    ...similar.summaryReuse.matches.map((m) => m.otherCandidateId),
    ...similar.photoReuse.matches.map((m) => m.otherCandidateId),
  ]);
  others.delete(id);
  return { others, keyRows, summaries, photos };
}

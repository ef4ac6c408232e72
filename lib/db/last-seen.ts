import Dexie from 'dexie';
import type { HireProofDb } from './database';
import type { CandidateRecord } from './records';

/**
 * When a candidate was last seen or worked on, for retention: the latest of
 * - `updatedAt`: the last time a page of theirs was read (recordObservation sets it on every read);
 * - the newest sighting's `observedAt`: the same moment in practice, read too so rows written by
 *   other paths (older versions, moves between candidates) can never be newer than what is checked;
 * - the newest liveness summary's `endedAt`: an interview is contact with the person, and saving
 *   its summary does not touch `updatedAt`;
 * - the newest HR decision's `at`: a case being decided must keep the data the decision rests on
 *   for the whole retention period after it.
 * Not counted: case views, exports, notes, added evidence, flags, false-positive marks and
 * re-checks. They are the organisation looking at or annotating what it holds, not the person
 * being seen again; counting them would let merely opening a case extend retention forever.
 * Since every counted time is at least `updatedAt`, the `updatedAt` index finds every candidate
 * that can have expired (lib/db/purge-expired.ts). Call inside a transaction covering observations,
 * livenessSummaries and decisions.
 */
export async function lastSeenAt(db: HireProofDb, candidate: Pick<CandidateRecord, 'id' | 'updatedAt'>): Promise<number> {
  const id = candidate.id;
  const [observations, liveness, decision] = await Promise.all([
    db.observations.where('candidateId').equals(id).toArray(),
    db.livenessSummaries.where('candidateId').equals(id).toArray(),
    db.decisions.where('[candidateId+at]').between([id, Dexie.minKey], [id, Dexie.maxKey]).last(),
  ]);
  return Math.max(
    candidate.updatedAt,
    ...observations.map((o) => o.observedAt),
    ...liveness.map((l) => l.summary.endedAt),
    decision?.at ?? -Infinity,
  );
}

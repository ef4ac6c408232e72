import { useLiveQuery } from 'dexie-react-hooks';
import type { HireProofDb } from '../db/database';

/**
 * Live view of one candidate's stored data. Dexie's liveQuery re-runs whenever the background (or
 * another panel) writes, so the panel follows new observations without polling.
 */
export function useCandidateData(db: HireProofDb, candidateId: string | undefined) {
  return useLiveQuery(async () => {
    if (!candidateId) return null;
    const [candidate, assessment, notes, observations] = await Promise.all([
      db.candidates.get(candidateId),
      db.assessments.get(candidateId),
      db.notes.where('candidateId').equals(candidateId).sortBy('createdAt'),
      db.observations.where('candidateId').equals(candidateId).toArray(),
    ]);
    if (!candidate) return null;
    const latest = [...observations].sort((a, b) => b.observedAt - a.observedAt)[0]?.observation;
    return { candidate, assessment, notes: notes.reverse(), observations, latest };
  }, [db, candidateId]);
}

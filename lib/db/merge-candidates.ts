import Dexie from 'dexie';
import { assessStoredCandidate } from './assess-stored-candidate';
import { audit } from './audit';
import { notifyCandidatesChanged } from './changes';
import { parseChangeReason } from './change-reason';
import { citingCandidates } from './citing-candidates';
import type { HireProofDb } from './database';
import { mergeCandidateRecords, mergeKeyRow } from './merge-records';
import type { AuditRecord } from './records';
import { candidateDataTables } from './remove-candidate-rows';

export interface MergedCandidates {
  /** The record that stays. */
  intoId: string;
  /** The record folded into it, no longer stored. */
  fromId: string;
  /** Sightings (pages) moved from `from` to `into`. */
  sightings: number;
  /** Other candidates re-checked because their checks could cite either record. */
  reassessed: string[];
}

/** Both tables are indexed by [candidateId+at] only: a candidate's rows are a range of it. */
const ofCandidate = (id: string) => [[id, Dexie.minKey], [id, Dexie.maxKey]] as const;

/**
 * Merges candidate `from` into `into` (a reviewer found two records of one person), in one
 * transaction: every row about `from` moves to `into` (pages, added evidence, interview summaries,
 * notes, decisions, score history, summary and photo fingerprints), `from` is replaced by `into` in
 * the identity key rows, the records are combined (lib/db/merge-records.ts) and `from`'s record and
 * assessment go. Photo block rows file photos by their row's `seq`, which a move keeps, so they need
 * no refiling. Decisions keep their times: the later of the two histories' decisions is current.
 *
 * Then `into` and every candidate whose checks could cite either record are re-checked, uncapped
 * (merges are rare; a capped re-check would leave others naming a record that no longer exists).
 * `from`'s audit rows stay under its id; both ids get a `candidates-merged` row.
 * Re-checks use the lists and policy loaded where this runs: call it in the background.
 * Throws an Error whose message is the sentence for the reviewer when the merge cannot be done.
 */
export async function mergeCandidates(
  db: HireProofDb,
  input: { fromId: string; intoId: string; reason: string; actor: AuditRecord['actor']; now: number },
): Promise<MergedCandidates> {
  const { fromId, intoId, now } = input;
  const reason = parseChangeReason(input.reason);
  if (fromId === intoId) throw new Error('A record cannot be merged with itself: choose another record.');
  const result = await db.transaction('rw', candidateDataTables(db), async () => {
    const [from, into] = await db.candidates.bulkGet([fromId, intoId]);
    if (!from || !into) throw new Error(`The ${from ? 'record to keep' : 'record to merge'} is no longer stored: reload the case and try again.`);
    // Before anything moves: the candidates whose checks cite `from` must stop naming it.
    const others = await citingCandidates(db, from);
    for (const other of await citingCandidates(db, into)) others.add(other);
    others.delete(fromId);
    others.delete(intoId);
    const keyRows = await db.identityKeys.where('candidateIds').equals(fromId).toArray();
    const move = { candidateId: intoId };
    const [sightings] = await Promise.all([
      db.observations.where('candidateId').equals(fromId).modify(move),
      db.addedEvidence.where('candidateId').equals(fromId).modify(move),
      db.livenessSummaries.where('candidateId').equals(fromId).modify(move),
      db.notes.where('candidateId').equals(fromId).modify(move),
      db.summaryFingerprints.where('candidateId').equals(fromId).modify(move),
      db.photoHashes.where('candidateId').equals(fromId).modify(move),
      db.decisions.where('[candidateId+at]').between(...ofCandidate(fromId)).modify(move),
      db.assessmentHistory.where('[candidateId+at]').between(...ofCandidate(fromId)).modify(move),
      db.identityKeys.bulkPut(keyRows.map((row) => mergeKeyRow(row, fromId, intoId))),
      db.candidates.put(mergeCandidateRecords(into, from, keyRows.map((row) => row.key))),
      db.candidates.delete(fromId),
      db.assessments.delete(fromId),
    ]);
    const detail = { from: fromId, into: intoId, observations: sightings, reason };
    await audit(db, { at: now, action: 'candidates-merged', candidateId: intoId, actor: input.actor, detail });
    await audit(db, { at: now, action: 'candidates-merged', candidateId: fromId, actor: input.actor, detail });
    await assessStoredCandidate(db, intoId, now);
    const reassessed: string[] = [];
    for (const other of others) {
      if (!(await db.candidates.get(other))) continue;
      await assessStoredCandidate(db, other, now);
      reassessed.push(other);
    }
    return { intoId, fromId, sightings, reassessed };
  });
  notifyCandidatesChanged([intoId, fromId, ...result.reassessed]);
  return result;
}

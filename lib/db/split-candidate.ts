import { buildCandidateView } from '../candidate/build-candidate-view';
import { assessStoredCandidate } from './assess-stored-candidate';
import { audit } from './audit';
import { notifyCandidatesChanged } from './changes';
import { parseChangeReason } from './change-reason';
import { citingCandidates } from './citing-candidates';
import type { HireProofDb } from './database';
import type { AuditRecord, CandidateRecord, ObservationRecord } from './records';
import { candidateDataTables } from './remove-candidate-rows';
import { sightingKeys } from './sighting-keys';
import { splitKeyRows } from './split-key-rows';
import { takeChosen } from './take-chosen';

export interface SplitInput {
  candidateId: string;
  /** Sightings (ObservationRecord ids) to move: at least one, not all. */
  observationIds: readonly string[];
  livenessIds?: readonly string[];
  evidenceIds?: readonly string[];
  noteIds?: readonly string[];
  reason: string;
  actor: AuditRecord['actor'];
  now: number;
}

export interface SplitCandidate {
  candidateId: string;
  newCandidateId: string;
  sightings: number;
  /** Other candidates re-checked because their checks could cite either record. */
  reassessed: string[];
}

/**
 * Moves chosen sightings of a candidate (a wrong merge: two people's pages on one record) to a new
 * candidate, in one transaction, with their summary and photo fingerprints (keyed by the same
 * sighting) and, when chosen, interview summaries, added evidence and notes. Both records' identity
 * keys and names are derived again from the pages each now has (lib/db/split-key-rows.ts). Decisions
 * and score history stay with the original: they were made about that record. The new record starts
 * unflagged with no false-positive marks; it is created when its pages were first seen and last
 * updated when one was last read, so the split does not extend retention (lib/db/last-seen.ts).
 *
 * Then both and every candidate whose checks could cite either, before or after, are re-checked,
 * uncapped. Both get a `candidate-split` audit row. Throws an Error whose message is the sentence
 * for the reviewer when the split cannot be done. Call in the background (lists and policy).
 */
export async function splitCandidate(db: HireProofDb, input: SplitInput): Promise<SplitCandidate> {
  const { candidateId, now } = input;
  const reason = parseChangeReason(input.reason);
  const chosen = new Set(input.observationIds);
  if (chosen.size === 0) throw new Error('Choose at least one page to move to the new record.');
  const result = await db.transaction('rw', candidateDataTables(db), async () => {
    const original = await db.candidates.get(candidateId);
    if (!original) throw new Error('This record is no longer stored: reload the case.');
    const [observations, liveness, evidence, notes] = await Promise.all([
      db.observations.where('candidateId').equals(candidateId).toArray(),
      db.livenessSummaries.where('candidateId').equals(candidateId).toArray(),
      db.addedEvidence.where('candidateId').equals(candidateId).toArray(),
      db.notes.where('candidateId').equals(candidateId).toArray(),
    ]);
    const newest = (a: ObservationRecord, b: ObservationRecord) => b.observedAt - a.observedAt;
    const pages = takeChosen(observations, input.observationIds, 'a page');
    if (pages.kept.length === 0) {
      throw new Error('Moving every page would only rename this record, not split it: leave at least one page on it.');
    }
    const moved = pages.taken.sort(newest);
    const remaining = pages.kept.sort(newest);
    const movedLiveness = takeChosen(liveness, input.livenessIds ?? [], 'an interview summary');
    const movedEvidence = takeChosen(evidence, input.evidenceIds ?? [], 'a piece of added evidence');
    const movedNotes = takeChosen(notes, input.noteIds ?? [], 'a note');

    // Before anything moves: the candidates whose checks cite the original as it is now.
    const others = await citingCandidates(db, original);
    const newId = crypto.randomUUID();
    const keep = sightingKeys(candidateId, remaining, { added: movedEvidence.kept, liveness: movedLiveness.kept });
    const move = sightingKeys(newId, moved, { added: movedEvidence.taken, liveness: movedLiveness.taken });
    const ownKeys = new Map<ObservationRecord, Set<string>>();
    const keysOf = (r: ObservationRecord) => {
      const known = ownKeys.get(r);
      if (known) return known;
      const derived = sightingKeys(r.id, [r]);
      ownKeys.set(r, derived);
      return derived;
    };
    const named = await db.identityKeys.where('candidateIds').equals(candidateId).toArray();
    const unread = [...new Set([...original.identityKeys, ...keep, ...move])].filter((k) => !named.some((row) => row.key === k));
    const rows = new Map([...named.map((row) => [row.key, row] as const), ...unread.map((k) => [k, undefined] as const)]);
    (await db.identityKeys.bulkGet(unread)).forEach((row, i) => rows.set(unread[i] as string, row));
    const keys = splitKeyRows({ originalId: candidateId, newId, rows, held: original.identityKeys, keep, move, remaining, moved, keysOf });

    const keptView = buildCandidateView(candidateId, remaining.map((r) => r.observation));
    const newView = buildCandidateView(newId, moved.map((r) => r.observation));
    const created: CandidateRecord = {
      id: newId,
      displayName: newView.displayName,
      names: newView.names,
      identityKeys: keys.newKeys,
      falsePositiveSignalIds: [],
      flaggedForReview: 0,
      createdAt: Math.min(...moved.map((r) => r.firstSeenAt)),
      updatedAt: Math.max(...moved.map((r) => r.observedAt)),
    };
    const movedIds = moved.map((r) => r.id);
    const to = { candidateId: newId };
    await Promise.all([
      db.candidates.put({
        ...original,
        // A record whose staying pages show no name keeps the one it was known by.
        displayName: keptView.displayName !== '' ? keptView.displayName : original.displayName,
        names: keptView.names,
        identityKeys: keys.originalKeys,
      }),
      db.candidates.add(created),
      db.observations.bulkPut(moved.map((r) => ({ ...r, candidateId: newId }))),
      db.summaryFingerprints.where(':id').anyOf(movedIds).modify(to),
      db.photoHashes.where('id').anyOf(movedIds).modify(to),
      db.livenessSummaries.bulkPut(movedLiveness.taken.map((r) => ({ ...r, candidateId: newId }))),
      db.addedEvidence.bulkPut(movedEvidence.taken.map((r) => ({ ...r, candidateId: newId }))),
      db.notes.bulkPut(movedNotes.taken.map((r) => ({ ...r, candidateId: newId }))),
      db.identityKeys.bulkPut(keys.put),
    ]);
    const detail = {
      from: candidateId,
      into: newId,
      observations: moved.length,
      livenessSummaries: movedLiveness.taken.length,
      addedEvidence: movedEvidence.taken.length,
      notes: movedNotes.taken.length,
      reason,
    };
    await audit(db, { at: now, action: 'candidate-split', candidateId, actor: input.actor, detail });
    await audit(db, { at: now, action: 'candidate-split', candidateId: newId, actor: input.actor, detail });

    // After the moves, each record's narrower names can make others cite it that did not before.
    for (const other of await citingCandidates(db, { id: candidateId, names: keptView.names })) others.add(other);
    for (const other of await citingCandidates(db, created)) others.add(other);
    others.delete(candidateId);
    others.delete(newId);
    await assessStoredCandidate(db, candidateId, now);
    await assessStoredCandidate(db, newId, now);
    const reassessed: string[] = [];
    for (const other of others) {
      if (!(await db.candidates.get(other))) continue;
      await assessStoredCandidate(db, other, now);
      reassessed.push(other);
    }
    return { candidateId, newCandidateId: newId, sightings: moved.length, reassessed };
  });
  notifyCandidatesChanged([result.candidateId, result.newCandidateId, ...result.reassessed]);
  return result;
}

import type { Table } from 'dexie';
import type { HireProofDb } from '../db/database';
import type { AssessmentRecord, CandidateRecord } from '../db/records';
import type { DecisionRecord } from '../db/review-records';
import type { Band } from '../risk/assessment';
import { toQueueRow, type QueueRow } from './queue-row';

export interface QueueData {
  rows: QueueRow[];
  /** Titles of the signals that hit somewhere in the queue, by id: the signal filter's choices. */
  signalTitles: Map<string, string>;
  /** False for the quick first view: scores and hits are not read yet, sources are the site profiles only. */
  complete: boolean;
}

/**
 * Candidates read per transaction. A read transaction holds up every later write transaction on
 * its tables (IndexedDB runs them in order), and the background writes on every page a recruiter
 * opens: short transactions let its writes in between, instead of after seconds of queue reading.
 */
export const QUEUE_CHUNK = 250;

/** Who is in the queue: flagged (index keys), scored high (index keys), or decided (all decisions, a small table). */
async function queueMembers(db: HireProofDb): Promise<{ ids: string[]; flagged: Set<string>; high: Set<string>; latest: Map<string, DecisionRecord> }> {
  const [flaggedIds, highIds, decisions] = await db.transaction('r', [db.candidates, db.assessments, db.decisions], () =>
    Promise.all([
      db.candidates.where('flaggedForReview').equals(1).primaryKeys(),
      db.assessments.where('band').equals('high').primaryKeys(),
      db.decisions.toArray(),
    ]),
  );
  // The latest row per candidate (a reversal included: it means "undecided again").
  const latest = new Map<string, DecisionRecord>();
  for (const d of decisions) {
    const seen = latest.get(d.candidateId);
    if (!seen || d.at > seen.at) latest.set(d.candidateId, d);
  }
  const flagged = new Set(flaggedIds.map(String));
  const high = new Set(highIds.map(String));
  return { ids: [...new Set([...flagged, ...high, ...latest.keys()])], flagged, high, latest };
}

/** `read` over `ids` in chunks of QUEUE_CHUNK, one short read transaction each. */
async function inChunks<T>(db: HireProofDb, tables: Table[], ids: readonly string[], read: (chunk: string[]) => Promise<T[]>): Promise<T[]> {
  const out: T[] = [];
  for (let i = 0; i < ids.length; i += QUEUE_CHUNK) {
    const chunk = ids.slice(i, i + QUEUE_CHUNK);
    out.push(...(await db.transaction('r', tables, () => read(chunk))));
  }
  return out;
}

function queueRow(candidate: CandidateRecord, decision: DecisionRecord | undefined, detail: { assessment: AssessmentRecord | undefined; sources: string[] }): QueueRow {
  return toQueueRow({
    candidate,
    ...detail,
    decision: decision === undefined || decision.state === 'reversed' ? 'undecided' : decision.state,
    ...(decision === undefined ? {} : { decidedAt: decision.at }),
  });
}

/**
 * Every applicant HR should look at: flagged by a recruiter, scored high, or decided on before (so
 * the decision filter finds closed cases too), with scores, hits and every source. Read through
 * the indexes only (flaggedForReview, band, candidateId), so its cost follows the queue's size, not
 * the number of candidates stored. Sources come from the observations' primary keys
 * (`<source>|…`), a key-only read per candidate: a cursor hopping over the index (Dexie's anyOf)
 * took seconds for a few thousand candidates.
 */
export async function loadQueue(db: HireProofDb): Promise<QueueData> {
  const { ids, latest } = await queueMembers(db);
  const read = await inChunks(db, [db.candidates, db.assessments, db.observations], ids, (chunk) =>
    Promise.all([
      db.candidates.bulkGet(chunk),
      db.assessments.bulkGet(chunk),
      Promise.all(chunk.map((id) => db.observations.where('candidateId').equals(id).primaryKeys())),
    ]).then(([candidates, assessments, keys]) => chunk.map((_, i) => ({ candidate: candidates[i], assessment: assessments[i], keys: keys[i] ?? [] }))),
  );
  const signalTitles = new Map<string, string>();
  const rows: QueueRow[] = [];
  for (const { candidate, assessment, keys } of read) {
    // A decision can outlive its candidate (deleted since): there is no one left to review.
    if (!candidate) continue;
    for (const r of assessment?.results ?? []) if (r.status === 'hit' && !r.falsePositive) signalTitles.set(r.signalId, r.title);
    rows.push(queueRow(candidate, latest.get(candidate.id), { assessment, sources: keys.map((k) => String(k).split('|')[0] ?? '') }));
  }
  return { rows, signalTitles, complete: true };
}

/**
 * The quick first view of the queue, for the first rows on screen while `loadQueue` reads the
 * assessments (a few KB each: a second or two for thousands of them). The same applicants, with
 * names, e-mails, flags and decisions, "high" from the band index's keys (the other bands' keys are
 * most of the database: reading them cost more than the whole first view), and sources from their
 * site profiles (`site:<source>:<id>` keys, no read). Scores, hits and the other bands follow.
 */
export async function loadQueueFirstView(db: HireProofDb): Promise<QueueData> {
  const { ids, high, latest } = await queueMembers(db);
  const candidates = await inChunks(db, [db.candidates], ids, (chunk) => db.candidates.bulkGet(chunk));
  const rows: QueueRow[] = [];
  for (const candidate of candidates) {
    if (!candidate) continue;
    const sources = candidate.identityKeys.filter((k) => k.startsWith('site:')).map((k) => k.split(':')[1] ?? '');
    const band: Band | undefined = high.has(candidate.id) ? 'high' : undefined;
    rows.push({ ...queueRow(candidate, latest.get(candidate.id), { assessment: undefined, sources }), band, pending: true });
  }
  return { rows, signalTitles: new Map(), complete: false };
}

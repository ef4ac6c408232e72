import { assessStoredCandidate } from './assess-stored-candidate';
import { audit } from './audit';
import { notifyCandidatesChanged } from './changes';
import type { HireProofDb } from './database';
import { lastSeenAt } from './last-seen';
import { candidateDataTables, removeCandidateRows } from './remove-candidate-rows';

export const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Candidates examined per transaction. Each transaction holds every candidate table while it runs,
 * so a page being read waits for at most one batch; small enough to stay in the tens of
 * milliseconds, large enough that 100,000 expired candidates are not 100,000 transactions.
 */
export const PURGE_BATCH_SIZE = 25;

export interface PurgeSummary {
  retentionDays: number;
  /** Candidates last seen before this (epoch ms) have expired. */
  cutoff: number;
  /** Candidates whose `updatedAt` was before the cutoff, so whose other times were read. */
  examined: number;
  deleted: number;
  /** Examined but kept: an interview or a decision after the cutoff. */
  kept: number;
  /** Other candidates re-checked because their checks could cite a deleted one. */
  reassessed: number;
  batches: number;
  /** False when a batch failed; the run stops there and the next run carries on. */
  complete: boolean;
}

/** Lets the messages and page reads queued behind a batch run before the next one. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Deletes every candidate last seen (lib/db/last-seen.ts) more than `retentionDays` days before
 * `now`; 0 keeps everything and does nothing. Only candidates whose `updatedAt` is before the
 * cutoff can have expired, so the `updatedAt` index finds them without reading anyone else: with
 * 100,000 recent candidates stored, a run is one empty index read. They are handled in batches,
 * one transaction each (deletions and the re-checks they cause), yielding in between, so the
 * database is never held for long. Candidates kept for a recent interview or decision stay in the
 * index range: `offset` steps over them. A page read while the run is under way moves its candidate
 * out of the range, at worst making the run step over one candidate it had not looked at yet,
 * which the next run deletes. Running twice deletes nothing more. Writes one `candidate-deleted`
 * audit row per candidate and one `retention-purged` summary per run (candidateId '').
 */
export async function purgeExpired(
  db: HireProofDb,
  input: {
    now: number;
    retentionDays: number;
    batchSize?: number;
    /** Runs once before the first batch, only when some candidate may have expired (the background loads the IP database for the re-checks). */
    prepare?: () => Promise<void>;
  },
): Promise<PurgeSummary | undefined> {
  const { now, retentionDays } = input;
  if (retentionDays <= 0) return undefined;
  const batchSize = input.batchSize ?? PURGE_BATCH_SIZE;
  const cutoff = now - retentionDays * DAY_MS;
  const summary: PurgeSummary = { retentionDays, cutoff, examined: 0, deleted: 0, kept: 0, reassessed: 0, batches: 0, complete: false };
  try {
    // One key read decides whether there is anything to do; most daily runs stop here.
    const anyOld = (await db.candidates.where('updatedAt').below(cutoff).limit(1).primaryKeys()).length > 0;
    if (anyOld) await input.prepare?.();
    while (anyOld) {
      const batch = await purgeBatch(db, { now, retentionDays, cutoff, skip: summary.kept, batchSize });
      summary.batches += 1;
      summary.examined += batch.examined;
      summary.deleted += batch.deleted.length;
      summary.kept += batch.examined - batch.deleted.length;
      summary.reassessed += batch.reassessed.length;
      notifyCandidatesChanged([...batch.deleted, ...batch.reassessed]);
      if (batch.examined < batchSize) break;
      await nextTask();
    }
    summary.complete = true;
  } finally {
    await db.transaction('rw', db.auditLog, () =>
      audit(db, { at: now, action: 'retention-purged', candidateId: '', actor: 'extension', detail: { ...summary } }),
    );
  }
  return summary;
}

async function purgeBatch(
  db: HireProofDb,
  input: { now: number; retentionDays: number; cutoff: number; skip: number; batchSize: number },
): Promise<{ examined: number; deleted: string[]; reassessed: string[] }> {
  return db.transaction('rw', candidateDataTables(db), async () => {
    const candidates = await db.candidates.where('updatedAt').below(input.cutoff).offset(input.skip).limit(input.batchSize).toArray();
    const deleted: string[] = [];
    const others = new Set<string>();
    for (const candidate of candidates) {
      const last = await lastSeenAt(db, candidate);
      if (last >= input.cutoff) continue;
      const removed = await removeCandidateRows(db, candidate, {
        actor: 'extension',
        basis: 'retention',
        now: input.now,
        detail: { retentionDays: input.retentionDays, lastSeenAt: last },
      });
      deleted.push(candidate.id);
      for (const other of removed.others) others.add(other);
    }
    // After the whole batch: a candidate linked to two deleted ones is re-checked once, and one
    // deleted later in the batch is not re-checked at all.
    const reassessed: string[] = [];
    for (const other of others) {
      if (!(await db.candidates.get(other))) continue;
      await assessStoredCandidate(db, other, input.now);
      reassessed.push(other);
    }
    return { examined: candidates.length, deleted, reassessed };
  });
}

import type { HireProofDb } from '../db/database';
import type { CandidateRecord } from '../db/records';
import type { FeedbackCandidate } from './false-positive-feedback';

/** Candidates read per transaction: short reads let the background's writes in between (see load-queue.ts). */
export const FEEDBACK_CHUNK = 500;

/**
 * Every applicant with a false-positive mark, with their current results and when each mark was
 * made. No index covers the marks, so the candidates are scanned by primary key in short read
 * transactions (the audit log's `false-positive-set` rows would be quicker, but retention may have
 * purged the rows of marks that still stand). `onProgress` gets the candidates scanned so far.
 */
export async function loadFeedbackCandidates(db: HireProofDb, options: { onProgress?: (scanned: number) => void } = {}): Promise<FeedbackCandidate[]> {
  const out: FeedbackCandidate[] = [];
  let after: string | undefined;
  let scanned = 0;
  for (;;) {
    const from = after;
    const { chunk, marked } = await db.transaction('r', [db.candidates, db.assessments, db.auditLog], async () => {
      const rows = await (from === undefined ? db.candidates.orderBy(':id') : db.candidates.where(':id').above(from)).limit(FEEDBACK_CHUNK).toArray();
      const withMarks = rows.filter((c) => c.falsePositiveSignalIds.length > 0);
      return { chunk: rows, marked: await withDetail(db, withMarks) };
    });
    out.push(...marked);
    scanned += chunk.length;
    options.onProgress?.(scanned);
    if (chunk.length < FEEDBACK_CHUNK) return out;
    after = chunk[chunk.length - 1]?.id;
  }
}

async function withDetail(db: HireProofDb, candidates: readonly CandidateRecord[]): Promise<FeedbackCandidate[]> {
  const ids = candidates.map((c) => c.id);
  const [assessments, audits] = await Promise.all([
    db.assessments.bulkGet(ids),
    Promise.all(ids.map((id) => db.auditLog.where('candidateId').equals(id).filter((a) => a.action === 'false-positive-set').toArray())),
  ]);
  return candidates.map((candidate, i) => {
    const markedAt = new Map<string, number>();
    for (const entry of audits[i] ?? []) {
      const id = entry.detail.signalId;
      if (typeof id === 'string') markedAt.set(id, Math.max(entry.at, markedAt.get(id) ?? -Infinity));
    }
    return { candidateId: candidate.id, falsePositiveSignalIds: candidate.falsePositiveSignalIds, results: assessments[i]?.results, markedAt };
  });
}

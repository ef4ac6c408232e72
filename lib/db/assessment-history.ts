import Dexie from 'dexie';
import type { Assessment } from '../risk/assessment';
import type { HireProofDb } from './database';
import type { AssessmentHistoryRecord } from './review-records';

/** Signal ids of the hits that count towards the score, sorted: a false-positive mark takes one out. */
export function countedHits(assessment: Pick<Assessment, 'results'>): string[] {
  return assessment.results
    .filter((r) => r.status === 'hit' && !r.falsePositive)
    .map((r) => r.signalId)
    .sort();
}

export function historyEntryFor(assessment: Assessment): Omit<AssessmentHistoryRecord, 'id'> {
  return { candidateId: assessment.candidateId, at: assessment.assessedAt, score: assessment.score, band: assessment.band, hits: countedHits(assessment) };
}

/**
 * Whether a reviewer would see a difference: the score as shown (whole points), the band, or the
 * set of counted hits. A re-check that moves the score by a fraction of a point is not history.
 */
export function historyChanged(last: Omit<AssessmentHistoryRecord, 'id'> | undefined, next: Omit<AssessmentHistoryRecord, 'id'>): boolean {
  if (!last) return true;
  return Math.round(last.score) !== Math.round(next.score) || last.band !== next.band || last.hits.join('\n') !== next.hits.join('\n');
}

/** The candidate's latest history row: read early by a caller that writes the next one with its other writes. */
export function latestHistoryEntry(db: HireProofDb, candidateId: string): Promise<AssessmentHistoryRecord | undefined> {
  return db.assessmentHistory.where('[candidateId+at]').between([candidateId, Dexie.minKey], [candidateId, Dexie.maxKey]).last();
}

/** The candidate's history, oldest first. */
export function assessmentHistoryOf(db: HireProofDb, candidateId: string): Promise<AssessmentHistoryRecord[]> {
  return db.assessmentHistory.where('[candidateId+at]').between([candidateId, Dexie.minKey], [candidateId, Dexie.maxKey]).toArray();
}

/**
 * Appends a history row when `assessment` differs from the candidate's latest row (or there is
 * none yet: history starts with the first assessment after schema version 6). Call in the
 * transaction that stores the assessment; it must cover `db.assessmentHistory`. One indexed read,
 * and a write only on change, so it is cheap enough for every page a recruiter opens.
 */
export async function recordAssessmentHistory(db: HireProofDb, assessment: Assessment): Promise<boolean> {
  const next = historyEntryFor(assessment);
  const last = await latestHistoryEntry(db, assessment.candidateId);
  if (!historyChanged(last, next)) return false;
  await db.assessmentHistory.add(next);
  return true;
}

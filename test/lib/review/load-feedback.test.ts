import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type HireProofDb } from '../../../lib/db/database';
import { FEEDBACK_CHUNK, loadFeedbackCandidates } from '../../../lib/review/load-feedback';
import { seedCandidate } from './seed-review';

let db: HireProofDb;
let n = 0;
beforeEach(() => {
  db = openDatabase(`load-feedback-${n++}`);
});
afterEach(async () => {
  db.close();
  await db.delete();
});

describe('loadFeedbackCandidates', () => {
  it('finds every applicant with a mark across chunks, with results and the latest time each signal was marked', async () => {
    const total = FEEDBACK_CHUNK * 2 + 7;
    await db.candidates.bulkAdd(
      Array.from({ length: total }, (_, i) => ({
        id: `c${String(i).padStart(5, '0')}`, displayName: `A ${i}`, names: [`A ${i}`], identityKeys: [],
        falsePositiveSignalIds: i % 250 === 3 ? ['voip-phone'] : [], flaggedForReview: 0 as const, createdAt: 1, updatedAt: 1,
      })),
    );
    await seedCandidate(db, { id: 'zz-marked', falsePositiveSignalIds: ['reused-phone'], band: 'high', score: 70, hits: ['reused-phone'] });
    await db.auditLog.bulkAdd([
      { at: 10, action: 'false-positive-set', candidateId: 'zz-marked', actor: 'recruiter', detail: { signalId: 'reused-phone' } },
      { at: 30, action: 'false-positive-set', candidateId: 'zz-marked', actor: 'recruiter', detail: { signalId: 'reused-phone' } },
      { at: 40, action: 'false-positive-cleared', candidateId: 'zz-marked', actor: 'recruiter', detail: { signalId: 'other' } },
    ]);
    const progress: number[] = [];
    const found = await loadFeedbackCandidates(db, { onProgress: (done) => progress.push(done) });
    expect(found.map((c) => c.candidateId)).toEqual(['c00003', 'c00253', 'c00503', 'c00753', 'c01003', 'zz-marked']);
    const marked = found.at(-1);
    expect(marked?.results?.map((r) => r.signalId)).toEqual(['reused-phone']);
    expect([...(marked?.markedAt ?? [])]).toEqual([['reused-phone', 30]]);
    expect(found[0]?.results).toBeUndefined();
    expect(progress).toEqual([FEEDBACK_CHUNK, FEEDBACK_CHUNK * 2, total + 1]);
  });

  it('an empty database has no marks', async () => {
    expect(await loadFeedbackCandidates(db)).toEqual([]);
  });
});

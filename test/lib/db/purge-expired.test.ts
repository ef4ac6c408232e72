import { describe, expect, it } from 'vitest';
import type { HireProofDb } from '../../../lib/db/database';
import { useFreshDatabase } from './fresh-database';
import { decisionsOf, recordDecision } from '../../../lib/db/decisions';
import { attachLivenessSummary } from '../../../lib/db/liveness';
import { purgeExpired } from '../../../lib/db/purge-expired';
import { addNote, setFalsePositive } from '../../../lib/db/recruiter-actions';
import type { CandidateRecord } from '../../../lib/db/records';
import { makeLiveness } from '../signals/make-liveness';
import { DAY, rowsOf, seedApplicants, signalStatus } from './seed-governance';

let db: HireProofDb;
useFreshDatabase('purge-expired', (opened) => (db = opened));

const NOW = 1000 * DAY;
const RETENTION = 180;
const CUTOFF = NOW - RETENTION * DAY;
const purge = (now = NOW, retentionDays = RETENTION, batchSize?: number) => purgeExpired(db, { now, retentionDays, ...(batchSize ? { batchSize } : {}) });
const stored = async () => (await db.candidates.orderBy('id').primaryKeys()).sort();
const candidate = (id: string, updatedAt: number): CandidateRecord => ({
  id, displayName: id, names: [id], identityKeys: [], falsePositiveSignalIds: [], flaggedForReview: 0, createdAt: updatedAt, updatedAt,
});

describe('purgeExpired: who has expired', () => {
  it.each([
    ['seen exactly 180 days ago is kept', CUTOFF, true],
    ['seen 180 days and 1 ms ago is deleted', CUTOFF - 1, false],
    ['seen yesterday is kept', NOW - DAY, true],
    ['seen years ago is deleted', 0, false],
  ])('%s', async (_name, updatedAt, kept) => {
    await db.candidates.put(candidate('c', updatedAt));
    const summary = await purge();
    expect(await stored()).toEqual(kept ? ['c'] : []);
    expect(summary).toMatchObject({ deleted: kept ? 0 : 1, complete: true });
  });

  it.each<[string, (id: string) => Promise<unknown>, boolean]>([
    ['an interview after the cutoff keeps it', (id) => attachLivenessSummary(db, { candidateId: id, summary: makeLiveness({ startedAt: CUTOFF, endedAt: CUTOFF + DAY }), now: CUTOFF + DAY }), true],
    ['an HR decision after the cutoff keeps it', async (id) => {
      const current = (await decisionsOf(db, id)).at(-1)?.id;
      return recordDecision(db, { candidateId: id, state: 'cleared', reason: 'ID checked', seenCurrentId: current, now: NOW - DAY });
    }, true],
    ['an interview before the cutoff does not', (id) => attachLivenessSummary(db, { candidateId: id, summary: makeLiveness({ startedAt: 0, endedAt: CUTOFF - 1 }), now: NOW - DAY }), false],
    ['a note after the cutoff does not (annotating is not seeing the person)', (id) => addNote(db, { candidateId: id, text: 'still here?', now: NOW - DAY }), false],
    ['a false-positive mark after the cutoff does not', (id) => setFalsePositive(db, { candidateId: id, signalId: 'reused-phone', value: true, now: NOW - DAY }), false],
  ])('%s', async (_name, touch, kept) => {
    const { jordan } = await seedApplicants(db, { jordan: CUTOFF - DAY, sam: NOW });
    await touch(jordan);
    await purge();
    expect((await db.candidates.get(jordan)) !== undefined).toBe(kept);
  });

  it('0 keeps everything and does not run at all', async () => {
    await db.candidates.put(candidate('c', 0));
    expect(await purge(NOW, 0)).toBeUndefined();
    expect(await stored()).toEqual(['c']);
    expect(await db.auditLog.count()).toBe(0);
  });
});

describe('purgeExpired: what a deletion takes with it', () => {
  it('deletes every row of the expired candidate, unfiles their photo, and re-checks whoever shared details', async () => {
    const { jordan, sam, ana } = await seedApplicants(db, { jordan: CUTOFF - DAY, sam: NOW - DAY });
    expect(await signalStatus(db, sam, 'reused-phone')).toBe('hit');
    const summary = await purge();
    expect(summary).toMatchObject({ examined: 1, deleted: 1, kept: 0, reassessed: 1 });
    expect(Object.values(await rowsOf(db, jordan)).every((count) => count === 0)).toBe(true);
    expect(await stored()).toEqual([ana, sam].sort());
    for (const signalId of ['reused-phone', 'reused-photo', 'reused-resume-text']) expect(await signalStatus(db, sam, signalId)).toBe('miss');
    const deleted = await db.auditLog.where('action').equals('candidate-deleted').toArray();
    expect(deleted).toMatchObject([{ candidateId: jordan, actor: 'extension', detail: { basis: 'retention', retentionDays: RETENTION, lastSeenAt: CUTOFF - DAY } }]);
  });

  it('a second run deletes nothing more and re-checks no one', async () => {
    await seedApplicants(db, { jordan: CUTOFF - DAY, sam: NOW - DAY });
    await purge();
    const assessments = await db.assessments.toArray();
    expect(await purge(NOW + 1)).toMatchObject({ examined: 0, deleted: 0, reassessed: 0, complete: true });
    expect(await db.assessments.toArray()).toEqual(assessments);
  });
});

describe('purgeExpired: batches and the run summary', () => {
  it.each([
    { name: 'fewer than a batch', expired: 3, kept: 2, batchSize: 10, batches: 1 },
    { name: 'several batches, kept ones stepped over', expired: 23, kept: 9, batchSize: 5, batches: 7 },
    { name: 'an exact number of batches ends with an empty one', expired: 10, kept: 0, batchSize: 5, batches: 3 },
  ])('$name', async ({ expired, kept, batchSize, batches }) => {
    // Old candidates, in updatedAt order; those kept by a recent decision are spread among them.
    const total = expired + kept;
    const all = Array.from({ length: total }, (_, i) => candidate(`c${String(i).padStart(3, '0')}`, i));
    await db.candidates.bulkPut(all);
    const keptIds = Array.from({ length: kept }, (_, k) => all[Math.floor(((k + 0.5) * total) / kept)]!.id);
    for (const id of keptIds) await recordDecision(db, { candidateId: id, state: 'cleared', reason: 'ok', seenCurrentId: undefined, now: NOW });
    const summary = await purge(NOW, RETENTION, batchSize);
    expect(await stored()).toEqual(keptIds);
    expect(summary).toMatchObject({ examined: expired + kept, deleted: expired, kept, batches, complete: true });
  });

  it('writes one summary per run, about no one candidate, with nothing personal in it', async () => {
    await seedApplicants(db, { jordan: CUTOFF - DAY, sam: NOW - DAY });
    await purge();
    await purge(NOW + DAY);
    const runs = await db.auditLog.where('action').equals('retention-purged').toArray();
    expect(runs).toEqual([
      { id: expect.any(Number), at: NOW, action: 'retention-purged', candidateId: '', actor: 'extension', detail: { retentionDays: RETENTION, cutoff: CUTOFF, examined: 1, deleted: 1, kept: 0, reassessed: 1, batches: 1, complete: true } },
      { id: expect.any(Number), at: NOW + DAY, action: 'retention-purged', candidateId: '', actor: 'extension', detail: { retentionDays: RETENTION, cutoff: CUTOFF + DAY, examined: 0, deleted: 0, kept: 0, reassessed: 0, batches: 0, complete: true } },
    ]);
  });

  it('prepares (loads what re-checks need) only when someone may have expired', async () => {
    let prepared = 0;
    const prepare = async () => void (prepared += 1);
    await db.candidates.put(candidate('recent', NOW - DAY));
    await purgeExpired(db, { now: NOW, retentionDays: RETENTION, prepare });
    expect(prepared).toBe(0);
    await db.candidates.put(candidate('old', 0));
    await purgeExpired(db, { now: NOW, retentionDays: RETENTION, prepare });
    expect(prepared).toBe(1);
  });
});

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type HireProofDb } from '../../../lib/db/database';
import { loadQueue, loadQueueFirstView, QUEUE_CHUNK } from '../../../lib/review/load-queue';
import { seedCandidate } from './seed-review';

let db: HireProofDb;
let n = 0;
beforeEach(async () => {
  db = openDatabase(`load-queue-${n++}`);
  await seedCandidate(db, { id: 'flagged-low', flaggedForReview: 1, flagReason: 'Odd phone', band: 'low', score: 10, sources: ['lever'], updatedAt: 50 });
  await seedCandidate(db, {
    id: 'high', band: 'high', score: 80, hits: ['reused-phone'], sources: ['greenhouse', 'linkedin'],
    identityKeys: ['email:hi@example.com', 'phone:+1', 'site:greenhouse:42'],
  });
  await seedCandidate(db, { id: 'flagged-unassessed', flaggedForReview: 1 });
  await seedCandidate(db, { id: 'elevated-decided', band: 'elevated', score: 40 });
  await seedCandidate(db, { id: 'elevated-ignored', band: 'elevated', score: 40 });
  await seedCandidate(db, { id: 'reversed', band: 'low', score: 0 });
  await db.decisions.bulkAdd([
    { id: 'd1', candidateId: 'elevated-decided', at: 10, state: 'needs-verification', reason: 'r' },
    { id: 'd2', candidateId: 'elevated-decided', at: 20, state: 'cleared', reason: 'r', supersedes: 'd1' },
    { id: 'd3', candidateId: 'reversed', at: 10, state: 'rejected', reason: 'r' },
    { id: 'd4', candidateId: 'reversed', at: 20, state: 'reversed', reason: 'r', supersedes: 'd3' },
    // A decision outliving its candidate names nobody to review.
    { id: 'd5', candidateId: 'deleted', at: 20, state: 'cleared', reason: 'r' },
  ]);
});
afterEach(async () => {
  db.close();
  await db.delete();
});

describe('loadQueue', () => {
  it('lists the flagged, the high-scored and the decided, with what the filters need', async () => {
    const { rows, signalTitles } = await loadQueue(db);
    const byId = new Map(rows.map((r) => [r.candidateId, r]));
    expect([...byId.keys()].sort()).toEqual(['elevated-decided', 'flagged-low', 'flagged-unassessed', 'high', 'reversed']);
    expect(byId.get('high')).toMatchObject({ band: 'high', score: 80, hits: ['reused-phone'], sources: ['greenhouse', 'linkedin'], emails: ['hi@example.com'], flagged: false, decision: 'undecided' });
    expect(byId.get('flagged-low')).toMatchObject({ band: 'low', flagged: true, flagReason: 'Odd phone', sources: ['lever'], lastSeenAt: 50 });
    expect(byId.get('flagged-unassessed')).toMatchObject({ band: undefined, score: undefined, hits: [], sources: [] });
    expect(byId.get('elevated-decided')).toMatchObject({ decision: 'cleared', decidedAt: 20 });
    expect(byId.get('reversed')).toMatchObject({ decision: 'undecided', decidedAt: 20 });
    expect([...signalTitles]).toEqual([['reused-phone', 'Title of reused-phone']]);
  });

  it('the first view has the same applicants, "high" from the band index, and no scores or hits yet', async () => {
    const first = await loadQueueFirstView(db);
    const full = await loadQueue(db);
    expect(first.complete).toBe(false);
    expect(first.rows.map((r) => r.candidateId).sort()).toEqual(full.rows.map((r) => r.candidateId).sort());
    const byId = new Map(first.rows.map((r) => [r.candidateId, r]));
    expect(byId.get('high')).toMatchObject({ band: 'high', score: undefined, hits: [], pending: true, sources: ['greenhouse'], emails: ['hi@example.com'] });
    expect(byId.get('flagged-low')).toMatchObject({ band: undefined, pending: true, flagged: true, flagReason: 'Odd phone' });
    expect(byId.get('elevated-decided')).toMatchObject({ band: undefined, pending: true, decision: 'cleared' });
  });

  it('reads a queue longer than one chunk whole, in either view', async () => {
    const many = openDatabase(`load-queue-many-${n++}`);
    const count = QUEUE_CHUNK * 2 + 7;
    await many.candidates.bulkAdd(
      Array.from({ length: count }, (_, i) => ({
        id: `m${i}`, displayName: `M ${i}`, names: [`M ${i}`], identityKeys: [], falsePositiveSignalIds: [], flaggedForReview: 1 as const, createdAt: 1, updatedAt: 1,
      })),
    );
    expect((await loadQueue(many)).rows).toHaveLength(count);
    expect((await loadQueueFirstView(many)).rows).toHaveLength(count);
    many.close();
    await many.delete();
  });

  it('an empty database is an empty queue', async () => {
    const empty = openDatabase(`load-queue-empty-${n++}`);
    await expect(loadQueue(empty)).resolves.toEqual({ rows: [], signalTitles: new Map(), complete: true });
    await expect(loadQueueFirstView(empty)).resolves.toEqual({ rows: [], signalTitles: new Map(), complete: false });
    empty.close();
    await empty.delete();
  });
});

describe('loadQueue, live', () => {
  it('runs again when a recruiter flags someone or HR decides, across its short transactions', async () => {
    const { liveQuery } = await import('dexie');
    const seen: number[] = [];
    const subscription = liveQuery(() => loadQueue(db)).subscribe({ next: (data) => seen.push(data.rows.length) });
    const until = async (count: number) => {
      for (let i = 0; i < 200 && seen.at(-1) !== count; i++) await new Promise((r) => setTimeout(r, 10));
      expect(seen.at(-1)).toBe(count);
    };
    await until(5);
    await db.candidates.update('elevated-ignored', { flaggedForReview: 1 });
    await until(6);
    await db.decisions.add({ id: 'd9', candidateId: 'candidate-without-record', at: 1, state: 'cleared', reason: 'r' });
    await db.candidates.add({ id: 'candidate-without-record', displayName: 'Late', names: ['Late'], identityKeys: [], falsePositiveSignalIds: [], flaggedForReview: 0, createdAt: 1, updatedAt: 1 });
    await until(7);
    subscription.unsubscribe();
  });
});

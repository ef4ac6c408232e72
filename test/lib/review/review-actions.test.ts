import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type HireProofDb } from '../../../lib/db/database';
import type { ExtensionPageMessage } from '../../../lib/messaging';
import { createReviewActions } from '../../../lib/review/review-actions';
import { seedCandidate } from './seed-review';

let db: HireProofDb;
let n = 0;
beforeEach(async () => {
  db = openDatabase(`review-actions-${n++}`);
  await seedCandidate(db, { id: 'c1', flaggedForReview: 1 });
});
afterEach(async () => {
  db.close();
  await db.delete();
});

describe('review actions', () => {
  it.each([
    { name: 'the background answers', send: () => Promise.resolve({ ok: true }) },
    // The decision stands on its own; an open panel then shows it on its next refresh.
    { name: 'the background is not reachable', send: () => Promise.reject(new Error('Could not establish connection')) },
  ])('a decision is stored and the background told, even when $name', async ({ send }) => {
    const sent: ExtensionPageMessage[] = [];
    const actions = createReviewActions(db, { now: () => 42, send: (m) => (sent.push(m), send()) });
    const record = await actions.decide({ candidateId: 'c1', state: 'cleared', reason: 'ID checked', seenCurrentId: undefined });
    expect(record).toMatchObject({ candidateId: 'c1', state: 'cleared', at: 42 });
    expect(sent).toEqual([{ type: 'candidates-changed', candidateIds: ['c1'] }]);
  });

  it('a refused decision tells nobody', async () => {
    const sent: ExtensionPageMessage[] = [];
    const actions = createReviewActions(db, { now: () => 42, send: async (m) => sent.push(m) });
    await expect(actions.decide({ candidateId: 'c1', state: 'cleared', reason: '', seenCurrentId: undefined })).rejects.toThrow();
    expect(sent).toEqual([]);
  });

  it('views are logged, and a failure to log is a value, not an exception', async () => {
    const actions = createReviewActions(db, { now: () => 7, send: async () => undefined });
    await expect(actions.viewed('c1')).resolves.toBe(true);
    await expect(actions.viewed('nobody')).resolves.toBe(false);
    db.close();
    await expect(actions.viewed('c1')).resolves.toBe(false);
  });
});

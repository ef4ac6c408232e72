import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type HireProofDb } from '../../../lib/db/database';
import type { DecisionRecord } from '../../../lib/db/review-records';
import { buildPanelSnapshot } from '../../../lib/panel/build-panel-snapshot';
import { seedCandidate } from '../review/seed-review';

let db: HireProofDb;
let n = 0;
beforeEach(async () => {
  db = openDatabase(`panel-snapshot-${n++}`);
  await seedCandidate(db, { id: 'c1', band: 'high', score: 70 });
});
afterEach(async () => {
  db.close();
  await db.delete();
});

const row = (id: string, at: number, state: DecisionRecord['state'], supersedes?: string): DecisionRecord => ({
  id, candidateId: 'c1', at, state, reason: 'HR wording that stays on the case page', ...(supersedes ? { supersedes } : {}),
});

describe('buildPanelSnapshot: HR decision', () => {
  it.each([
    { name: 'none recorded', rows: [], decision: undefined },
    { name: 'the current one, state and date only', rows: [row('a', 10, 'needs-verification'), row('b', 20, 'cleared', 'a')], decision: { state: 'cleared', at: 20 } },
    { name: 'none after a reversal', rows: [row('a', 10, 'rejected'), row('b', 20, 'reversed', 'a')], decision: undefined },
  ])('$name', async ({ rows, decision }) => {
    await db.decisions.bulkAdd(rows);
    const snapshot = await buildPanelSnapshot(db, { status: 'ready', candidateId: 'c1', updatedAt: 1 });
    expect(snapshot.candidate?.decision).toEqual(decision);
    expect(JSON.stringify(snapshot)).not.toContain('HR wording');
  });
});

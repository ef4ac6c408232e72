import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type HireProofDb } from '../../../lib/db/database';
import { loadCase } from '../../../lib/review/load-case';
import { seedCandidate } from './seed-review';

let db: HireProofDb;
let n = 0;
const holder = (candidateId: string) => ({ candidateId, source: 'greenhouse', pageUrl: `https://app.greenhouse.io/people/${candidateId}`, seenAt: 5 });

beforeEach(async () => {
  db = openDatabase(`load-case-${n++}`);
  await seedCandidate(db, { id: 'me', names: ['Rae Lind', 'R. Lind'], identityKeys: ['email:rae@example.com', 'phone:+14155550134'], band: 'high', score: 70, sources: ['greenhouse'] });
  await seedCandidate(db, { id: 'other', displayName: 'Sam Other', band: 'elevated', score: 30 });
  await db.identityKeys.bulkAdd([
    { key: 'email:rae@example.com', candidateIds: ['me'], holders: [holder('me')] },
    { key: 'phone:+14155550134', candidateIds: ['me', 'other'], holders: [holder('me'), holder('other')] },
  ]);
  await db.notes.add({ id: 'n1', candidateId: 'me', text: 'Asked for ID', createdAt: 3 });
  await db.notes.add({ id: 'n2', candidateId: 'other', text: 'not mine', createdAt: 3 });
  await db.decisions.add({ id: 'd1', candidateId: 'me', at: 9, state: 'escalated', reason: 'Shared phone' });
  await db.assessmentHistory.add({ candidateId: 'me', at: 8, score: 70, band: 'high', hits: [] });
  await db.auditLog.add({ at: 9, action: 'decision-recorded', candidateId: 'me', actor: 'reviewer', detail: { decisionId: 'd1' } });
});
afterEach(async () => {
  db.close();
  await db.delete();
});

describe('loadCase', () => {
  it("reads the candidate's own rows and the others holding their keys", async () => {
    const data = (await loadCase(db, 'me'))!;
    expect(data.candidate.names).toEqual(['Rae Lind', 'R. Lind']);
    expect(data.assessment?.band).toBe('high');
    expect(data.observations.map((o) => o.id)).toEqual(['greenhouse|me']);
    expect(data.keyRows.map((r) => r.key)).toEqual(['email:rae@example.com', 'phone:+14155550134']);
    expect(data.linked).toEqual([{ candidateId: 'other', displayName: 'Sam Other', band: 'elevated', sharedKeys: ['phone:+14155550134'] }]);
    expect(data.linkedOmitted).toBe(0);
    expect(data.notes.map((x) => x.id)).toEqual(['n1']);
    expect(data.decisions.map((d) => d.id)).toEqual(['d1']);
    expect(data.history).toHaveLength(1);
    expect(data.audit.map((a) => a.action)).toEqual(['decision-recorded']);
  });

  it('an unknown candidate is undefined', async () => {
    await expect(loadCase(db, 'nobody')).resolves.toBeUndefined();
  });
});

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type HireProofDb } from '../../../lib/db/database';
import { decisionsOf, recordDecision } from '../../../lib/db/decisions';
import { recordCaseView } from '../../../lib/db/case-views';
import { DECISION_REASON_MAX_LENGTH } from '../../../lib/db/review-records';

let db: HireProofDb;
let n = 0;
beforeEach(async () => {
  db = openDatabase(`decisions-${n++}`);
  await db.candidates.add({ id: 'c1', displayName: 'Rae', names: ['Rae'], identityKeys: [], falsePositiveSignalIds: [], flaggedForReview: 1, createdAt: 1, updatedAt: 1 });
});
afterEach(async () => {
  db.close();
  await db.delete();
});

const decide = (state: Parameters<typeof recordDecision>[1]['state'], reason: string, seenCurrentId: string | undefined, now = 100, candidateId = 'c1') =>
  recordDecision(db, { candidateId, state, reason, seenCurrentId, now });

describe('recordDecision', () => {
  it('records, changes and reverses, each superseding the one before, each audited', async () => {
    const first = await decide('needs-verification', '  Asked for a passport scan  ', undefined, 100);
    expect(first).toMatchObject({ state: 'needs-verification', reason: 'Asked for a passport scan', at: 100 });
    expect(first.supersedes).toBeUndefined();
    // The same millisecond: still strictly later, so the order is never in doubt.
    const second = await decide('cleared', 'Passport matched on camera', first.id, 100);
    expect(second).toMatchObject({ state: 'cleared', supersedes: first.id, at: 101 });
    const third = await decide('reversed', 'Passport found on a fraud list', second.id, 200);
    expect(third).toMatchObject({ state: 'reversed', supersedes: second.id });
    const fourth = await decide('rejected', 'Confirmed by security', undefined, 300);
    expect(fourth.supersedes).toBe(third.id);

    expect((await decisionsOf(db, 'c1')).map((d) => d.state)).toEqual(['needs-verification', 'cleared', 'reversed', 'rejected']);
    const audit = await db.auditLog.where('candidateId').equals('c1').sortBy('at');
    expect(audit.map((a) => [a.action, a.actor, a.detail.state, a.detail.previousState])).toEqual([
      ['decision-recorded', 'reviewer', 'needs-verification', undefined],
      ['decision-recorded', 'reviewer', 'cleared', 'needs-verification'],
      ['decision-reversed', 'reviewer', 'reversed', 'cleared'],
      ['decision-recorded', 'reviewer', 'rejected', undefined],
    ]);
  });

  it.each([
    { name: 'an empty reason', state: 'cleared' as const, reason: '   ', seen: 'none', error: 'Give the reason for this decision.' },
    { name: 'an over-long reason', state: 'cleared' as const, reason: 'x'.repeat(DECISION_REASON_MAX_LENGTH + 1), seen: 'none', error: `at most ${DECISION_REASON_MAX_LENGTH}` },
    { name: 'an unknown state', state: 'fired' as never, reason: 'r', seen: 'none', error: 'Invalid option' },
    { name: 'reversing when nothing is decided', state: 'reversed' as const, reason: 'r', seen: 'none', error: 'no current decision' },
    { name: 'the current decision again', state: 'escalated' as const, reason: 'r', seen: 'current', error: 'already the current decision' },
    { name: 'a decision made on a stale page', state: 'cleared' as const, reason: 'r', seen: 'none', error: 'changed since you opened it' },
  ])('refuses $name and stores nothing', async ({ name, state, reason, seen, error }) => {
    const existing = name.includes('stale') || seen === 'current' ? await decide('escalated', 'Sent to security', undefined) : undefined;
    const before = await db.decisions.count();
    const auditBefore = await db.auditLog.count();
    await expect(decide(state, reason, seen === 'current' ? existing?.id : undefined, 500)).rejects.toThrow(error);
    expect(await db.decisions.count()).toBe(before);
    expect(await db.auditLog.count()).toBe(auditBefore);
  });

  it('refuses a candidate that is not stored', async () => {
    await expect(decide('cleared', 'ok', undefined, 1, 'nobody')).rejects.toThrow('no longer stored');
  });
});

describe('recordCaseView', () => {
  it('audits every view of a stored case, and nothing for an unknown one', async () => {
    await expect(recordCaseView(db, { candidateId: 'c1', now: 10 })).resolves.toBe(true);
    await expect(recordCaseView(db, { candidateId: 'c1', now: 20 })).resolves.toBe(true);
    await expect(recordCaseView(db, { candidateId: 'nobody', now: 30 })).resolves.toBe(false);
    const views = await db.auditLog.where('action').equals('case-viewed').toArray();
    expect(views.map((v) => [v.candidateId, v.at, v.actor])).toEqual([
      ['c1', 10, 'reviewer'],
      ['c1', 20, 'reviewer'],
    ]);
  });
});

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type HireProofDb } from '../../../lib/db/database';
import { recordObservation } from '../../../lib/db/record-observation';
import { addNote, setFalsePositive, setFlaggedForReview } from '../../../lib/db/recruiter-actions';
import { makeObservation } from '../candidate/make-observation';

let db: HireProofDb;
let n = 0;
let candidateId: string;

beforeEach(async () => {
  db = openDatabase(`recruiter-actions-${n++}`);
  // A disposable e-mail gives a hit to mark as a false positive.
  const recorded = await recordObservation(db, {
    observation: makeObservation({ names: ['Rae Lindqvist'], siteCandidateId: '7', emails: ['rae@mailinator.com'] }),
    now: 1000,
  });
  candidateId = recorded.candidateId;
});
afterEach(async () => {
  db.close();
  await db.delete();
});

describe('recruiter actions', () => {
  it('a false positive stays shown, stops counting, and can be undone; each step is audited', async () => {
    const before = (await db.assessments.get(candidateId))!;
    expect(before.results.find((r) => r.signalId === 'disposable-email')?.status).toBe('hit');
    expect(before.score).toBeGreaterThan(0);

    await setFalsePositive(db, { candidateId, signalId: 'disposable-email', value: true, now: 2000 });
    const marked = (await db.assessments.get(candidateId))!;
    const result = marked.results.find((r) => r.signalId === 'disposable-email');
    expect(result).toMatchObject({ status: 'hit', falsePositive: true, contribution: 0 });
    expect(marked.score).toBeLessThan(before.score);

    await setFalsePositive(db, { candidateId, signalId: 'disposable-email', value: false, now: 3000 });
    expect((await db.assessments.get(candidateId))!.score).toBe(before.score);
    const actions = (await db.auditLog.where('candidateId').equals(candidateId).sortBy('at')).map((a) => a.action);
    expect(actions).toEqual(['candidate-created', 'false-positive-set', 'false-positive-cleared']);
  });

  const noteCases: Array<[string, string, boolean]> = [
    ['a plain note is stored', 'Asked for ID on camera; agreed.', true],
    ['markup is kept as text', '<img src=x onerror=alert(1)>', true],
    ['an empty note is refused', '   ', false],
    ['an over-long note is refused', 'x'.repeat(2001), false],
  ];
  it.each(noteCases)('%s', async (_name, text, accepted) => {
    const attempt = addNote(db, { candidateId, text, now: 5000 });
    if (!accepted) {
      await expect(attempt).rejects.toThrow();
      expect(await db.notes.count()).toBe(0);
      return;
    }
    const id = await attempt;
    expect((await db.notes.get(id))?.text).toBe(text.trim());
    expect(await db.auditLog.where('action').equals('note-added').count()).toBe(1);
  });

  it('flagging for review records the reason and is audited; unflagging clears it', async () => {
    await setFlaggedForReview(db, { candidateId, flagged: true, reason: 'Phone shared with another applicant', now: 6000 });
    expect(await db.candidates.get(candidateId)).toMatchObject({ flaggedForReview: 1, flagReason: 'Phone shared with another applicant' });
    expect(await db.candidates.where('flaggedForReview').equals(1).count()).toBe(1);
    await setFlaggedForReview(db, { candidateId, flagged: false, now: 7000 });
    expect((await db.candidates.get(candidateId))?.flaggedForReview).toBe(0);
    const actions = (await db.auditLog.where('candidateId').equals(candidateId).sortBy('at')).map((a) => a.action);
    expect(actions).toEqual(['candidate-created', 'flagged-for-review', 'unflagged']);
  });

  it('actions on a candidate that is gone fail clearly and change nothing', async () => {
    await expect(addNote(db, { candidateId: 'missing', text: 'x', now: 1 })).rejects.toThrow(/no longer stored/);
    await expect(setFalsePositive(db, { candidateId: 'missing', signalId: 'voip-phone', value: true, now: 1 })).rejects.toThrow();
    expect(await db.notes.count()).toBe(0);
  });
});

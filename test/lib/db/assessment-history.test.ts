import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { assessmentHistoryOf, countedHits, historyChanged, recordAssessmentHistory } from '../../../lib/db/assessment-history';
import { openDatabase, type HireProofDb } from '../../../lib/db/database';
import { recordObservation } from '../../../lib/db/record-observation';
import { setFalsePositive } from '../../../lib/db/recruiter-actions';
import type { AssessmentHistoryRecord } from '../../../lib/db/review-records';
import type { Assessment, SignalResult } from '../../../lib/risk/assessment';
import { makeObservation } from '../candidate/make-observation';

const result = (signalId: string, status: SignalResult['status'], falsePositive = false): SignalResult => ({
  signalId, title: signalId, severity: 'medium', weight: 0.3, status, evidence: [], falsePositive, contribution: status === 'hit' && !falsePositive ? 30 : 0,
});
const assessment = (at: number, score: number, band: Assessment['band'], results: SignalResult[], candidateId = 'c1'): Assessment => ({
  candidateId, assessedAt: at, score, band, results, explanation: [],
});
const entry = (score: number, band: Assessment['band'], hits: string[]): Omit<AssessmentHistoryRecord, 'id'> => ({ candidateId: 'c1', at: 0, score, band, hits });

describe('what counts as a change', () => {
  it.each([
    ['no row yet', undefined, entry(0, 'low', []), true],
    ['nothing changed', entry(30, 'elevated', ['a']), entry(30, 'elevated', ['a']), false],
    ['a fraction of a point is not shown, so not history', entry(30.2, 'elevated', ['a']), entry(29.9, 'elevated', ['a']), false],
    ['a whole point is', entry(30, 'elevated', ['a']), entry(31, 'elevated', ['a']), true],
    ['the band', entry(59.6, 'elevated', ['a']), entry(60, 'high', ['a']), true],
    ['a hit came', entry(30, 'elevated', ['a']), entry(30, 'elevated', ['a', 'b']), true],
    ['a hit swapped for another of the same weight', entry(30, 'elevated', ['a']), entry(30, 'elevated', ['b']), true],
  ] as const)('%s: %s', (_name, last, next, changed) => {
    expect(historyChanged(last, next)).toBe(changed);
  });

  it('counts hits that are not marked false positive, sorted', () => {
    expect(countedHits({ results: [result('z', 'hit'), result('a', 'hit'), result('m', 'hit', true), result('b', 'miss'), result('c', 'skip')] })).toEqual(['a', 'z']);
  });
});

let db: HireProofDb;
let n = 0;
beforeEach(() => {
  db = openDatabase(`assessment-history-${n++}`);
});
afterEach(async () => {
  db.close();
  await db.delete();
});

describe('recordAssessmentHistory', () => {
  it('appends only when what a reviewer sees changed, per candidate', async () => {
    const steps: Array<[Assessment, boolean]> = [
      [assessment(1, 0, 'low', []), true],
      [assessment(2, 0, 'low', [result('a', 'miss')]), false],
      [assessment(3, 30, 'elevated', [result('a', 'hit')]), true],
      [assessment(4, 30, 'elevated', [result('a', 'hit')], 'c2'), true],
      [assessment(5, 0, 'low', [result('a', 'hit', true)]), true],
      [assessment(6, 0, 'low', [result('a', 'hit', true)]), false],
    ];
    for (const [a, written] of steps) {
      expect(await db.transaction('rw', db.assessmentHistory, () => recordAssessmentHistory(db, a))).toBe(written);
    }
    expect((await assessmentHistoryOf(db, 'c1')).map((r) => [r.at, r.score, r.band, r.hits])).toEqual([
      [1, 0, 'low', []],
      [3, 30, 'elevated', ['a']],
      [5, 0, 'low', []],
    ]);
    // The compound index also answers by candidate alone (for retention and deletion).
    expect(await db.assessmentHistory.where('candidateId').equals('c2').count()).toBe(1);
  });

  it('is written wherever an assessment is stored: the page read, a false-positive mark and its undoing', async () => {
    const { candidateId } = await recordObservation(db, {
      observation: makeObservation({ names: ['Rae Lindqvist'], siteCandidateId: '7', emails: ['rae@mailinator.com'] }),
      now: 1000,
    });
    await setFalsePositive(db, { candidateId, signalId: 'disposable-email', value: true, now: 2000 });
    await setFalsePositive(db, { candidateId, signalId: 'disposable-email', value: false, now: 3000 });
    const history = await assessmentHistoryOf(db, candidateId);
    expect(history.map((h) => [h.at, h.hits.includes('disposable-email')])).toEqual([
      [1000, true],
      [2000, false],
      [3000, true],
    ]);
    expect(history[2]!.score).toBeGreaterThan(history[1]!.score);
  });
});

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type HireProofDb } from '../../../lib/db/database';
import { attachLivenessSummary } from '../../../lib/db/liveness';
import { recordObservation } from '../../../lib/db/record-observation';
import { makeObservation } from '../candidate/make-observation';
import { makeLiveness } from '../signals/make-liveness';

let db: HireProofDb;
let n = 0;
let candidateId: string;
beforeEach(async () => {
  db = openDatabase(`liveness-${n++}`);
  candidateId = (await recordObservation(db, { observation: makeObservation({ names: ['Ada Brook'], siteCandidateId: '3' }), now: 1 })).candidateId;
});
afterEach(async () => {
  db.close();
  await db.delete();
});

const status = async (id: string) => (await db.assessments.get(candidateId))?.results.find((r) => r.signalId === id)?.status;

describe('attaching a liveness summary', () => {
  it('a frozen interview makes liveness-video-replay hit, and is audited', async () => {
    expect(await status('liveness-video-replay')).toBe('skip');
    await attachLivenessSummary(db, { candidateId, summary: makeLiveness({ frozenOrLooping: 'frozen' }), now: 2 });
    expect(await status('liveness-video-replay')).toBe('hit');
    expect(await status('liveness-blink-atypical')).toBe('miss');
    const actions = (await db.auditLog.where('candidateId').equals(candidateId).sortBy('at')).map((a) => a.action);
    expect(actions).toEqual(['candidate-created', 'liveness-attached']);
  });

  it.each<[string, unknown]>([
    ['landmarks riding along', { ...makeLiveness(), landmarks: [[0.1, 0.2, 0]] }],
    ['an image riding along', { ...makeLiveness(), frame: 'data:image/png;base64,AAAA' }],
    ['an end before the start', makeLiveness({ startedAt: 10, endedAt: 5 })],
    ['a share above 1', makeLiveness({ faceFoundShare: 1.5 })],
  ])('refuses %s and stores nothing', async (_name, summary) => {
    await expect(attachLivenessSummary(db, { candidateId, summary, now: 2 })).rejects.toThrow();
    expect(await db.livenessSummaries.count()).toBe(0);
  });

  it('refuses an unknown candidate', async () => {
    await expect(attachLivenessSummary(db, { candidateId: 'nobody', summary: makeLiveness(), now: 2 })).rejects.toThrow('no longer stored');
  });
});

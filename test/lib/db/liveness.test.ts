import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type HireProofDb } from '../../../lib/db/database';
import { attachLivenessSummary, detachLivenessSummary } from '../../../lib/db/liveness';
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

  it('stays on the assessment when the candidate\'s page is read again', async () => {
    await attachLivenessSummary(db, { candidateId, summary: makeLiveness({ frozenOrLooping: 'frozen' }), now: 2 });
    const again = await recordObservation(db, { observation: makeObservation({ names: ['Ada Brook'], siteCandidateId: '3' }), now: 3 });
    expect(again.candidateId).toBe(candidateId);
    expect(await status('liveness-video-replay')).toBe('hit');
  });

  it('refuses an unknown candidate', async () => {
    await expect(attachLivenessSummary(db, { candidateId: 'nobody', summary: makeLiveness(), now: 2 })).rejects.toThrow('no longer stored');
  });

  describe('saved again as the call goes on', () => {
    const SUMMARY = '7d1f0c3e-3a59-4d6c-9b7e-0d3c52a1e111';
    let other: string;
    beforeEach(async () => {
      other = (await recordObservation(db, { observation: makeObservation({ names: ['Ben Carr'], siteCandidateId: '4' }), now: 1 })).candidateId;
    });
    const actionsOf = async (id: string) => (await db.auditLog.where('candidateId').equals(id).sortBy('id')).map((a) => a.action);
    const statusOf = async (id: string, signal: string) => (await db.assessments.get(id))?.results.find((r) => r.signalId === signal)?.status;

    it.each([
      {
        name: 'the same id on the same candidate replaces the summary, audited once',
        saves: [{ to: 'first', frozen: 'none' }, { to: 'first', frozen: 'frozen' }],
        stored: { first: 1, other: 0 },
        replay: { first: 'hit', other: 'skip' },
        audit: { first: ['candidate-created', 'liveness-attached'], other: ['candidate-created'] },
      },
      {
        name: 'linking the participant to another candidate moves it and re-checks both',
        saves: [{ to: 'first', frozen: 'frozen' }, { to: 'other', frozen: 'frozen' }],
        stored: { first: 0, other: 1 },
        replay: { first: 'skip', other: 'hit' },
        audit: { first: ['candidate-created', 'liveness-attached', 'liveness-detached'], other: ['candidate-created', 'liveness-attached'] },
      },
    ] as const)('$name', async ({ saves, stored, replay, audit }) => {
      const ids = { first: candidateId, other };
      let now = 10;
      for (const save of saves) {
        await attachLivenessSummary(db, { candidateId: ids[save.to], summaryId: SUMMARY, summary: makeLiveness({ frozenOrLooping: save.frozen }), now: now++ });
      }
      for (const who of ['first', 'other'] as const) {
        expect(await db.livenessSummaries.where('candidateId').equals(ids[who]).count()).toBe(stored[who]);
        expect(await statusOf(ids[who], 'liveness-video-replay')).toBe(replay[who]);
        expect(await actionsOf(ids[who])).toEqual(audit[who]);
      }
    });

    it('detaching takes the summary off, re-checks and audits; an unknown id changes nothing', async () => {
      await attachLivenessSummary(db, { candidateId, summaryId: SUMMARY, summary: makeLiveness({ frozenOrLooping: 'frozen' }), now: 10 });
      await detachLivenessSummary(db, { summaryId: SUMMARY, now: 11 });
      expect(await db.livenessSummaries.count()).toBe(0);
      expect(await statusOf(candidateId, 'liveness-video-replay')).toBe('skip');
      expect(await actionsOf(candidateId)).toEqual(['candidate-created', 'liveness-attached', 'liveness-detached']);
      await detachLivenessSummary(db, { summaryId: SUMMARY, now: 12 });
      expect(await db.auditLog.count()).toBe(4);
    });
  });
});

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { onCandidatesChanged } from '../../../lib/db/changes';
import { openDatabase, type HireProofDb } from '../../../lib/db/database';
import { deleteCandidate } from '../../../lib/db/delete-candidate';
import { findSimilarPhotos } from '../../../lib/db/find-similar-photos';
import { findSimilarSummaries } from '../../../lib/db/find-similar-summaries';
import { DAY, rowsOf, SHARED_PHOTO, seedApplicants, signalStatus } from './seed-governance';

let db: HireProofDb;
let n = 0;
let ids: { jordan: string; sam: string; ana: string };
const NOW = 100 * DAY;
beforeEach(async () => {
  db = openDatabase(`delete-candidate-${n++}`);
  ids = await seedApplicants(db, { jordan: NOW - 2 * DAY, sam: NOW - DAY });
});
afterEach(async () => {
  db.close();
  await db.delete();
});

const remove = (candidateId: string, actor: 'reviewer' | 'extension' = 'reviewer') =>
  deleteCandidate(db, { candidateId, actor, basis: actor === 'reviewer' ? 'manual' : 'retention', now: NOW });

describe('deleteCandidate', () => {
  it('removes the candidate and every row about them, photo block entries included', async () => {
    const before = await rowsOf(db, ids.jordan);
    expect(Object.values(before).every((count) => count > 0)).toBe(true);
    await remove(ids.jordan);
    const after = await rowsOf(db, ids.jordan);
    expect(after).toEqual(Object.fromEntries(Object.keys(before).map((table) => [table, 0])));
  });

  it.each([
    ['reused-phone', 'hit', 'miss'],
    ['reused-photo', 'hit', 'miss'],
    ['reused-resume-text', 'hit', 'miss'],
  ])("the candidate who shared details loses %s (%s -> %s) and no longer names the deleted one", async (signalId, before, after) => {
    expect(await signalStatus(db, ids.sam, signalId)).toBe(before);
    const deleted = await remove(ids.jordan);
    expect(deleted?.reassessed).toEqual([ids.sam]);
    expect(await signalStatus(db, ids.sam, signalId)).toBe(after);
    expect(JSON.stringify(await db.assessments.get(ids.sam))).not.toContain('Jordan');
  });

  it('leaves shared identity key rows to their other holders and deletes the rest', async () => {
    await remove(ids.jordan);
    const phone = await db.identityKeys.get('phone:+14155550134');
    expect(phone?.candidateIds).toEqual([ids.sam]);
    expect(phone?.holders.map((h) => h.candidateId)).toEqual([ids.sam]);
    expect(await db.identityKeys.get('email:jordan.ellis@example.com')).toBeUndefined();
  });

  it('later lookups find neither the photo nor the summary', async () => {
    const sam = async () => {
      const [summaries, photos] = await Promise.all([db.summaryFingerprints.where('candidateId').equals(ids.sam).toArray(), db.photoHashes.where('candidateId').equals(ids.sam).toArray()]);
      return {
        photos: (await findSimilarPhotos(db, { candidateId: ids.sam, names: ['Sam Okafor'], hashes: [SHARED_PHOTO], ownSeqs: photos.map((p) => p.seq!) })).map((m) => m.otherCandidateId),
        summaries: (await findSimilarSummaries(db, { candidateId: ids.sam, names: ['Sam Okafor'], fingerprints: summaries })).map((m) => m.otherCandidateId),
      };
    };
    expect(await sam()).toEqual({ photos: [ids.jordan], summaries: [ids.jordan] });
    await remove(ids.jordan);
    expect(await sam()).toEqual({ photos: [], summaries: [] });
  });

  it('leaves a candidate who shared nothing alone', async () => {
    const ana = await db.assessments.get(ids.ana);
    await remove(ids.jordan);
    expect(await db.assessments.get(ids.ana)).toEqual(ana);
  });

  it('announces the deleted and the re-checked candidates once the data is gone', async () => {
    const heard: string[][] = [];
    const stop = onCandidatesChanged((changed) => heard.push([...changed]));
    await remove(ids.jordan);
    stop();
    expect(heard).toEqual([[ids.jordan, ids.sam]]);
  });

  it('a second deletion finds nothing and writes nothing', async () => {
    await remove(ids.jordan);
    const audit = await db.auditLog.count();
    expect(await remove(ids.jordan)).toBeUndefined();
    expect(await db.auditLog.count()).toBe(audit);
  });
});

describe('deleteCandidate: the audit log', () => {
  // The phone as stored and as shown; not its area code alone, which a random row id (a UUID) can
  // contain. The test was seen failing 2 times in 8 runs; that cause is likely, not confirmed.
  const PERSONAL = ['Sam Okafor', 'Jordan', '81.2.69.142', '+05:30', 'UTC+5:30', 'accommodation', '4155550134', '555 0134', '555-0134', 'example.com'];

  it.each([
    { actor: 'reviewer' as const, basis: 'manual' },
    { actor: 'extension' as const, basis: 'retention' },
  ])('records who deleted ($actor) and why ($basis), with counts only', async ({ actor, basis }) => {
    const deleted = await remove(ids.jordan, actor);
    const row = await db.auditLog.where('candidateId').equals(ids.jordan).and((r) => r.action === 'candidate-deleted').first();
    expect(row).toMatchObject({ at: NOW, actor, detail: { basis, ...deleted?.counts, linkedCandidates: 1 } });
    expect(deleted?.counts).toMatchObject({ observations: 1, decisions: 1, notes: 1, livenessSummaries: 1, summaryFingerprints: 1, photoHashes: 1, identityKeysShared: 1 });
    // Its summary is out of the band rows too: only the other applicant's sighting stays filed.
    const filed = new Set((await db.summaryBands.toArray()).flatMap((row) => row.ids));
    const kept = await db.summaryFingerprints.toArray();
    expect([...filed].sort()).toEqual([...new Set(kept.map((r) => r.id))].sort());
  });

  it('keeps the earlier rows, scrubbed of personal values', async () => {
    const before = (await db.auditLog.where('candidateId').equals(ids.jordan).sortBy('id')).map((r) => r.action);
    await remove(ids.jordan);
    const after = await db.auditLog.where('candidateId').equals(ids.jordan).sortBy('id');
    expect(after.map((r) => r.action)).toEqual([...before, 'candidate-deleted']);
    const text = JSON.stringify(after);
    for (const value of PERSONAL) expect(text).not.toContain(value);
    expect(after.find((r) => r.action === 'evidence-added')?.detail).toEqual({ scrubbed: 'values' });
    expect(after.find((r) => r.action === 'flagged-for-review')?.detail).toEqual({ scrubbed: 'reason' });
    expect(after.find((r) => r.action === 'liveness-attached')?.detail).toMatchObject({ meeting: 'jitsi', scrubbed: 'skipped' });
    expect(after.find((r) => r.action === 'decision-recorded')?.detail).toMatchObject({ state: 'needs-verification' });
  });

  it("leaves the other candidates' audit rows as they were", async () => {
    const sam = await db.auditLog.where('candidateId').equals(ids.sam).toArray();
    await remove(ids.jordan);
    expect(await db.auditLog.where('candidateId').equals(ids.sam).toArray()).toEqual(sam);
  });
});

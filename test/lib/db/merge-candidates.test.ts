import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { onCandidatesChanged } from '../../../lib/db/changes';
import { openDatabase, type HireProofDb } from '../../../lib/db/database';
import { decisionsOf } from '../../../lib/db/decisions';
import { findSimilarPhotos } from '../../../lib/db/find-similar-photos';
import { mergeCandidates } from '../../../lib/db/merge-candidates';
import { recordObservation } from '../../../lib/db/record-observation';
import { makeObservation } from '../candidate/make-observation';
import { DAY, JORDAN, rowsOf, SHARED_PHOTO, seedApplicants, seen } from './seed-governance';

/**
 * Jordan's Greenhouse record (a full case, sharing a phone, photo and summary with Sam) and a
 * second record of Jordan from LinkedIn that shares no key with it: a reviewer merges the two.
 */

let db: HireProofDb;
let n = 0;
let ids: { jordan: string; sam: string; ana: string; linkedin: string };
const NOW = 100 * DAY;
const JORDAN_LINKEDIN = makeObservation({
  source: 'linkedin',
  names: ['Jordan Ellis', 'J. Ellis'],
  siteCandidateId: 'jordan-ellis',
  pageUrl: 'https://www.linkedin.com/in/jordan-ellis/',
  emails: ['j.ellis@example.net'],
});
const KEYLESS = makeObservation({ source: 'lever', names: ['Jordan Ellis'], pageUrl: 'https://jobs.lever.co/acme/77aa' });
beforeEach(async () => {
  db = openDatabase(`merge-candidates-${n++}`);
  const seeded = await seedApplicants(db, { jordan: NOW - 5 * DAY, sam: NOW - 3 * DAY });
  ids = { ...seeded, linkedin: await seen(db, JORDAN_LINKEDIN, NOW - 2 * DAY) };
});
afterEach(async () => {
  db.close();
  await db.delete();
});

const REASON = 'Same person: the LinkedIn profile links the Greenhouse application';
const merge = (fromId: string, intoId: string, reason = REASON) => mergeCandidates(db, { fromId, intoId, reason, actor: 'reviewer', now: NOW });

describe('mergeCandidates: refusals', () => {
  it.each([
    { name: 'into itself', from: () => ids.jordan, into: () => ids.jordan, reason: REASON, error: 'A record cannot be merged with itself' },
    { name: 'a missing record', from: () => 'gone', into: () => ids.linkedin, reason: REASON, error: 'The record to merge is no longer stored' },
    { name: 'into a missing record', from: () => ids.jordan, into: () => 'gone', reason: REASON, error: 'The record to keep is no longer stored' },
    { name: 'without a reason', from: () => ids.jordan, into: () => ids.linkedin, reason: '   ', error: 'Give the reason for this change.' },
  ])('$name: refused with a sentence, nothing changes', async ({ from, into, reason, error }) => {
    const [before, audit] = [await rowsOf(db, ids.jordan), await db.auditLog.count()];
    await expect(merge(from(), into(), reason)).rejects.toThrow(error);
    expect(await rowsOf(db, ids.jordan)).toEqual(before);
    expect(await db.auditLog.count()).toBe(audit);
  });
});

describe('mergeCandidates: the rows', () => {
  it('moves every row about `from` to `into` and leaves nothing under `from`', async () => {
    const [from, into] = [await rowsOf(db, ids.jordan), await rowsOf(db, ids.linkedin)];
    const merged = await merge(ids.jordan, ids.linkedin);
    expect(merged).toMatchObject({ fromId: ids.jordan, intoId: ids.linkedin, sightings: 1 });
    expect(Object.values(await rowsOf(db, ids.jordan)).every((count) => count === 0)).toBe(true);
    const after = await rowsOf(db, ids.linkedin);
    const moved = ['observations', 'notes', 'decisions', 'addedEvidence', 'livenessSummaries', 'summaryFingerprints', 'photoHashes', 'photoBlockEntries', 'identityKeys'] as const;
    for (const table of moved) expect([table, after[table]]).toEqual([table, (from[table] ?? 0) + (into[table] ?? 0)]);
    expect(after).toMatchObject({ candidates: 1, assessments: 1 });
    // Jordan's history moved, and the merged record's new score added a row.
    expect(after.assessmentHistory).toBeGreaterThanOrEqual((from.assessmentHistory ?? 0) + (into.assessmentHistory ?? 0));
  });

  it('combines the records: every name and key, the marks, the flag, the earlier creation', async () => {
    await merge(ids.jordan, ids.linkedin);
    const merged = await db.candidates.get(ids.linkedin);
    expect(merged).toMatchObject({
      displayName: 'Jordan Ellis',
      names: ['Jordan Ellis', 'J. Ellis'],
      falsePositiveSignalIds: ['reused-email'],
      flaggedForReview: 1,
      flagReason: 'Same phone as Sam Okafor',
      createdAt: NOW - 5 * DAY,
      updatedAt: NOW - 2 * DAY,
    });
    expect(merged?.identityKeys).toEqual([
      'email:j.ellis@example.net',
      'email:jordan.ellis@example.com',
      'linkedin:https://www.linkedin.com/in/jordan-ellis',
      'phone:+14155550134',
      'site:greenhouse:1001',
      'site:linkedin:jordan-ellis',
    ]);
  });

  it('replaces `from` in the identity key rows, ids and holders alike', async () => {
    await merge(ids.jordan, ids.linkedin);
    const phone = await db.identityKeys.get('phone:+14155550134');
    expect(phone?.candidateIds).toEqual([ids.linkedin, ids.sam]);
    expect(phone?.holders.map((h) => h.candidateId)).toEqual([ids.linkedin, ids.sam]);
    expect(await db.identityKeys.where('candidateIds').equals(ids.jordan).count()).toBe(0);
  });

  it("keeps `from`'s decisions, so the later one is current", async () => {
    const decided = await decisionsOf(db, ids.jordan);
    await merge(ids.jordan, ids.linkedin);
    expect((await decisionsOf(db, ids.linkedin)).map((d) => d.id)).toEqual(decided.map((d) => d.id));
  });
});

describe('mergeCandidates: the checks', () => {
  it('re-checks the candidates who shared details, whose lookups now find the merged record', async () => {
    const merged = await merge(ids.jordan, ids.linkedin);
    expect(merged.reassessed).toEqual([ids.sam]);
    const sam = await db.assessments.get(ids.sam);
    expect(sam?.assessedAt).toBe(NOW);
    expect(sam?.results.filter((r) => r.status === 'hit').map((r) => r.signalId)).toEqual(['reused-phone', 'reused-photo', 'reused-resume-text']);
    const photos = await db.photoHashes.where('candidateId').equals(ids.sam).toArray();
    const found = await findSimilarPhotos(db, { candidateId: ids.sam, names: ['Sam Okafor'], hashes: [SHARED_PHOTO], ownSeqs: photos.map((p) => p.seq!) });
    expect(found.map((m) => m.otherCandidateId)).toEqual([ids.linkedin]);
  });

  it('re-checks the merged record with everything it now holds', async () => {
    await merge(ids.jordan, ids.linkedin);
    const assessment = await db.assessments.get(ids.linkedin);
    expect(assessment?.results.find((r) => r.signalId === 'reused-phone')?.status).toBe('hit');
    expect(await db.assessments.get(ids.jordan)).toBeUndefined();
  });

  it.each([
    { name: 'with identity keys', page: () => JORDAN, sighting: 'greenhouse|1001' },
    // No e-mail, phone, link or site id: only its stored sighting says where it belongs.
    { name: 'without any identity key', page: () => KEYLESS, sighting: `lever|${KEYLESS.pageUrl}` },
  ])('a page of `from` $name, read again, lands on the merged record', async ({ page, sighting }) => {
    const fromId = await seen(db, page(), NOW - DAY);
    await merge(fromId, ids.linkedin);
    const again = await recordObservation(db, { observation: page(), now: NOW + DAY });
    expect(again).toMatchObject({ candidateId: ids.linkedin, created: false });
    expect((await db.observations.get(sighting))?.candidateId).toBe(ids.linkedin);
  });

  it('announces both records and the re-checked ones once committed', async () => {
    const heard: string[][] = [];
    const stop = onCandidatesChanged((changed) => heard.push([...changed]));
    await merge(ids.jordan, ids.linkedin);
    stop();
    expect(heard).toEqual([[ids.linkedin, ids.jordan, ids.sam]]);
  });
});

describe('mergeCandidates: the audit log', () => {
  it('writes `candidates-merged` on both records with both ids, the pages moved and the reason', async () => {
    await merge(ids.jordan, ids.linkedin);
    const rows = await db.auditLog.where('action').equals('candidates-merged').toArray();
    expect(rows.map((r) => r.candidateId).sort()).toEqual([ids.jordan, ids.linkedin].sort());
    for (const row of rows) {
      expect(row).toMatchObject({ at: NOW, actor: 'reviewer', detail: { from: ids.jordan, into: ids.linkedin, observations: 1, reason: REASON } });
    }
  });

  it("keeps `from`'s earlier audit rows under its id", async () => {
    const before = await db.auditLog.where('candidateId').equals(ids.jordan).count();
    await merge(ids.jordan, ids.linkedin);
    expect(await db.auditLog.where('candidateId').equals(ids.jordan).count()).toBe(before + 1);
  });
});

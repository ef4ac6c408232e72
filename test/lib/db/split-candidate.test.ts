import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CandidateObservation } from '../../../lib/candidate/observation';
import { onCandidatesChanged } from '../../../lib/db/changes';
import { openDatabase, type HireProofDb } from '../../../lib/db/database';
import { recordObservation } from '../../../lib/db/record-observation';
import { splitCandidate, type SplitInput } from '../../../lib/db/split-candidate';
import { makeObservation } from '../candidate/make-observation';
import { SAME_FIELD } from '../similarity/sample-summaries';
import { DAY, JORDAN, rowsOf, seedApplicants, seen } from './seed-governance';

/**
 * A wrong merge: another Jordan's LinkedIn profile shows Jordan Ellis's e-mail address (and, when
 * first read, an old address of its own), so it landed on Jordan's Greenhouse record (a full case
 * that shares a phone, photo and summary with Sam). A reviewer splits it off.
 */

let db: HireProofDb;
let n = 0;
let ids: { jordan: string; sam: string; ana: string };
const NOW = 100 * DAY;
const OTHER_PHOTO = '123456789abcdef0';
const OTHER_JORDAN = makeObservation({
  source: 'linkedin',
  names: ['Jordan A. Ellis'],
  siteCandidateId: 'jordan-a-ellis',
  pageUrl: 'https://www.linkedin.com/in/jordan-a-ellis/',
  emails: ['jordan.ellis@example.com'],
  phones: ['+1 212 555 0199'],
  summary: SAME_FIELD,
  photoUrl: 'https://photos.example/jordan-a.jpg',
});
const GREENHOUSE = 'greenhouse|1001';
const LINKEDIN = 'linkedin|jordan-a-ellis';
const REASON = 'Two different people: another Jordan Ellis in New York';

beforeEach(async () => {
  db = openDatabase(`split-candidate-${n++}`);
  ids = await seedApplicants(db, { jordan: NOW - 5 * DAY, sam: NOW - 3 * DAY });
  // First read with an old address, which the page no longer shows the next day.
  await seen(db, { ...OTHER_JORDAN, emails: [...OTHER_JORDAN.emails, 'jae@old.example'] }, NOW - 2 * DAY, OTHER_PHOTO);
  expect(await seen(db, OTHER_JORDAN, NOW - DAY)).toBe(ids.jordan);
});
afterEach(async () => {
  db.close();
  await db.delete();
});

const split = (fields: Partial<SplitInput> = {}) =>
  splitCandidate(db, { candidateId: ids.jordan, observationIds: [LINKEDIN], reason: REASON, actor: 'reviewer', now: NOW, ...fields });
const idsOf = async (table: 'livenessSummaries' | 'addedEvidence' | 'notes') => (await db[table].where('candidateId').equals(ids.jordan).primaryKeys()) as string[];

describe('splitCandidate: refusals', () => {
  it.each([
    { name: 'no page chosen', fields: () => ({ observationIds: [] }), error: 'Choose at least one page to move' },
    { name: 'every page chosen', fields: () => ({ observationIds: [GREENHOUSE, LINKEDIN] }), error: 'Moving every page would only rename this record' },
    { name: 'a page not on the record', fields: () => ({ observationIds: [LINKEDIN, 'lever|https://jobs.lever.co/x'] }), error: 'A page you chose is no longer on this record' },
    { name: "another record's page", fields: () => ({ observationIds: ['greenhouse|1002'] }), error: 'A page you chose is no longer on this record' },
    { name: 'an interview summary not on the record', fields: () => ({ livenessIds: ['nope'] }), error: 'An interview summary you chose is no longer on this record' },
    { name: 'a note not on the record', fields: () => ({ noteIds: ['nope'] }), error: 'A note you chose is no longer on this record' },
    { name: 'a record no longer stored', fields: () => ({ candidateId: 'gone' }), error: 'This record is no longer stored' },
    { name: 'no reason', fields: () => ({ reason: ' ' }), error: 'Give the reason for this change.' },
  ])('$name: refused with a sentence, nothing changes', async ({ fields, error }) => {
    const [before, candidates, audit] = [await rowsOf(db, ids.jordan), await db.candidates.count(), await db.auditLog.count()];
    await expect(split(fields())).rejects.toThrow(error);
    expect(await rowsOf(db, ids.jordan)).toEqual(before);
    expect([await db.candidates.count(), await db.auditLog.count()]).toEqual([candidates, audit]);
  });
});

describe('splitCandidate: the rows', () => {
  it('moves the chosen page with its summary and photo fingerprints to a new record', async () => {
    const before = await rowsOf(db, ids.jordan);
    const done = await split();
    expect(done).toMatchObject({ candidateId: ids.jordan, sightings: 1 });
    expect(done.newCandidateId).not.toBe(ids.jordan);
    const [kept, moved] = [await rowsOf(db, ids.jordan), await rowsOf(db, done.newCandidateId)];
    // A photo is filed under 11 block values.
    for (const [table, count] of Object.entries({ observations: 1, summaryFingerprints: 1, photoHashes: 1, photoBlockEntries: 11 })) {
      expect([table, kept[table], moved[table]]).toEqual([table, (before[table] ?? 0) - count, count]);
    }
    expect((await db.observations.get(LINKEDIN))?.candidateId).toBe(done.newCandidateId);
    expect((await db.summaryFingerprints.get(LINKEDIN))?.candidateId).toBe(done.newCandidateId);
    expect((await db.photoHashes.where('id').equals(LINKEDIN).first())?.candidateId).toBe(done.newCandidateId);
  });

  it.each([
    { name: 'nothing else chosen', choose: {}, moved: { livenessSummaries: 0, addedEvidence: 0, notes: 0 } },
    { name: 'the interview summary', choose: { livenessIds: ['livenessSummaries'] }, moved: { livenessSummaries: 1, addedEvidence: 0, notes: 0 } },
    // The pasted text held an IP address and a UTC offset: two rows.
    { name: 'the evidence and the note', choose: { evidenceIds: ['addedEvidence'], noteIds: ['notes'] }, moved: { livenessSummaries: 0, addedEvidence: 2, notes: 1 } },
  ] as const)('moves what was chosen besides: $name', async ({ choose, moved }) => {
    const fields = Object.fromEntries(
      await Promise.all(Object.entries(choose).map(async ([field, tables]: [string, ReadonlyArray<Parameters<typeof idsOf>[0]>]) => [field, (await Promise.all(tables.map(idsOf))).flat()])),
    );
    const before = await rowsOf(db, ids.jordan);
    const done = await split(fields);
    const [kept, created] = [await rowsOf(db, ids.jordan), await rowsOf(db, done.newCandidateId)];
    for (const [table, count] of Object.entries(moved)) expect([table, kept[table], created[table]]).toEqual([table, (before[table] ?? 0) - count, count]);
  });

  it('leaves decisions and score history with the original', async () => {
    const before = await rowsOf(db, ids.jordan);
    const done = await split({ livenessIds: await idsOf('livenessSummaries') });
    expect((await rowsOf(db, ids.jordan)).decisions).toBe(before.decisions);
    expect(await rowsOf(db, done.newCandidateId)).toMatchObject({ decisions: 0, assessmentHistory: 1 });
  });

  it('derives both records again from their own pages; the new one starts unflagged, as old as its pages', async () => {
    const done = await split();
    expect(await db.candidates.get(ids.jordan)).toMatchObject({
      displayName: 'Jordan Ellis',
      names: ['Jordan Ellis'],
      identityKeys: ['email:jordan.ellis@example.com', 'phone:+14155550134', 'site:greenhouse:1001'],
      flaggedForReview: 1,
      falsePositiveSignalIds: ['reused-email'],
    });
    expect(await db.candidates.get(done.newCandidateId)).toEqual({
      id: done.newCandidateId,
      displayName: 'Jordan A. Ellis',
      names: ['Jordan A. Ellis'],
      // The e-mail both pages show stays with both; the old address goes with the page it was read on.
      identityKeys: [
        'email:jae@old.example',
        'email:jordan.ellis@example.com',
        'linkedin:https://www.linkedin.com/in/jordan-a-ellis',
        'phone:+12125550199',
        'site:linkedin:jordan-a-ellis',
      ],
      falsePositiveSignalIds: [],
      flaggedForReview: 0,
      createdAt: NOW - 2 * DAY,
      updatedAt: NOW - DAY,
    });
  });

  it.each([
    { key: 'email:jordan.ellis@example.com', holders: (o: string, c: string) => [[o, 'greenhouse'], [c, 'linkedin']] },
    { key: 'email:jae@old.example', holders: (_o: string, c: string) => [[c, 'linkedin']] },
    { key: 'phone:+12125550199', holders: (_o: string, c: string) => [[c, 'linkedin']] },
    { key: 'site:linkedin:jordan-a-ellis', holders: (_o: string, c: string) => [[c, 'linkedin']] },
    { key: 'site:greenhouse:1001', holders: (o: string) => [[o, 'greenhouse']] },
    { key: 'phone:+14155550134', holders: (o: string, _c: string, sam: string) => [[o, 'greenhouse'], [sam, 'greenhouse']] },
  ])('identity key row $key', async ({ key, holders }) => {
    const done = await split();
    const row = await db.identityKeys.get(key);
    const expected = holders(ids.jordan, done.newCandidateId, ids.sam);
    expect(row?.holders.map((h) => [h.candidateId, h.source])).toEqual(expected);
    expect(row?.candidateIds).toEqual(expected.map(([id]) => id));
  });
});

describe('splitCandidate: the checks and the log', () => {
  it('re-checks both records and the candidates who shared details with either', async () => {
    const done = await split();
    expect(done.reassessed).toEqual([ids.sam]);
    for (const id of [ids.jordan, done.newCandidateId, ids.sam]) expect((await db.assessments.get(id))?.assessedAt).toBe(NOW);
    // Same e-mail under agreeing names: two records of a name, not reuse.
    expect((await db.assessments.get(done.newCandidateId))?.results.find((r) => r.signalId === 'reused-email')?.status).toBe('miss');
  });

  it('writes `candidate-split` on both records with both ids, what moved and the reason', async () => {
    const done = await split({ noteIds: await idsOf('notes') });
    const rows = await db.auditLog.where('action').equals('candidate-split').toArray();
    expect(rows.map((r) => r.candidateId).sort()).toEqual([ids.jordan, done.newCandidateId].sort());
    for (const row of rows) {
      expect(row).toMatchObject({
        at: NOW,
        actor: 'reviewer',
        detail: { from: ids.jordan, into: done.newCandidateId, observations: 1, livenessSummaries: 0, addedEvidence: 0, notes: 1, reason: REASON },
      });
    }
  });

  it('announces both records and the re-checked ones once committed', async () => {
    const heard: string[][] = [];
    const stop = onCandidatesChanged((changed) => heard.push([...changed]));
    const done = await split();
    stop();
    expect(heard).toEqual([[ids.jordan, done.newCandidateId, ids.sam]]);
  });
});

// A page without a site id for the person, showing Jordan's e-mail: only its stored sighting can say where it belongs.
const LEVER = makeObservation({ source: 'lever', names: ['Jordan Ellis'], pageUrl: 'https://jobs.lever.co/acme/5e1f', emails: ['jordan.ellis@example.com'] });

describe('splitCandidate: pages stay where a person put them', () => {
  it.each<{ name: string; page: CandidateObservation; sighting: string }>([
    { name: 'a moved page with a site id', page: OTHER_JORDAN, sighting: LINKEDIN },
    // Fails until recordObservation keeps an already-stored sighting on its candidate.
    { name: 'a moved page without a site id, sharing an e-mail with a page that stayed', page: LEVER, sighting: `lever|${LEVER.pageUrl}` },
  ])('$name, read again, stays on the new record', async ({ page, sighting }) => {
    expect(await seen(db, LEVER, NOW - DAY)).toBe(ids.jordan);
    const done = await split({ observationIds: [sighting] });
    const again = await recordObservation(db, { observation: page, now: NOW + DAY });
    expect(again).toMatchObject({ candidateId: done.newCandidateId, created: false });
    expect((await db.observations.get(sighting))?.candidateId).toBe(done.newCandidateId);
  });

  it('a page that stayed, read again, stays on the original', async () => {
    await split();
    expect(await recordObservation(db, { observation: JORDAN, now: NOW + DAY })).toMatchObject({ candidateId: ids.jordan, created: false });
  });
});

import { describe, expect, it } from 'vitest';
import type { HireProofDb } from '../../../lib/db/database';
import { useFreshDatabase } from './fresh-database';
import type { CandidateObservation } from '../../../lib/candidate/observation';
import { MAX_REASSESSED, PHOTO_RETRY_MS, recordObservation } from '../../../lib/db/record-observation';
import { recordPhotoHash } from '../../../lib/db/record-photo-hash';
import { makeObservation } from '../candidate/make-observation';
import { ORIGINAL, RENAMED, UNRELATED } from '../similarity/sample-summaries';

const DAY = 86_400_000;
let db: HireProofDb;
useFreshDatabase('record-observation', (opened) => (db = opened));

const jordanOnGreenhouse = makeObservation({
  names: ['Jordan Ellis'],
  siteCandidateId: '1001',
  pageUrl: 'https://app.greenhouse.io/people/1001',
  emails: ['jordan.ellis@example.com'],
  phones: ['+1 415 555 0134'],
  location: { raw: 'San Francisco, CA', city: 'San Francisco', region: 'CA', country: 'US' },
});
const samOnGreenhouse = makeObservation({
  names: ['Sam Okafor'],
  siteCandidateId: '1002',
  pageUrl: 'https://app.greenhouse.io/people/1002',
  emails: ['sam.okafor@example.org'],
  phones: ['(415) 555-0134'],
  location: { raw: 'Oakland, CA', city: 'Oakland', region: 'CA', country: 'US' },
});
const samOnLinkedIn = makeObservation({
  source: 'linkedin',
  names: ['Sam Okafor'],
  siteCandidateId: 'sam-okafor',
  pageUrl: 'https://www.linkedin.com/in/sam-okafor/',
});
const jordanOnLinkedIn = makeObservation({
  source: 'linkedin',
  names: ['Jordan Ellis'],
  siteCandidateId: 'jordan-ellis',
  pageUrl: 'https://www.linkedin.com/in/jordan-ellis/',
  emails: ['Jordan.Ellis@Example.com'],
});

describe('recordObservation: merging and reuse', () => {
  const cases: Array<{
    name: string;
    sequence: typeof jordanOnGreenhouse[];
    candidates: number;
    lastHits: string[];
    lastMisses?: string[];
  }> = [
    { name: 'a first observation creates a candidate', sequence: [jordanOnGreenhouse], candidates: 1, lastHits: [] },
    {
      name: 'the same profile read again stays one candidate',
      sequence: [jordanOnGreenhouse, { ...jordanOnGreenhouse, headline: 'Staff engineer' }],
      candidates: 1,
      lastHits: [],
    },
    {
      name: 'the same e-mail under an agreeing name on another site merges',
      sequence: [jordanOnGreenhouse, jordanOnLinkedIn],
      candidates: 1,
      lastHits: [],
      lastMisses: ['reused-email'],
    },
    {
      name: 'the same phone under a different name stays separate and is reuse',
      sequence: [jordanOnGreenhouse, samOnGreenhouse],
      candidates: 2,
      lastHits: ['reused-phone'],
      lastMisses: ['reused-email'],
    },
  ];

  it.each(cases)('$name', async ({ sequence, candidates, lastHits, lastMisses = [] }) => {
    let last;
    for (const [i, observation] of sequence.entries()) {
      last = await recordObservation(db, { observation, now: 1_760_000_000_000 + i * DAY });
    }
    expect(await db.candidates.count()).toBe(candidates);
    const byId = new Map(last!.assessment.results.map((r) => [r.signalId, r.status]));
    for (const id of lastHits) expect(byId.get(id), id).toBe('hit');
    for (const id of lastMisses) expect(byId.get(id), id).not.toBe('hit');
    expect(await db.assessments.get(last!.candidateId)).toEqual(last!.assessment);
  });

  it('reuse evidence names the other candidate, where and when it was seen, and updates the first', async () => {
    const first = await recordObservation(db, { observation: jordanOnGreenhouse, now: Date.UTC(2026, 10, 20) });
    const second = await recordObservation(db, { observation: samOnGreenhouse, now: Date.UTC(2026, 10, 22) });
    const hit = second.assessment.results.find((r) => r.signalId === 'reused-phone');
    expect(hit?.status).toBe('hit');
    const text = hit!.evidence.map((e) => e.text).join(' ');
    expect(text).toContain('Jordan Ellis');
    expect(text).toContain('2026-11-20');
    expect(text).toMatch(/greenhouse/i);
    const firstNow = await db.assessments.get(first.candidateId);
    expect(firstNow?.results.find((r) => r.signalId === 'reused-phone')?.status).toBe('hit');
    expect(firstNow?.results.find((r) => r.signalId === 'reused-phone')?.evidence[0]?.text).toContain('Sam Okafor');
  });

  it('re-assesses other holders only when a key is newly shared, and at most MAX_REASSESSED of them', async () => {
    const sharer = (i: number) => ({ ...samOnGreenhouse, names: [`Applicant Number${i}`], siteCandidateId: String(2000 + i), pageUrl: `https://app.greenhouse.io/people/${2000 + i}` });
    const first = await recordObservation(db, { observation: sharer(0), now: 10 });
    await recordObservation(db, { observation: sharer(1), now: 20 });
    expect((await db.assessments.get(first.candidateId))?.assessedAt).toBe(20);
    await recordObservation(db, { observation: sharer(1), now: 30 }); // the same page read again
    expect((await db.assessments.get(first.candidateId))?.assessedAt).toBe(20);

    for (let i = 2; i < MAX_REASSESSED + 5; i++) await recordObservation(db, { observation: sharer(i), now: 100 + i });
    const last = await recordObservation(db, { observation: sharer(99), now: 1000 });
    const refreshed = (await db.assessments.toArray()).filter((a) => a.assessedAt === 1000 && a.candidateId !== last.candidateId);
    expect(refreshed).toHaveLength(MAX_REASSESSED);
  });

  it('keeps one stored observation per sighting however often the page is re-read', async () => {
    for (let i = 0; i < 5; i++) await recordObservation(db, { observation: jordanOnGreenhouse, now: 1000 + i });
    expect(await db.observations.count()).toBe(1);
    expect(await db.auditLog.where('action').equals('candidate-created').count()).toBe(1);
  });
});

describe('recordObservation: summaries and photos', () => {
  const withSummary = (o: CandidateObservation, summary: string) => ({ ...o, summary });
  const status = (results: { signalId: string; status: string }[], id: string) => results.find((r) => r.signalId === id)?.status;

  it.each<[string, CandidateObservation[], string]>([
    ['a copied summary under another name is a hit', [withSummary(jordanOnGreenhouse, ORIGINAL), withSummary(samOnLinkedIn, RENAMED)], 'hit'],
    ['an unrelated summary is a miss', [withSummary(jordanOnGreenhouse, ORIGINAL), withSummary(samOnLinkedIn, UNRELATED)], 'miss'],
    ['the same summary under the same name is the same person', [withSummary(jordanOnGreenhouse, ORIGINAL), withSummary({ ...samOnLinkedIn, names: ['Jordan Ellis'] }, ORIGINAL)], 'miss'],
    ['a short summary is skipped', [withSummary(jordanOnGreenhouse, ORIGINAL), withSummary(samOnLinkedIn, 'Backend engineer, open to remote work.')], 'skip'],
    ['no summary is skipped', [withSummary(jordanOnGreenhouse, ORIGINAL), samOnLinkedIn], 'skip'],
  ])('%s', async (_label, sequence, expected) => {
    let last;
    for (const [i, observation] of sequence.entries()) last = await recordObservation(db, { observation, now: 1000 + i });
    expect(status(last!.assessment.results, 'reused-resume-text')).toBe(expected);
  });

  it('the first of the pair is re-assessed and shows the copy too', async () => {
    const first = await recordObservation(db, { observation: withSummary(jordanOnGreenhouse, ORIGINAL), now: Date.UTC(2026, 10, 20) });
    await recordObservation(db, { observation: withSummary(samOnLinkedIn, RENAMED), now: Date.UTC(2026, 10, 22) });
    const result = (await db.assessments.get(first.candidateId))?.results.find((r) => r.signalId === 'reused-resume-text');
    expect(result?.status).toBe('hit');
    expect(result?.evidence[0]?.text).toMatch(/^\d+% alike with Sam Okafor's summary on LinkedIn, first seen 2026-11-22 at https:\/\/www\.linkedin\.com\/in\/sam-okafor\/$/);
  });

  it('keeps one fingerprint per page, rewrites it only when the text changes, and drops it with the text', async () => {
    const put = async (observation: CandidateObservation, now: number) => recordObservation(db, { observation, now });
    await put(withSummary(jordanOnGreenhouse, ORIGINAL), 1);
    const stored = await db.summaryFingerprints.toArray();
    expect(stored.map((r) => [r.id, r.words])).toEqual([['greenhouse|1001', 74]]);
    expect(Object.keys(stored[0]!)).not.toContain('text');
    await put(withSummary(jordanOnGreenhouse, ORIGINAL), 2);
    expect(await db.summaryFingerprints.toArray()).toEqual(stored);
    const filedUnder = async () => (await db.summaryBands.toArray()).filter((row) => row.ids.includes('greenhouse|1001')).map((row) => row.band).sort();
    expect(await filedUnder()).toEqual([...stored[0]!.bands].sort());
    await put(withSummary(jordanOnGreenhouse, UNRELATED), 3);
    const changed = (await db.summaryFingerprints.toArray())[0]?.bands;
    expect(changed).not.toEqual(stored[0]?.bands);
    expect(await filedUnder()).toEqual([...changed!].sort());
    expect((await db.summaryFingerprints.toArray())[0]?.near).toEqual([]);
    // A filing lost (the worker stopped between the two transactions) leaves the text unfiled and its
    // row without a near list; the next read files it.
    await db.summaryBands.clear();
    await db.summaryFingerprints.toCollection().modify((row) => {
      delete row.near;
    });
    await put(withSummary(jordanOnGreenhouse, UNRELATED), 4);
    expect(await filedUnder()).toEqual([...changed!].sort());
    expect((await db.summaryFingerprints.toArray())[0]?.near).toEqual([]);
    await put(jordanOnGreenhouse, 5);
    expect(await db.summaryFingerprints.count()).toBe(0);
    expect(await db.summaryBands.count()).toBe(0);
  });

  it('asks for a new photo to be hashed once, and forgets the hash when the page drops the photo', async () => {
    const photo = { ...jordanOnGreenhouse, photoUrl: 'https://photos.example/jordan.jpg' };
    const first = await recordObservation(db, { observation: photo, now: 1 });
    expect(first.photoToHash).toEqual({ sightingId: 'greenhouse|1001', url: 'https://photos.example/jordan.jpg' });
    expect(status(first.assessment.results, 'reused-photo')).toBe('skip');
    await recordPhotoHash(db, { ...first.photoToHash!, result: { ok: true, hash: 'f0e1d2c3b4a59687' }, now: 2 });
    const again = await recordObservation(db, { observation: photo, now: 3 });
    expect(again.photoToHash).toBeUndefined();
    expect(status(again.assessment.results, 'reused-photo')).toBe('miss');
    const changed = await recordObservation(db, { observation: { ...photo, photoUrl: 'https://photos.example/new.jpg' }, now: 4 });
    expect(changed.photoToHash?.url).toBe('https://photos.example/new.jpg');
    expect(await db.photoHashes.count()).toBe(0);
    expect(await db.photoBlocks.count()).toBe(0);
  });

  it('tries a photo that could not be read again after PHOTO_RETRY_MS', async () => {
    const photo = { ...jordanOnGreenhouse, photoUrl: 'https://photos.example/jordan.jpg' };
    const first = await recordObservation(db, { observation: photo, now: 1 });
    await recordPhotoHash(db, { ...first.photoToHash!, result: { ok: false, reason: 'the photo server answered HTTP 503' }, now: 2 });
    const soon = await recordObservation(db, { observation: photo, now: 3 });
    expect(soon.photoToHash).toBeUndefined();
    expect(soon.assessment.results.find((r) => r.signalId === 'reused-photo')?.skipReason).toBe('The profile photo could not be read: the photo server answered HTTP 503');
    expect((await recordObservation(db, { observation: photo, now: 2 + PHOTO_RETRY_MS })).photoToHash).toBeDefined();
  });
});

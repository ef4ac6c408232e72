import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type HireProofDb } from '../../../lib/db/database';
import { MAX_REASSESSED, recordObservation } from '../../../lib/db/record-observation';
import { makeObservation } from '../candidate/make-observation';

const DAY = 86_400_000;
let db: HireProofDb;
let dbCount = 0;

beforeEach(async () => {
  db = openDatabase(`record-observation-${dbCount++}`);
  await db.open();
});
afterEach(async () => {
  db.close();
  await db.delete();
});

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

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type HireProofDb } from '../../../lib/db/database';
import { exportCandidate } from '../../../lib/db/export-candidate';
import { SUBJECT_EXPORT_VERSION, SubjectExportSchema, type SubjectExport } from '../../../lib/governance/subject-export-schema';
import { DAY, SAM, seedApplicants } from './seed-governance';

let db: HireProofDb;
let n = 0;
let ids: { jordan: string; sam: string; ana: string };
const NOW = Date.UTC(2026, 10, 24, 12);
beforeEach(async () => {
  db = openDatabase(`export-candidate-${n++}`);
  ids = await seedApplicants(db, { jordan: NOW - 2 * DAY, sam: NOW - DAY });
});
afterEach(async () => {
  db.close();
  await db.delete();
});

const exported = async (candidateId = ids.jordan) => {
  const document = await exportCandidate(db, { candidateId, actor: 'reviewer', now: NOW });
  if (!document) throw new Error('nothing exported');
  return document;
};

describe('exportCandidate', () => {
  it('is a document of the published shape and version, dated, with its note', async () => {
    const document = await exported();
    expect(SubjectExportSchema.parse(JSON.parse(JSON.stringify(document)))).toEqual(document);
    expect(document).toMatchObject({ version: SUBJECT_EXPORT_VERSION, candidateId: ids.jordan, exportedAt: '2026-11-24T12:00:00.000Z' });
    expect(document.note).toContain('subject access request');
  });

  it.each<[string, (d: SubjectExport) => unknown, unknown]>([
    ['the names and keys', (d) => d.candidate.names, ['Jordan Ellis']],
    ['the flag and its reason', (d) => [d.candidate.flaggedForReview, d.candidate.flagReason], [true, 'Same phone as Sam Okafor']],
    ['every page read', (d) => d.observations.map((o) => o.observation.pageUrl), ['https://app.greenhouse.io/people/1001']],
    ['the assessment', (d) => d.assessment?.candidateId === d.candidateId, true],
    ['the score history', (d) => d.assessmentHistory.length > 0, true],
    ['decisions with their reasons', (d) => d.decisions.map((x) => [x.state, x.reason]), [['needs-verification', 'Phone shared with Sam Okafor']]],
    ['notes', (d) => d.notes.map((x) => x.text), ['Asked for ID on the call; shares a phone with Sam Okafor']],
    ['added evidence with what was pasted', (d) => d.addedEvidence.map((x) => x.evidence.kind).sort(), ['ip', 'utc-offset']],
    ['interview summaries', (d) => d.livenessSummaries.map((x) => x.summary.meetingSource), ['jitsi']],
    ['summary fingerprints as plain numbers', (d) => d.summaryFingerprints.map((x) => x.signature.length), [128]],
    ['photo hashes', (d) => d.photoHashes.map((x) => x.hash), ['f0e1d2c3b4a59687']],
  ])('holds %s', async (_name, pick, expected) => {
    expect(pick(await exported())).toEqual(expected);
  });

  it("holds the identity keys with the candidate's own sightings, and only a count of the others", async () => {
    const phone = (await exported()).identityKeys.find((k) => k.key === 'phone:+14155550134');
    expect(phone).toEqual({ key: 'phone:+14155550134', sightings: [{ source: 'greenhouse', pageUrl: 'https://app.greenhouse.io/people/1001', seenAt: NOW - 2 * DAY }], otherHolders: 1 });
  });

  it('names no other applicant, in the evidence or anywhere else', async () => {
    const document = await exported();
    const evidence = document.assessment?.results.find((r) => r.signalId === 'reused-phone')?.evidence[0];
    expect(evidence?.text).toContain('another applicant');
    expect(evidence?.data).toMatchObject({ otherName: 'another applicant', otherPageUrl: '(withheld)' });
    // Staff's own words may name Sam (notes, decision and flag reasons: the note asks for a check before sending); nothing else does.
    const { notes, decisions, candidate, audit, ...rest } = document;
    const text = JSON.stringify({
      ...rest,
      candidate: { ...candidate, flagReason: undefined },
      audit: audit.filter((a) => a.action !== 'flagged-for-review'),
    });
    for (const value of ['Sam Okafor', SAM.pageUrl, ids.sam, 'sam.okafor@example.org']) expect(text).not.toContain(value);
    expect(notes.length + decisions.length).toBe(2);
  });

  it('is audited in the same transaction, counts only, and the audit rows are part of it', async () => {
    const document = await exported();
    const last = document.audit.at(-1);
    expect(last).toEqual({
      at: NOW, action: 'candidate-exported', actor: 'reviewer',
      detail: { format: 'hireproof-subject-export', version: 1, observations: 1, assessments: 1, assessmentHistory: document.assessmentHistory.length, decisions: 1, notes: 1, addedEvidence: 2, livenessSummaries: 1, summaryFingerprints: 1, photoHashes: 1, identityKeys: 3 },
    });
    expect(document.audit.map((a) => a.action)).toContain('case-viewed');
  });

  it('of a candidate not stored: nothing, and nothing audited', async () => {
    const before = await db.auditLog.count();
    expect(await exportCandidate(db, { candidateId: 'gone', actor: 'reviewer', now: NOW })).toBeUndefined();
    expect(await db.auditLog.count()).toBe(before);
  });
});

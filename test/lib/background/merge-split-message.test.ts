import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handlePageMessage } from '../../../lib/background/handle-page-message';
import { openDatabase, type HireProofDb } from '../../../lib/db/database';
import { createMergeSplitClient } from '../../../lib/governance/merge-split-client';
import type { ExtensionPageMessage } from '../../../lib/messaging';
import { makeObservation } from '../candidate/make-observation';
import { DAY, seedApplicants, seen } from '../db/seed-governance';

/** The review page asks the background to merge or split records; only extension pages may. */

let db: HireProofDb;
let n = 0;
let ids: { jordan: string; sam: string; ana: string; linkedin: string };
const NOW = 100 * DAY;
const REASON = 'Same person, two records';
beforeEach(async () => {
  fakeBrowser.reset();
  db = openDatabase(`merge-split-message-${n++}`);
  const seeded = await seedApplicants(db, { jordan: NOW - 3 * DAY, sam: NOW - 2 * DAY });
  const linkedin = makeObservation({ source: 'linkedin', names: ['Jordan Ellis'], siteCandidateId: 'jordan-ellis', pageUrl: 'https://www.linkedin.com/in/jordan-ellis/' });
  ids = { ...seeded, linkedin: await seen(db, linkedin, NOW - DAY) };
});
afterEach(async () => {
  db.close();
  await db.delete();
});

const fromReviewPage = () => ({ id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/review.html') });
const client = () => createMergeSplitClient((message: ExtensionPageMessage) => handlePageMessage(db, message, fromReviewPage(), NOW));
const noChoice = { livenessIds: [], evidenceIds: [], noteIds: [] };

describe('merge-candidates and split-candidate messages', () => {
  it.each([
    { name: 'merge from a web page', message: () => ({ type: 'merge-candidates', fromId: ids.linkedin, intoId: ids.jordan, reason: REASON }), sender: () => ({ id: fakeBrowser.runtime.id, url: 'https://evil.example/' }) },
    { name: 'split from another extension', message: () => ({ type: 'split-candidate', candidateId: ids.jordan, observationIds: ['greenhouse|1001'], ...noChoice, reason: REASON }), sender: () => ({ id: 'another-extension', url: 'chrome-extension://another-extension/page.html' }) },
    { name: 'merge without ids', message: () => ({ type: 'merge-candidates', fromId: '', intoId: ids.jordan, reason: REASON }), sender: fromReviewPage },
    { name: 'split with a choice that is not a list', message: () => ({ type: 'split-candidate', candidateId: ids.jordan, observationIds: 'greenhouse|1001', ...noChoice, reason: REASON }), sender: fromReviewPage },
    { name: 'merge with an endless reason', message: () => ({ type: 'merge-candidates', fromId: ids.linkedin, intoId: ids.jordan, reason: 'x'.repeat(5000) }), sender: fromReviewPage },
  ])('$name: ignored, nothing changes', async ({ message, sender }) => {
    const audit = await db.auditLog.count();
    expect(await handlePageMessage(db, message(), sender(), NOW)).toBeUndefined();
    expect(await db.candidates.count()).toBe(4);
    expect(await db.auditLog.count()).toBe(audit);
  });

  it('the review page merges through the background', async () => {
    const done = await client().mergeCandidates({ fromId: ids.linkedin, intoId: ids.jordan, reason: REASON });
    expect(done).toEqual({ ok: true, intoId: ids.jordan, fromId: ids.linkedin, sightings: 1, reassessed: 1 });
    expect(await db.candidates.get(ids.linkedin)).toBeUndefined();
  });

  it('the review page splits through the background', async () => {
    await client().mergeCandidates({ fromId: ids.linkedin, intoId: ids.jordan, reason: REASON });
    const done = await client().splitCandidate({ candidateId: ids.jordan, observationIds: ['linkedin|jordan-ellis'], ...noChoice, reason: 'Not the same person after all' });
    expect(done).toMatchObject({ ok: true, candidateId: ids.jordan, sightings: 1, reassessed: 1 });
    expect((await db.observations.get('linkedin|jordan-ellis'))?.candidateId).toBe(done.newCandidateId);
  });

  it.each([
    { name: 'merging a record with itself', act: () => client().mergeCandidates({ fromId: ids.jordan, intoId: ids.jordan, reason: REASON }), error: 'A record cannot be merged with itself' },
    { name: 'merging without a reason', act: () => client().mergeCandidates({ fromId: ids.linkedin, intoId: ids.jordan, reason: '' }), error: 'Give the reason for this change.' },
    { name: 'splitting off no page', act: () => client().splitCandidate({ candidateId: ids.jordan, observationIds: [], ...noChoice, reason: REASON }), error: 'Choose at least one page' },
    { name: 'splitting off every page', act: () => client().splitCandidate({ candidateId: ids.jordan, observationIds: ['greenhouse|1001'], ...noChoice, reason: REASON }), error: 'Moving every page would only rename this record' },
  ])('$name is refused with a sentence', async ({ act, error }) => {
    await expect(act()).rejects.toThrow(error);
  });

  it('an answer that is not one (no background listening) is a sentence, not a crash', async () => {
    const silent = createMergeSplitClient(async () => undefined);
    await expect(silent.mergeCandidates({ fromId: ids.linkedin, intoId: ids.jordan, reason: REASON })).rejects.toThrow('did not answer');
    await expect(silent.splitCandidate({ candidateId: ids.jordan, observationIds: ['x'], ...noChoice, reason: REASON })).rejects.toThrow('did not answer');
  });
});

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handlePageMessage } from '../../../lib/background/handle-page-message';
import { openDatabase, type HireProofDb } from '../../../lib/db/database';
import { createCaseDataClient } from '../../../lib/governance/case-data-client';
import { NOT_STORED } from '../../../lib/governance/case-data-replies';
import type { ExtensionPageMessage } from '../../../lib/messaging';
import { DAY, seedApplicants } from '../db/seed-governance';

/** The review page asks the background to delete or export a candidate; only extension pages may. */

let db: HireProofDb;
let n = 0;
let ids: { jordan: string; sam: string; ana: string };
const NOW = 100 * DAY;
beforeEach(async () => {
  fakeBrowser.reset();
  db = openDatabase(`case-data-message-${n++}`);
  ids = await seedApplicants(db, { jordan: NOW - DAY, sam: NOW - DAY });
});
afterEach(async () => {
  db.close();
  await db.delete();
});

const fromReviewPage = () => ({ id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/review.html') });
const client = () => createCaseDataClient((message: ExtensionPageMessage) => handlePageMessage(db, message, fromReviewPage(), NOW));

describe('delete-candidate and export-candidate messages', () => {
  it.each([
    { name: 'delete from a web page', message: () => ({ type: 'delete-candidate', candidateId: ids.jordan }), sender: () => ({ id: fakeBrowser.runtime.id, url: 'https://evil.example/' }) },
    { name: 'export from another extension', message: () => ({ type: 'export-candidate', candidateId: ids.jordan }), sender: () => ({ id: 'another-extension', url: 'chrome-extension://another-extension/page.html' }) },
    { name: 'delete without an id', message: () => ({ type: 'delete-candidate', candidateId: '' }), sender: fromReviewPage },
  ])('$name: ignored, nothing changes', async ({ message, sender }) => {
    const audit = await db.auditLog.count();
    expect(await handlePageMessage(db, message(), sender(), NOW)).toBeUndefined();
    expect(await db.candidates.get(ids.jordan)).toBeDefined();
    expect(await db.auditLog.count()).toBe(audit);
  });

  it('the review page deletes through the background: counts come back, the candidate is gone', async () => {
    const reply = await client().deleteCandidate(ids.jordan);
    expect(reply).toMatchObject({ ok: true, reassessed: 1, counts: { observations: 1, notes: 1, decisions: 1 } });
    expect(await db.candidates.get(ids.jordan)).toBeUndefined();
  });

  it('the review page exports through the background: the document parses on arrival', async () => {
    const document = await client().exportCandidate(ids.jordan);
    expect(document).toMatchObject({ format: 'hireproof-subject-export', version: 1, candidateId: ids.jordan });
  });

  it.each([
    ['delete', (id: string) => client().deleteCandidate(id)],
    ['export', (id: string) => client().exportCandidate(id)],
  ])('%s of a candidate deleted meanwhile says so', async (_name, act) => {
    await client().deleteCandidate(ids.jordan);
    await expect(act(ids.jordan)).rejects.toThrow(NOT_STORED);
  });

  it('an answer that is not one (no background listening) is a sentence, not a crash', async () => {
    await expect(createCaseDataClient(async () => undefined).deleteCandidate(ids.jordan)).rejects.toThrow('did not answer');
  });
});

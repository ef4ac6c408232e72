import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handleContentMessage } from '../../../lib/background/handle-content-message';
import type { AdapterHealth } from '../../../lib/candidate/observation';
import { openDatabase, type HireProofDb } from '../../../lib/db/database';
import { DROPPED_MESSAGES_KEY, tabStateKey } from '../../../lib/messaging';
import type { PhotoHashResult } from '../../../lib/similarity/photo-hash-from-url';
import { makeObservation } from '../candidate/make-observation';

let db: HireProofDb;
let n = 0;
const fromTab = (tabId: number) => ({ id: fakeBrowser.runtime.id, tab: { id: tabId } });
const health: AdapterHealth = { adapterId: 'greenhouse', adapterLabel: 'Greenhouse', expected: ['names'], found: ['names'], problems: [] };
const observe = { type: 'observe', observation: makeObservation({ names: ['Noor Haddad'], siteCandidateId: '55' }), health };

beforeEach(async () => {
  fakeBrowser.reset();
  db = openDatabase(`handle-message-${n++}`);
});
afterEach(async () => {
  db.close();
  await db.delete();
});

async function dropped(): Promise<number> {
  return ((await fakeBrowser.storage.session.get(DROPPED_MESSAGES_KEY))[DROPPED_MESSAGES_KEY] as number | undefined) ?? 0;
}

describe('handleContentMessage', () => {
  const invalid: Array<[string, unknown]> = [
    ['not an object', 'observe'],
    ['unknown type', { type: 'delete-everything' }],
    ['observation missing', { type: 'observe', health }],
    ['script URL as page URL', { ...observe, observation: { ...observe.observation, pageUrl: 'javascript:alert(1)' } }],
    ['oversized name', { ...observe, observation: { ...observe.observation, names: ['x'.repeat(10_000)] } }],
    ['extra nesting instead of names', { ...observe, observation: { ...observe.observation, names: [[[['a']]]] } }],
  ];
  it.each(invalid)('drops and counts an invalid message: %s', async (_name, message) => {
    const reply = await handleContentMessage(db, message, fromTab(3), 1000);
    expect(reply).toEqual({ ok: false, error: 'invalid message' });
    expect(await dropped()).toBe(1);
    expect(await db.candidates.count()).toBe(0);
  });

  it('ignores messages that do not come from this extension in a tab', async () => {
    expect(await handleContentMessage(db, observe, { id: 'other-extension', tab: { id: 1 } }, 1000)).toBeUndefined();
    expect(await handleContentMessage(db, observe, { id: fakeBrowser.runtime.id }, 1000)).toBeUndefined();
    expect(await db.candidates.count()).toBe(0);
  });

  it('records a valid observation and points the tab at the candidate', async () => {
    const reply = await handleContentMessage(db, observe, fromTab(7), 1000);
    expect(reply).toMatchObject({ ok: true });
    const state = (await fakeBrowser.storage.session.get(tabStateKey(7)))[tabStateKey(7)];
    expect(state).toMatchObject({ status: 'ready', candidateId: reply && 'candidateId' in reply ? reply.candidateId : '' });
    expect(await db.assessments.count()).toBe(1);
  });

  it('replies before the photo is downloaded, then stores its hash and updates the assessment', async () => {
    let release: (r: PhotoHashResult) => void = () => undefined;
    const hashPhoto = (url: string) => {
      expect(url).toBe('https://photos.example/noor.jpg');
      return new Promise<PhotoHashResult>((resolve) => (release = resolve));
    };
    const withPhoto = { ...observe, observation: { ...observe.observation, photoUrl: 'https://photos.example/noor.jpg' } };
    const reply = await handleContentMessage(db, withPhoto, fromTab(7), 1000, { hashPhoto });
    expect(reply).toMatchObject({ ok: true });
    const candidateId = reply && 'candidateId' in reply ? reply.candidateId : '';
    const photoCheck = async () => (await db.assessments.get(candidateId))?.results.find((r) => r.signalId === 'reused-photo');
    expect((await photoCheck())?.skipReason).toBe('The profile photo has not been checked yet');
    release({ ok: true, hash: '0123456789abcdef' });
    await vi.waitFor(async () => expect((await photoCheck())?.status).toBe('miss'));
    expect((await db.photoHashes.where('id').equals('greenhouse|55').first())?.hash).toBe('0123456789abcdef');
  });

  it('marks the tab as showing no candidate after in-page navigation away', async () => {
    await handleContentMessage(db, observe, fromTab(7), 1000);
    await handleContentMessage(db, { type: 'left-candidate', pageUrl: 'https://github.com/explore' }, fromTab(7), 2000);
    const state = (await fakeBrowser.storage.session.get(tabStateKey(7)))[tabStateKey(7)];
    expect(state).toMatchObject({ status: 'no-candidate' });
  });
});

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { serveMeeting, type MeetingPort } from '../../../lib/background/serve-meeting';
import { openDatabase, type HireProofDb } from '../../../lib/db/database';
import { recordObservation } from '../../../lib/db/record-observation';
import { tabStateKey } from '../../../lib/messaging';
import type { MeetingReply } from '../../../lib/meeting/record-protocol';
import { makeObservation } from '../candidate/make-observation';
import { makeLiveness } from '../signals/make-liveness';

function connect(sender: MeetingPort['sender']) {
  const received: MeetingReply[] = [];
  const listeners: Array<(m: unknown) => void> = [];
  const port: MeetingPort = {
    sender,
    postMessage: (m) => received.push(m),
    onMessage: { addListener: (l) => listeners.push(l) },
    onDisconnect: { addListener: () => {} },
  };
  return { port, received, send: (m: unknown) => listeners.forEach((l) => l(m)) };
}

const meetingPanel = () => ({ id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/meeting-panel.html') });
const SUMMARY_ID = '0b6f5c7e-2f0a-4a7e-8d2b-5e1f3c9a7d10';
let db: HireProofDb;
let n = 0;
let ada: string;
let ben: string;

beforeEach(async () => {
  fakeBrowser.reset();
  db = openDatabase(`serve-meeting-${n++}`);
  ada = (await recordObservation(db, { observation: makeObservation({ names: ['Ada Brook'], siteCandidateId: '1' }), now: 1 })).candidateId;
  ben = (await recordObservation(db, { observation: makeObservation({ names: ['Ben Carr'], siteCandidateId: '2', pageUrl: 'https://app.greenhouse.io/people/2' }), now: 2 })).candidateId;
  // Ada's profile is open in tab 7: she comes first although Ben was seen last.
  await fakeBrowser.storage.session.set({ [tabStateKey(7)]: { status: 'ready', candidateId: ada, updatedAt: 3 }, [tabStateKey(8)]: { status: 'no-candidate', updatedAt: 3 } });
});
afterEach(async () => {
  db.close();
  await db.delete();
});

describe('serveMeeting', () => {
  it('answers a look-up with candidates open in a tab first', async () => {
    const panel = connect(meetingPanel());
    serveMeeting(db, panel.port);
    panel.send({ type: 'find-candidates', requestId: 'q1', query: '' });
    await expect.poll(() => panel.received[0]).toMatchObject({ type: 'candidates', requestId: 'q1', matches: [{ id: ada, openInTab: true }, { id: ben, openInTab: false }] });
  });

  it.each([
    { name: 'a valid summary is saved and re-checks the candidate', summary: makeLiveness({ frozenOrLooping: 'frozen' }), reply: { type: 'saved' }, stored: 1 },
    { name: 'a summary carrying landmarks is refused, with the reason', summary: { ...makeLiveness(), landmarks: [[0, 0, 0]] }, reply: { type: 'failed', error: expect.stringContaining('landmarks') }, stored: 0 },
  ])('$name', async ({ summary, reply, stored }) => {
    const panel = connect(meetingPanel());
    serveMeeting(db, panel.port, () => 50);
    panel.send({ type: 'save-liveness', requestId: 's1', candidateId: ada, summaryId: SUMMARY_ID, summary });
    await expect.poll(() => panel.received[0]).toMatchObject({ requestId: 's1', ...reply });
    expect(await db.livenessSummaries.count()).toBe(stored);
  });

  it('removes a summary linked to the wrong candidate', async () => {
    const panel = connect(meetingPanel());
    serveMeeting(db, panel.port);
    panel.send({ type: 'save-liveness', requestId: 's1', candidateId: ada, summaryId: SUMMARY_ID, summary: makeLiveness() });
    await expect.poll(() => panel.received.length).toBe(1);
    panel.send({ type: 'remove-liveness', requestId: 's2', summaryId: SUMMARY_ID });
    await expect.poll(() => panel.received[1]).toEqual({ type: 'saved', requestId: 's2' });
    expect(await db.livenessSummaries.count()).toBe(0);
  });

  it.each([
    { name: 'a content script (web page URL)', sender: () => ({ id: fakeBrowser.runtime.id, url: 'https://meet.google.com/abc-defg-hij' }) },
    { name: 'another extension', sender: () => ({ id: 'someone-else', url: 'chrome-extension://someone-else/x.html' }) },
  ])('ignores $name', async ({ sender }) => {
    const panel = connect(sender());
    serveMeeting(db, panel.port);
    panel.send({ type: 'save-liveness', requestId: 's1', candidateId: ada, summaryId: SUMMARY_ID, summary: makeLiveness() });
    panel.send({ type: 'find-candidates', requestId: 'q1', query: '' });
    await new Promise((r) => setTimeout(r, 50));
    expect(panel.received).toEqual([]);
    expect(await db.livenessSummaries.count()).toBe(0);
  });

  it('drops malformed requests without answering', async () => {
    const panel = connect(meetingPanel());
    serveMeeting(db, panel.port);
    panel.send({ type: 'save-liveness', requestId: 's1', candidateId: ada, summaryId: 'not-a-uuid', summary: makeLiveness() });
    panel.send({ type: 'find-candidates', requestId: 'q1', query: 'x'.repeat(201) });
    panel.send('hello');
    await new Promise((r) => setTimeout(r, 50));
    expect(panel.received).toEqual([]);
  });
});

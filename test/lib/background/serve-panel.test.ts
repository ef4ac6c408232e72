import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { servePanel, type PanelPort } from '../../../lib/background/serve-panel';
import { openDatabase, type HireProofDb } from '../../../lib/db/database';
import { recordObservation } from '../../../lib/db/record-observation';
import { tabStateKey } from '../../../lib/messaging';
import type { PanelMessage } from '../../../lib/panel/protocol';
import { makeObservation } from '../candidate/make-observation';

/** A Port as the background sees one: messages in, messages out, a disconnect. */
function connectPanel(sender: PanelPort['sender']) {
  const received: PanelMessage[] = [];
  const onMessage: Array<(m: unknown) => void> = [];
  const onDisconnect: Array<() => void> = [];
  const port: PanelPort = {
    sender,
    postMessage: (m) => received.push(m),
    onMessage: { addListener: (l) => onMessage.push(l) },
    onDisconnect: { addListener: (l) => onDisconnect.push(l) },
  };
  return {
    port,
    received,
    send: (m: unknown) => onMessage.forEach((l) => l(m)),
    disconnect: () => onDisconnect.forEach((l) => l()),
    lastSnapshot: () => received.filter((m) => m.type === 'snapshot').at(-1),
  };
}

const panelPage = () => ({ id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/panel.html') });
let db: HireProofDb;
let n = 0;
let candidateId: string;

beforeEach(async () => {
  fakeBrowser.reset();
  db = openDatabase(`serve-panel-${n++}`);
  ({ candidateId } = await recordObservation(db, {
    observation: makeObservation({ names: ['Ines Duarte'], siteCandidateId: '9', emails: ['ines@mailinator.com'] }),
    now: 1000,
  }));
  await fakeBrowser.storage.session.set({ [tabStateKey(4)]: { status: 'ready', candidateId, updatedAt: 1000 } });
});
afterEach(async () => {
  db.close();
  await db.delete();
});

describe('servePanel', () => {
  it('sends the tab candidate, then follows changes made through actions', async () => {
    const panel = connectPanel(panelPage());
    servePanel(db, panel.port, () => 2000);
    panel.send({ type: 'subscribe', tabId: 4 });
    await expect.poll(() => panel.lastSnapshot()?.type === 'snapshot' && panel.lastSnapshot()).toMatchObject({
      snapshot: { state: 'ready', candidate: { displayName: 'Ines Duarte' } },
    });

    panel.send({ type: 'add-note', requestId: 'r1', candidateId, text: 'Confirmed by phone' });
    await expect.poll(() => panel.received.find((m) => m.type === 'action-result')).toEqual({ type: 'action-result', requestId: 'r1', ok: true });
    await expect.poll(() => panel.lastSnapshot()).toMatchObject({ snapshot: { notes: [{ text: 'Confirmed by phone' }] } });
    panel.disconnect();
  });

  it('answers a refused action with the reason and changes nothing', async () => {
    const panel = connectPanel(panelPage());
    servePanel(db, panel.port);
    panel.send({ type: 'add-note', requestId: 'r2', candidateId, text: '   ' });
    await expect.poll(() => panel.received.find((m) => m.type === 'action-result')).toMatchObject({ ok: false, error: 'A note cannot be empty' });
    expect(await db.notes.count()).toBe(0);
  });

  it('follows the tab to another state', async () => {
    const panel = connectPanel(panelPage());
    servePanel(db, panel.port);
    panel.send({ type: 'subscribe', tabId: 4 });
    await expect.poll(() => panel.lastSnapshot()).toMatchObject({ snapshot: { state: 'ready' } });
    await fakeBrowser.storage.session.set({ [tabStateKey(4)]: { status: 'no-candidate', updatedAt: 3000 } });
    await expect.poll(() => panel.lastSnapshot()).toMatchObject({ snapshot: { state: 'no-candidate' } });
  });

  const strangers: Array<[string, PanelPort['sender']]> = [
    ['a content script (web page URL)', { id: 'x', url: 'https://evil.example/' }],
    ['another extension', { id: 'other', url: 'chrome-extension://other/panel.html' }],
    ['no sender', undefined],
  ];
  it.each(strangers)('ignores %s', async (_name, sender) => {
    const panel = connectPanel(sender ? { ...sender, id: sender.id === 'x' ? fakeBrowser.runtime.id : sender.id } : undefined);
    servePanel(db, panel.port);
    panel.send({ type: 'subscribe', tabId: 4 });
    panel.send({ type: 'add-note', requestId: 'r3', candidateId, text: 'sneaky' });
    await new Promise((r) => setTimeout(r, 50));
    expect(panel.received).toEqual([]);
    expect(await db.notes.count()).toBe(0);
  });

  it('ignores malformed requests', async () => {
    const panel = connectPanel(panelPage());
    servePanel(db, panel.port);
    panel.send({ type: 'add-note', requestId: 'r4', candidateId });
    panel.send({ type: 'drop-database' });
    await new Promise((r) => setTimeout(r, 50));
    expect(panel.received).toEqual([]);
  });
});

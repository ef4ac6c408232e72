import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startListServer, type ListServer } from '../lib/subscriptions/list-server';
import { canonicalListText, makePublisher, type Publisher } from '../lib/subscriptions/signed-list';
import { launchWithExtension, type ExtensionBrowser } from './browser';

/**
 * List subscriptions in the built extension: a local list server on 127.0.0.1 serves a signed list,
 * the extension is configured through its storage and asked to refresh the way the options page
 * asks ("Refresh now"), and the result is read back from the extension's IndexedDB.
 *
 * Nobody can click a permission prompt here, so the extension holds no host access to the server:
 * what makes the fetch work is the server's CORS headers, exactly as for a subscription configured
 * by policy (lib/policy/POLICY.md). A route without them shows the "no permission" message.
 *
 * Everything crosses into the browser as string expressions: functions compiled by the test runner
 * can carry helper references (`__name`) that do not exist in the page.
 */

let browser: ExtensionBrowser;
let server: ListServer;
let publisher: Publisher;
let page: Page;

const LIST_V1 = { modified: '2025-04-02', entries: [{ kind: 'email', value: 'first@bad.example' }] };
const LIST_V2 = { modified: '2025-05-01', entries: [{ kind: 'email', value: 'second@bad.example' }] };

beforeAll(async () => {
  [browser, server, publisher] = await Promise.all([launchWithExtension({ headless: true }), startListServer(), makePublisher('secops-2026')]);
  page = await browser.context.newPage();
  // Any extension page will do: it has the extension's origin, storage, messaging and database.
  await page.goto(`chrome-extension://${browser.extensionId}/panel.html`);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function publish(path: string, text: string, options: { signature?: string; cors?: boolean } = {}): Promise<void> {
  const cors = options.cors ?? true;
  server.set(path, { body: text, etag: `"${text.length}"`, cors });
  server.set(`${path}.sig`, { body: options.signature ?? (await publisher.sign(text)), cors });
}

const configure = (subscriptionPaths: string[]) =>
  page.evaluate(
    `chrome.storage.local.set(${JSON.stringify({
      'hireproof-settings': { trustedKeys: [publisher.key], subscriptions: subscriptionPaths.map((p) => ({ url: server.url(p) })) },
    })})`,
  );

interface ReplyResult {
  url: string;
  ok: boolean;
  message: string;
}
const refreshNow = async () => (await page.evaluate(`chrome.runtime.sendMessage({ type: 'refresh-subscriptions' })`)) as { ok: boolean; results: ReplyResult[] };

interface StoredList {
  id: string;
  origin: { kind: string; url?: string };
  verifiedBy?: string;
  lastRefresh?: { ok: boolean; message: string };
}
/** The lists from subscriptions (the extension also ships lists of its own) and the entry values of each. */
const readLists = async () =>
  (await page.evaluate(`new Promise((resolve, reject) => {
    const open = indexedDB.open('hireproof');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      const tx = db.transaction(['lists', 'listChunks']);
      const out = { lists: [], values: {} };
      tx.objectStore('lists').getAll().onsuccess = (e) => { out.lists = e.target.result.filter((l) => l.origin.kind === 'subscription'); };
      tx.objectStore('listChunks').getAll().onsuccess = (e) => {
        for (const c of e.target.result) out.values[c.listId] = [...(out.values[c.listId] || []), ...c.entries.map((x) => x.value)];
      };
      tx.oncomplete = () => { db.close(); resolve(out); };
    };
  })`)) as { lists: StoredList[]; values: Record<string, string[]> };

/** The subscriptions' alarms (the daily retention run has one of its own, always there). */
const alarmNames = async () => {
  const worker = browser.context.serviceWorkers()[0];
  const names = (await worker?.evaluate(`chrome.alarms.getAll().then((all) => all.map((a) => a.name))`)) as string[];
  return names.filter((name) => name.startsWith('hireproof-subscription:'));
};

describe('list subscriptions in the built extension', () => {
  it('fetches nothing and schedules nothing while no subscription is configured', async () => {
    expect(await refreshNow()).toEqual({ ok: true, results: [] });
    expect(await alarmNames()).toEqual([]);
  });

  it('stores a signed list from a CORS-enabled server, then keeps it on 304, and refuses a tampered one', async () => {
    const url = server.url('/acme.json');
    await publish('/acme.json', canonicalListText(LIST_V1));
    await configure(['/acme.json']);
    await expect.poll(alarmNames).toEqual([`hireproof-subscription:${url}`]);

    const first = await refreshNow();
    expect(first).toEqual({ ok: true, results: [{ url, ok: true, message: expect.stringMatching(/^updated "ACME applicant fraud": 1 entries, signed with key "secops-2026"/) }] });
    const stored = await readLists();
    expect(stored.lists).toEqual([
      expect.objectContaining({ id: 'acme-fraud', origin: { kind: 'subscription', url }, verifiedBy: 'secops-2026', lastRefresh: expect.objectContaining({ ok: true }) }),
    ]);
    expect(stored.values['acme-fraud']).toEqual(['first@bad.example']);
    // Requests came from the extension's origin, without host access: plain CORS.
    expect(server.requests.find((r) => r.method === 'GET')?.headers.origin).toBe(`chrome-extension://${browser.extensionId}`);

    // The ETag header is exposed by the server, so the next refresh is conditional; the conditional
    // header makes the browser ask first (a CORS preflight), which the server must answer.
    const second = await refreshNow();
    expect(second.results).toEqual([{ url, ok: true, message: expect.stringMatching(/^not modified/) }]);
    expect(server.requests.filter((r) => r.method === 'GET' && r.path === '/acme.json').at(-1)?.headers['if-none-match']).toMatch(/^"\d+"$/);
    expect(server.requests.filter((r) => r.method === 'OPTIONS' && r.path === '/acme.json')).toHaveLength(1);

    const signature = await publisher.sign(canonicalListText(LIST_V2));
    await publish('/acme.json', canonicalListText({ ...LIST_V2, entries: [...LIST_V2.entries, { kind: 'email', value: 'innocent@example.com' }] }), { signature });
    const third = await refreshNow();
    expect(third.results).toEqual([{ url, ok: false, message: expect.stringMatching(/signature does not verify with any trusted key.*stays in use$/) }]);
    const kept = await readLists();
    expect(kept.values['acme-fraud']).toEqual(['first@bad.example']);
    expect(kept.lists[0]?.lastRefresh).toEqual(expect.objectContaining({ ok: false, message: third.results[0]?.message }));
  });

  it('a server without CORS headers, and no host access granted, shows "no permission"', async () => {
    await publish('/private.json', canonicalListText({ ...LIST_V1, id: 'private-list' }), { cors: false });
    await configure(['/private.json']);
    const reply = await refreshNow();
    expect(reply.results).toEqual([
      { url: server.url('/private.json'), ok: false, message: `no permission to reach ${server.origin}: allow it on the options page, or have the list server send Access-Control-Allow-Origin` },
    ]);
    expect((await readLists()).lists.map((l) => l.id)).not.toContain('private-list');
  });
});

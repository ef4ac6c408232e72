import { beforeAll, describe, expect, it } from 'vitest';
import { listRecordFrom, loadEnabledEntries, saveList, setListEnabled } from '../../../lib/db/lists-store';
import { SubscriptionSchema } from '../../../lib/settings/settings-schema';
import { refreshSubscription, type RefreshDeps } from '../../../lib/subscriptions/refresh-subscription';
import { loadSubscriptionState } from '../../../lib/subscriptions/subscription-state';
import { startListServer, type Route } from './list-server';
import { canonicalListText, makePublisher, type Publisher } from './signed-list';
import { useSubscriptionFixture } from './subscription-fixture';

/** Refresh against a real HTTP server on 127.0.0.1 with lists signed by keys made at test time. */

const NOW = Date.parse('2026-06-01T12:00:00Z');
const V1 = { modified: '2025-04-02', entries: [{ kind: 'email', value: 'first@bad.example' }] };
const V2 = { modified: '2025-05-01', entries: [{ kind: 'email', value: 'second@bad.example' }] };

const t = useSubscriptionFixture('refresh-subscription');
let stranger: Publisher;
beforeAll(async () => {
  stranger = await makePublisher('someone-else');
});

const subscription = (path = '/list.json') => SubscriptionSchema.parse({ url: t.server.url(path) });
const refresh = (deps: Partial<RefreshDeps> = {}, path?: string) =>
  refreshSubscription(subscription(path), {
    db: t.db,
    fetch: (input, init) => fetch(input, init),
    now: () => NOW,
    trustedKeys: [t.publisher.key],
    timeoutMs: 2000,
    ...deps,
  });

/** Serves `text` at `path` and its signature at `path`.sig (none, 404, when `signature` is null). */
async function publish(text: string, options: { path?: string; route?: Route; signature?: string | null } = {}): Promise<void> {
  const path = options.path ?? '/list.json';
  t.server.set(path, { body: text, ...options.route });
  const signature = options.signature === undefined ? await t.publisher.sign(text) : options.signature;
  t.server.set(`${path}.sig`, signature === null ? { status: 404, body: 'not found' } : { body: `${signature}\n` });
}

const storedValues = async () => (await loadEnabledEntries(t.db)).map((e) => e.value);
const listRequests = () => t.server.requests.filter((r) => r.path === '/list.json');

describe('a subscription refresh', () => {
  it('stores a signed list on the first fetch, with where it came from and which key verified it', async () => {
    const text = canonicalListText(V1);
    await publish(text, { route: { etag: '"v1"' } });
    const result = await refresh();
    expect(result).toMatchObject({ ok: true, changed: true, message: expect.stringMatching(/updated "ACME applicant fraud": 1 entries, signed with key "secops-2026"/) });
    const record = await t.db.lists.get('acme-fraud');
    expect(record).toMatchObject({
      origin: { kind: 'subscription', url: t.server.url('/list.json') },
      verifiedBy: 'secops-2026',
      signature: await t.publisher.sign(text),
      enabled: 1,
      lastRefresh: { at: NOW, ok: true },
    });
    expect(await storedValues()).toEqual(['first@bad.example']);
    expect(await loadSubscriptionState(t.server.url('/list.json'))).toMatchObject({ etag: '"v1"', lastSuccessAt: NOW, lastAttempt: { ok: true } });
  });

  const validators: Array<[string, Route, string, string]> = [
    ['ETag', { etag: '"abc"' }, 'if-none-match', '"abc"'],
    ['Last-Modified', { lastModified: 'Tue, 01 Apr 2025 10:00:00 GMT' }, 'if-modified-since', 'Tue, 01 Apr 2025 10:00:00 GMT'],
  ];
  it.each(validators)('sends the %s validator back and keeps the list on 304 Not Modified', async (_name, route, header, value) => {
    await publish(canonicalListText(V1), { route });
    await refresh();
    const later = NOW + 3_600_000;
    const result = await refresh({ now: () => later });
    expect(listRequests()[1]?.headers[header]).toBe(value);
    expect(result).toMatchObject({ ok: true, changed: false, message: expect.stringMatching(/not modified/) });
    expect(await storedValues()).toEqual(['first@bad.example']);
    expect((await t.db.lists.get('acme-fraud'))?.lastRefresh).toMatchObject({ at: later, ok: true });
    expect(await loadSubscriptionState(t.server.url('/list.json'))).toMatchObject({ lastSuccessAt: later });
  });

  it('replaces the list when the server has a new version, keeping it disabled if someone disabled it', async () => {
    await publish(canonicalListText(V1), { route: { etag: '"v1"' } });
    await refresh();
    await setListEnabled(t.db, 'acme-fraud', false, { actor: 'recruiter', at: 1 });
    await publish(canonicalListText(V2), { route: { etag: '"v2"' } });
    const result = await refresh();
    expect(result).toMatchObject({ ok: true, changed: true });
    expect(await t.db.lists.get('acme-fraud')).toMatchObject({ enabled: 0, modified: '2025-05-01' });
    await setListEnabled(t.db, 'acme-fraud', true, { actor: 'recruiter', at: 1 });
    expect(await storedValues()).toEqual(['second@bad.example']);
    expect(await loadSubscriptionState(t.server.url('/list.json'))).toMatchObject({ etag: '"v2"' });
  });

  it('a feed that renames its list replaces its old list instead of adding a second one', async () => {
    await publish(canonicalListText(V1));
    await refresh();
    await publish(canonicalListText({ ...V2, id: 'acme-fraud-v2' }));
    expect(await refresh()).toMatchObject({ ok: true, changed: true });
    expect(await t.db.lists.toCollection().primaryKeys()).toEqual(['acme-fraud-v2']);
  });

  const accepted: Array<[string, Record<string, unknown>]> = [
    ['expires today (the last day it is meant for)', { expires: '2026-06-01' }],
    ['expires later', { expires: '2027-01-01' }],
    ['with filters and weights', { weightOverrides: [{ signalId: 'voip-phone', weight: 0.2, reason: 'common here' }] }],
  ];
  it.each(accepted)('accepts a signed list that %s', async (_name, overrides) => {
    await publish(canonicalListText({ ...V1, ...overrides }));
    expect(await refresh()).toMatchObject({ ok: true, changed: true });
  });
});

describe('keep-last-good: a refused download never replaces the stored list', () => {
  // Each case starts from a good V1 list fetched with ETag "v1", then the server changes.
  const refusals: Array<[string, () => Promise<Partial<RefreshDeps> | void>, RegExp]> = [
    ['HTTP error', async () => t.server.set('/list.json', { status: 500, body: 'oops' }), /^HTTP 500 Internal Server Error from http:\/\/127\.0\.0\.1:\d+\/list\.json/],
    ['time-out', async () => {
      await publish(canonicalListText(V2), { route: { delayMs: 1000 } });
      return { timeoutMs: 100 };
    }, /^timed out after 0\.1 s waiting for/],
    ['unsigned (no .sig file)', () => publish(canonicalListText(V2), { signature: null }), /not signed/],
    ['signed with a key nobody trusts', async () => {
      const text = canonicalListText(V2);
      await publish(text, { signature: await stranger.sign(text) });
    }, /does not verify with any trusted key/],
    ['changed after signing', async () => {
      const signature = await t.publisher.sign(canonicalListText(V2));
      await publish(canonicalListText({ ...V2, entries: [...V2.entries, { kind: 'email', value: 'innocent@example.com' }] }), { signature });
    }, /does not verify with any trusted key/],
    ['a garbled signature', () => publish(canonicalListText(V2), { signature: 'not base64!' }), /not a base64 Ed25519 signature/],
    ['expired', () => publish(canonicalListText({ ...V2, expires: '2026-05-31' })), /expired on 2026-05-31/],
    ['malformed, naming the first problems with their paths', () =>
      publish(JSON.stringify({ ...JSON.parse(canonicalListText(V2)), entries: [{ kind: 'email', value: 'nobody' }, { kind: 'phone', value: 'x' }], colour: 1 }, null, 2)),
      /^the list does not parse: entries\[0\]\.value, line \d+: not an e-mail address: "nobody"; entries\[1\]\.value, line \d+: .*; colour, line \d+: unknown key "colour"/],
    ['not a list at all', () => publish('<html>captive portal</html>'), /does not parse/],
    ['larger than the limit (by Content-Length)', async () => {
      await publish(canonicalListText(V2));
      return { maxBytes: 64 };
    }, /larger than the 64 bytes limit/],
    ['larger than the limit (found while reading)', async () => {
      await publish(canonicalListText(V2), { route: { chunked: true } });
      return { maxBytes: 64 };
    }, /larger than the 64 bytes limit/],
    ['an older version than the stored one (replayed file)', () => publish(canonicalListText({ ...V2, modified: '2025-03-20' })), /older version \(modified 2025-03-20\)/],
    ['signature server failing', async () => {
      await publish(canonicalListText(V2), { signature: null });
      t.server.set('/list.json.sig', { status: 503, body: 'busy' });
    }, /^signature: HTTP 503/],
  ];
  it.each(refusals)('%s', async (_name, change, expected) => {
    await publish(canonicalListText(V1), { route: { etag: '"v1"' } });
    await refresh();
    const before = await t.db.lists.get('acme-fraud');
    const deps = (await change()) ?? {};
    const result = await refresh(deps);
    expect(result.ok).toBe(false);
    expect(result.changed).toBe(false);
    expect(result.message).toMatch(expected);
    expect(result.message).toMatch(/; the list from 2026-06-01 stays in use$/);
    expect(await storedValues()).toEqual(['first@bad.example']);
    const after = await t.db.lists.get('acme-fraud');
    expect(after).toEqual({ ...before, lastRefresh: { at: NOW, ok: false, message: result.message } });
    expect(await loadSubscriptionState(t.server.url('/list.json'))).toEqual({
      etag: '"v1"',
      lastSuccessAt: NOW,
      lastAttempt: { at: NOW, ok: false, message: result.message },
    });
  });

  it('a feed may not overwrite a list someone imported by hand under the same id', async () => {
    const handMade = listRecordFrom(JSON.parse(canonicalListText(V1)), { origin: { kind: 'file' }, importedAt: 1 });
    await saveList(t.db, handMade, [{ kind: 'email', value: 'hand@made.example' }], { actor: 'recruiter', at: 1 });
    await publish(canonicalListText(V2));
    const result = await refresh();
    expect(result).toMatchObject({ ok: false, message: 'list id "acme-fraud" is already used by a list imported by hand; a subscription may only replace its own list' });
    expect(await t.db.lists.get('acme-fraud')).toEqual({ ...handMade, entryCount: 1 });
    expect(await storedValues()).toEqual(['hand@made.example']);
  });

  it('nor a list another subscription delivered', async () => {
    await publish(canonicalListText(V1), { path: '/other.json' });
    await refresh({}, '/other.json');
    await publish(canonicalListText(V2));
    expect((await refresh()).message).toMatch(/already used by the list from the subscription http:\/\/127\.0\.0\.1:\d+\/other\.json/);
    expect((await t.db.lists.get('acme-fraud'))?.origin).toEqual({ kind: 'subscription', url: t.server.url('/other.json') });
  });
});

describe('status of subscriptions without a good list', () => {
  it('a subscription that never succeeded keeps its error per URL', async () => {
    t.server.set('/list.json', { status: 404, body: 'gone' });
    const result = await refresh();
    expect(result).toMatchObject({ ok: false, message: expect.stringMatching(/^HTTP 404 Not Found from/) });
    expect(await t.db.lists.count()).toBe(0);
    expect(await loadSubscriptionState(t.server.url('/list.json'))).toEqual({ lastAttempt: { at: NOW, ok: false, message: result.message } });
  });

  it('without trusted keys nothing is fetched', async () => {
    await publish(canonicalListText(V1));
    expect(await refresh({ trustedKeys: [] })).toMatchObject({ ok: false, message: expect.stringMatching(/no trusted public keys/) });
    expect(t.server.requests).toEqual([]);
  });

  it('sends no validators once the list they describe is gone, so a 304 cannot leave nothing in place', async () => {
    await publish(canonicalListText(V1), { route: { etag: '"v1"' } });
    await refresh();
    await t.db.lists.clear();
    expect(await refresh()).toMatchObject({ ok: true, changed: true });
    expect(listRequests()[1]?.headers['if-none-match']).toBeUndefined();
  });

  const unreachable: Array<[string, boolean, RegExp]> = [
    ['without host access it says so', false, /^no permission to reach http:\/\/127\.0\.0\.1:\d+: allow it on the options page, or have the list server send Access-Control-Allow-Origin$/],
    ['with host access it reports the network error', true, /^could not reach http:\/\/127\.0\.0\.1:\d+\/list\.json \(fetch failed\)$/],
  ];
  it.each(unreachable)('a server that cannot be reached: %s', async (_name, granted, expected) => {
    const closed = await startListServer();
    const url = closed.url('/list.json');
    await closed.close();
    const asked: string[] = [];
    const result = await refreshSubscription(SubscriptionSchema.parse({ url }), {
      db: t.db,
      fetch: (input, init) => fetch(input, init),
      now: () => NOW,
      trustedKeys: [t.publisher.key],
      hasHostAccess: async (pattern) => {
        asked.push(pattern);
        return granted;
      },
    });
    expect(result.message).toMatch(expected);
    expect(asked).toEqual(['http://127.0.0.1/*']);
  });
});

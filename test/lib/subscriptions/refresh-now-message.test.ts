import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handlePageMessage } from '../../../lib/background/handle-page-message';
import { SETTINGS_KEY } from '../../../lib/settings/settings-schema';
import { RefreshSubscriptionsReplySchema } from '../../../lib/subscriptions/refresh-reply';
import { canonicalListText } from './signed-list';
import { useSubscriptionFixture } from './subscription-fixture';

/** "Refresh now" from an extension page: `{ type: 'refresh-subscriptions' }` to the background. */

const t = useSubscriptionFixture('refresh-now');

const fromOptionsPage = () => ({ id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/options.html') });
const refreshNow = () => handlePageMessage(t.db, { type: 'refresh-subscriptions' }, fromOptionsPage(), Date.now());

describe('refresh-subscriptions message', () => {
  it('with no subscription configured it answers with no results and fetches nothing', async () => {
    expect(await refreshNow()).toEqual({ ok: true, results: [] });
    expect(t.server.requests).toEqual([]);
  });

  it('refreshes every configured subscription once and reports each by URL', async () => {
    const text = canonicalListText();
    t.server.set('/good.json', { body: text });
    t.server.set('/good.json.sig', { body: await t.publisher.sign(text) });
    t.server.set('/broken.json', { status: 500 });
    const good = t.server.url('/good.json');
    const broken = t.server.url('/broken.json');
    await fakeBrowser.storage.local.set({
      [SETTINGS_KEY]: { trustedKeys: [t.publisher.key], subscriptions: [{ url: good }, { url: broken }, { url: good, refreshHours: 2 }] },
    });
    const reply = RefreshSubscriptionsReplySchema.parse(await refreshNow());
    expect(reply).toEqual({
      ok: true,
      results: [
        { url: good, ok: true, message: expect.stringMatching(/^updated "ACME applicant fraud"/) },
        { url: broken, ok: false, message: expect.stringMatching(/^HTTP 500/) },
      ],
    });
    expect(t.server.requests.filter((r) => r.path === '/good.json')).toHaveLength(1);
  });

  it('is only accepted from the extension\'s own pages', async () => {
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { trustedKeys: [t.publisher.key], subscriptions: [{ url: t.server.url('/good.json') }] } });
    expect(await handlePageMessage(t.db, { type: 'refresh-subscriptions' }, { id: 'another-extension', url: 'https://evil.example/' }, 0)).toBeUndefined();
    expect(t.server.requests).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ALARM_PREFIX, FIRST_RUN_DELAY_MINUTES, startSubscriptions, syncSubscriptionAlarms } from '../../../lib/background/subscriptions-scheduler';
import { buildCandidateView } from '../../../lib/candidate/build-candidate-view';
import { listContext } from '../../../lib/lists/active-lists';
import { SETTINGS_KEY, SubscriptionSchema } from '../../../lib/settings/settings-schema';
import { STATE_KEY } from '../../../lib/subscriptions/subscription-state';
import { makeObservation } from '../candidate/make-observation';
import { canonicalListText } from './signed-list';
import { useSubscriptionFixture } from './subscription-fixture';

/** The scheduler with the fake browser's alarms and storage, fetching from a real local t.server. */

const t = useSubscriptionFixture('subscriptions-scheduler');

const sub = (path: string, refreshHours?: number) => SubscriptionSchema.parse({ url: `https://lists.example${path}`, refreshHours });
const firing = (name: string, periodInMinutes: number) => ({ name, scheduledTime: Date.now(), periodInMinutes, persistAcrossSessions: false });
const alarmSummary = async () =>
  (await fakeBrowser.alarms.getAll()).map((a) => ({ name: a.name, periodInMinutes: a.periodInMinutes })).sort((a, b) => a.name.localeCompare(b.name));

describe('syncSubscriptionAlarms', () => {
  const cases: Array<[string, Array<{ name: string; periodInMinutes: number }>, ReturnType<typeof sub>[], Array<{ name: string; periodInMinutes?: number }>]> = [
    ['nothing configured: no alarms', [], [], []],
    ['one alarm per subscription, period in minutes', [], [sub('/a.json', 6), sub('/b.json')], [
      { name: `${ALARM_PREFIX}https://lists.example/a.json`, periodInMinutes: 360 },
      { name: `${ALARM_PREFIX}https://lists.example/b.json`, periodInMinutes: 1440 },
    ]],
    ['a removed subscription loses its alarm; alarms of others stay', [
      { name: `${ALARM_PREFIX}https://lists.example/gone.json`, periodInMinutes: 60 },
      { name: 'retention-sweep', periodInMinutes: 60 },
    ], [], [{ name: 'retention-sweep', periodInMinutes: 60 }]],
    ['a changed period is applied', [{ name: `${ALARM_PREFIX}https://lists.example/a.json`, periodInMinutes: 60 }], [sub('/a.json', 2)], [
      { name: `${ALARM_PREFIX}https://lists.example/a.json`, periodInMinutes: 120 },
    ]],
  ];
  it.each(cases)('%s', async (_name, existing, subscriptions, expected) => {
    for (const alarm of existing) await fakeBrowser.alarms.create(alarm.name, { periodInMinutes: alarm.periodInMinutes });
    await syncSubscriptionAlarms(subscriptions);
    expect(await alarmSummary()).toEqual(expected);
  });

  it('a new alarm first fires soon; an unchanged one keeps its schedule across service-worker restarts', async () => {
    const before = Date.now();
    await syncSubscriptionAlarms([sub('/a.json')]);
    const first = await fakeBrowser.alarms.get(`${ALARM_PREFIX}https://lists.example/a.json`);
    expect(first?.scheduledTime).toBeGreaterThanOrEqual(before + FIRST_RUN_DELAY_MINUTES * 60_000);
    expect(first?.scheduledTime).toBeLessThan(before + 60_000);
    await new Promise((resolve) => setTimeout(resolve, 5));
    await syncSubscriptionAlarms([sub('/a.json')]);
    expect((await fakeBrowser.alarms.get(first?.name ?? ''))?.scheduledTime).toBe(first?.scheduledTime);
  });
});

describe('startSubscriptions', () => {
  const settings = async (value: unknown) => fakeBrowser.storage.local.set({ [SETTINGS_KEY]: value });

  it('with nothing configured it schedules nothing and fetches nothing, even when a stale alarm fires', async () => {
    startSubscriptions(t.db);
    const stale = `${ALARM_PREFIX}${t.server.url('/list.json')}`;
    await fakeBrowser.alarms.create(stale, { periodInMinutes: 60 });
    await fakeBrowser.alarms.onAlarm.trigger(firing(stale, 60));
    await expect.poll(alarmSummary).toEqual([]);
    expect(t.server.requests).toEqual([]);
  });

  it('follows settings: a configured subscription gets an alarm, which stores the list and updates the checks', async () => {
    const text = canonicalListText({ entries: [{ kind: 'email', value: 'listed@bad.example' }] });
    t.server.set('/list.json', { body: text });
    t.server.set('/list.json.sig', { body: await t.publisher.sign(text) });
    startSubscriptions(t.db);
    await settings({ trustedKeys: [t.publisher.key], subscriptions: [{ url: t.server.url('/list.json'), refreshHours: 12 }] });
    const name = `${ALARM_PREFIX}${t.server.url('/list.json')}`;
    await expect.poll(alarmSummary).toEqual([{ name, periodInMinutes: 720 }]);

    await fakeBrowser.alarms.onAlarm.trigger(firing(name, 720));
    await expect.poll(() => t.db.lists.count()).toBe(1);
    const view = buildCandidateView('c1', [makeObservation({ names: ['Pat Doe'], emails: ['listed@bad.example'] })]);
    await expect.poll(() => listContext(view)?.matches.length).toBe(1);

    await settings({ trustedKeys: [t.publisher.key], subscriptions: [] });
    await expect.poll(alarmSummary).toEqual([]);
    // A removed subscription's status goes with it; its list stays until someone deletes it.
    await expect.poll(async () => (await fakeBrowser.storage.local.get(STATE_KEY))[STATE_KEY]).toEqual({});
    expect(await t.db.lists.count()).toBe(1);
  });
});

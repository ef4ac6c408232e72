import { browser } from 'wxt/browser';
import type { HireProofDb } from '../db/database';
import type { Subscription } from '../settings/settings-schema';
import { loadSettings, onSettingsChanged } from '../settings/settings-store';
import type { RefreshResult } from '../subscriptions/refresh-subscription';
import { pruneSubscriptionStates } from '../subscriptions/subscription-state';
import { reassessOpenCandidates } from './handle-page-message';
import { loadActiveLists } from './load-lists';
import { refreshConfiguredSubscriptions } from './subscriptions-refresh';

/** One alarm per subscription, named by its URL, so a removed subscription's alarm can be found and cleared. */
export const ALARM_PREFIX = 'hireproof-subscription:';
// Chrome delays alarms of packed extensions to at least 30 s after creation; asking for less only logs a warning.
export const FIRST_RUN_DELAY_MINUTES = 0.5;

/**
 * Makes the alarms match the configured subscriptions: clears alarms of removed ones, creates one for
 * each new one (first run soon, then every refreshHours), and re-creates one whose period changed.
 * An existing alarm is left alone: the service worker restarts often, and re-creating alarms on every
 * start would fetch every list each time it does.
 */
export async function syncSubscriptionAlarms(subscriptions: readonly Subscription[]): Promise<void> {
  const existing = new Map((await browser.alarms.getAll()).filter((a) => a.name.startsWith(ALARM_PREFIX)).map((a) => [a.name, a]));
  const wanted = new Map(subscriptions.map((s) => [`${ALARM_PREFIX}${s.url}`, s.refreshHours * 60]));
  for (const name of existing.keys()) if (!wanted.has(name)) await browser.alarms.clear(name);
  for (const [name, periodInMinutes] of wanted) {
    if (existing.get(name)?.periodInMinutes === periodInMinutes) continue;
    await browser.alarms.create(name, { delayInMinutes: FIRST_RUN_DELAY_MINUTES, periodInMinutes });
  }
}

/** Rebuilds the list index and re-checks open candidates when a refresh stored a new list. */
export async function applyRefreshResults(db: HireProofDb, results: readonly RefreshResult[], now: number): Promise<void> {
  if (!results.some((r) => r.changed)) return;
  await loadActiveLists(db);
  await reassessOpenCandidates(db, now);
}

let syncing: Promise<unknown> = Promise.resolve();

async function resync(): Promise<void> {
  const { settings } = await loadSettings();
  await syncSubscriptionAlarms(settings.subscriptions);
  await pruneSubscriptionStates(settings.subscriptions.map((s) => s.url));
}

async function onAlarm(db: HireProofDb, name: string): Promise<void> {
  const url = name.slice(ALARM_PREFIX.length);
  const results = await refreshConfiguredSubscriptions(db, { only: url });
  // Not configured any more (settings changed while the worker slept): the alarm goes too.
  if (results.length === 0) await browser.alarms.clear(name);
  await applyRefreshResults(db, results, Date.now());
}

/**
 * Wires subscriptions into the background. Listeners are added synchronously, as a service worker
 * woken by an alarm only delivers it to listeners added while its script first runs.
 */
export function startSubscriptions(db: HireProofDb): void {
  browser.alarms.onAlarm.addListener((alarm) => {
    // Outcomes are recorded per subscription; only a failure of the machinery itself lands here.
    if (alarm.name.startsWith(ALARM_PREFIX)) void onAlarm(db, alarm.name).catch((error: unknown) => console.error('HireProof: subscription refresh failed', error));
  });
  const schedule = () => {
    syncing = syncing.then(resync).catch((error: unknown) => console.error('HireProof: could not schedule subscriptions', error));
  };
  onSettingsChanged(schedule);
  schedule();
}

import { browser } from 'wxt/browser';
import type { HireProofDb } from '../db/database';
import { purgeExpired, type PurgeSummary } from '../db/purge-expired';
import { loadSettings } from '../settings/settings-store';
import { ensureIpGeo } from './load-ip-geo';

/** The daily retention run's alarm. Not under the subscriptions' prefix, which that scheduler owns. */
export const RETENTION_ALARM = 'hireproof-retention';
export const RETENTION_PERIOD_MINUTES = 24 * 60;
/**
 * The first alarm fires a full period after it is created, not minutes after install: a fresh
 * install has nothing old to delete, and an update is applied at the next browser start anyway.
 * A short delay would also fire inside every end-to-end test and benchmark session (a fresh profile
 * gets `onInstalled`, not `onStartup`), deleting the old-dated candidates they seed mid-run.
 */
export const RETENTION_FIRST_DELAY_MINUTES = RETENTION_PERIOD_MINUTES;

/**
 * Creates the daily alarm unless it exists with the right period. An existing one is left alone:
 * the service worker restarts often, and re-creating the alarm each time would keep postponing it.
 */
export async function ensureRetentionAlarm(): Promise<void> {
  const existing = await browser.alarms.get(RETENTION_ALARM);
  if (existing?.periodInMinutes === RETENTION_PERIOD_MINUTES) return;
  await browser.alarms.create(RETENTION_ALARM, { delayInMinutes: RETENTION_FIRST_DELAY_MINUTES, periodInMinutes: RETENTION_PERIOD_MINUTES });
}

let running: Promise<PurgeSummary | undefined> | undefined;

/**
 * One retention run with the settings in force now (stored settings and policy); a run asked for
 * while one is under way joins it. Waits for `ready` (lists and settings loaded): the candidates a
 * deletion re-checks must be checked against the same lists as everyone else.
 */
export function runRetention(db: HireProofDb, options: { ready?: Promise<unknown>; now?: () => number } = {}): Promise<PurgeSummary | undefined> {
  running ??= (async () => {
    await options.ready;
    const { settings } = await loadSettings();
    return purgeExpired(db, { now: (options.now ?? Date.now)(), retentionDays: settings.retentionDays, prepare: ensureIpGeo });
  })().finally(() => {
    running = undefined;
  });
  return running;
}

/** Resolves once no retention run is under way (a run that failed counts as over: it logged why). */
export function whenRetentionIdle(): Promise<void> {
  return running?.then(
    () => undefined,
    () => undefined,
  ) ?? Promise.resolve();
}

/**
 * Wires retention into the background: daily by alarm, and when the browser starts. Listeners are
 * added synchronously: a service worker woken by an alarm delivers it only to listeners added while
 * its script first runs.
 */
export function startRetention(db: HireProofDb, options: { ready?: Promise<unknown> } = {}): void {
  const run = () => void runRetention(db, options).catch((error: unknown) => console.error('HireProof: retention run failed', error));
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === RETENTION_ALARM) run();
  });
  browser.runtime.onStartup.addListener(run);
  void ensureRetentionAlarm().catch((error: unknown) => console.error('HireProof: could not schedule retention', error));
}

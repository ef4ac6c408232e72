import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ensureRetentionAlarm, RETENTION_ALARM, RETENTION_PERIOD_MINUTES, runRetention, startRetention, whenRetentionIdle } from '../../../lib/background/retention-scheduler';
import { openDatabase, type HireProofDb } from '../../../lib/db/database';
import { SETTINGS_KEY } from '../../../lib/settings/settings-schema';

/** The daily retention run: its alarm, what wakes it, and the settings it obeys. */

let db: HireProofDb;
let n = 0;
beforeEach(async () => {
  fakeBrowser.reset();
  db = openDatabase(`retention-scheduler-${n++}`);
  await db.open();
});
afterEach(async () => {
  db.close();
  await db.delete();
});

const DAY = 86_400_000;
const addCandidate = (id: string, updatedAt: number) =>
  db.candidates.put({ id, displayName: id, names: [id], identityKeys: [], falsePositiveSignalIds: [], flaggedForReview: 0, createdAt: updatedAt, updatedAt });
const stored = () => db.candidates.orderBy('id').primaryKeys();
const firing = (name: string) => ({ name, scheduledTime: Date.now(), periodInMinutes: RETENTION_PERIOD_MINUTES, persistAcrossSessions: false });

describe('ensureRetentionAlarm', () => {
  it('creates a daily alarm once, first firing a day later; a service-worker restart keeps its schedule', async () => {
    const before = Date.now();
    await ensureRetentionAlarm();
    const first = await fakeBrowser.alarms.get(RETENTION_ALARM);
    expect(first?.periodInMinutes).toBe(24 * 60);
    // Not minutes after install: end-to-end sessions in a fresh profile must not see a run they did not ask for.
    expect(first?.scheduledTime).toBeGreaterThanOrEqual(before + DAY);
    await new Promise((resolve) => setTimeout(resolve, 5));
    await ensureRetentionAlarm();
    expect((await fakeBrowser.alarms.get(RETENTION_ALARM))?.scheduledTime).toBe(first?.scheduledTime);
  });

  it('replaces an alarm with another period', async () => {
    await fakeBrowser.alarms.create(RETENTION_ALARM, { periodInMinutes: 5 });
    await ensureRetentionAlarm();
    expect((await fakeBrowser.alarms.get(RETENTION_ALARM))?.periodInMinutes).toBe(RETENTION_PERIOD_MINUTES);
  });
});

describe('startRetention', () => {
  it.each([
    { name: 'the daily alarm runs it with the default 180 days', settings: undefined, wake: () => fakeBrowser.alarms.onAlarm.trigger(firing(RETENTION_ALARM)), left: ['recent'] },
    { name: 'browser start-up runs it', settings: undefined, wake: () => fakeBrowser.runtime.onStartup.trigger(), left: ['recent'] },
    { name: 'the configured number of days applies', settings: { retentionDays: 10 }, wake: () => fakeBrowser.runtime.onStartup.trigger(), left: [] },
    { name: '0 keeps everything', settings: { retentionDays: 0 }, wake: () => fakeBrowser.runtime.onStartup.trigger(), left: ['old', 'recent'] },
    { name: "another alarm (a list subscription's) does not run it", settings: undefined, wake: () => fakeBrowser.alarms.onAlarm.trigger(firing('hireproof-subscription:https://lists.example/a.json')), left: ['old', 'recent'] },
  ])('$name', async ({ settings, wake, left }) => {
    if (settings) await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: settings });
    await addCandidate('old', Date.now() - 200 * DAY);
    await addCandidate('recent', Date.now() - 30 * DAY);
    startRetention(db);
    await wake();
    await whenRetentionIdle();
    expect(await stored()).toEqual(left);
  });

  it('schedules the daily alarm when the background starts', async () => {
    startRetention(db);
    await vi.waitFor(async () => expect((await fakeBrowser.alarms.get(RETENTION_ALARM))?.periodInMinutes).toBe(RETENTION_PERIOD_MINUTES));
  });

  it('waits until the lists and settings are loaded', async () => {
    await addCandidate('old', 0);
    let loaded!: () => void;
    const ready = new Promise<void>((resolve) => (loaded = resolve));
    const run = runRetention(db, { ready });
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(await stored()).toEqual(['old']);
    loaded();
    expect(await run).toMatchObject({ deleted: 1 });
  });

  it('a run asked for while one is under way joins it', async () => {
    await addCandidate('old', 0);
    const [first, second] = [runRetention(db), runRetention(db)];
    expect(second).toBe(first);
    await first;
    expect(await db.auditLog.where('action').equals('retention-purged').count()).toBe(1);
  });
});

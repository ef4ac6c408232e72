import { readFile } from 'node:fs/promises';
import type { Download, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from './browser';
import { waitForPanel } from './panel-frame';
import { loadSiteFixture, routeSiteFixtures } from './site-fixtures';

/**
 * Data governance in the built extension: a subject access export and a manual deletion from the
 * case page, and the scheduled retention run deleting an applicant last seen longer ago than the
 * retention period (the default 180 days). Time is not faked inside the extension: the applicant's
 * stored times are moved 200 days back, and the real alarm is made due now.
 */
let browser: ExtensionBrowser;
const applicantA = loadSiteFixture('greenhouse', 'demo-reuse-a');
const applicantB = loadSiteFixture('greenhouse', 'demo-reuse-b');
const NAME_A = 'Jordan Ellis';
const NAME_B = 'Sam Okafor';
const DAY_MS = 24 * 60 * 60 * 1000;

beforeAll(async () => {
  browser = await launchWithExtension({ headless: true });
  await routeSiteFixtures(browser.context, [applicantA, applicantB]);
});
afterAll(async () => browser?.close());

async function openPanel(url: string): Promise<{ page: Page; panel: Frame }> {
  const page = await browser.context.newPage();
  await page.goto(url);
  return { page, panel: await waitForPanel(page, browser.extensionId) };
}

async function openCase(review: Page, name: string): Promise<void> {
  await review.goto(`chrome-extension://${browser.extensionId}/review.html#/`);
  await review.getByLabel('Search names and e-mails').fill(name);
  await review.getByRole('listbox', { name: 'Applicants to review' }).getByRole('option', { name: new RegExp(name) }).click();
  await review.getByRole('heading', { level: 1, name }).waitFor();
}

/** Names of the applicants stored, read from the extension's own IndexedDB (an extension page may open it). */
function storedNames(page: Page): Promise<string[]> {
  return page.evaluate(
    () =>
      new Promise<string[]>((resolve, reject) => {
        const open = indexedDB.open('hireproof');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction('candidates').objectStore('candidates').getAll();
          request.onsuccess = () => {
            resolve((request.result as Array<{ displayName: string }>).map((c) => c.displayName).sort());
            open.result.close();
          };
          request.onerror = () => reject(request.error);
        };
      }),
  );
}

/** Moves one applicant's stored times `days` back, as if nobody had seen them since. */
function ageApplicant(page: Page, name: string, days: number): Promise<number> {
  return page.evaluate(
    ({ name, shift }) =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('hireproof');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction(['candidates', 'observations'], 'readwrite');
          const candidates = tx.objectStore('candidates');
          const observations = tx.objectStore('observations');
          let moved = 0;
          candidates.getAll().onsuccess = (event) => {
            const all = (event.target as IDBRequest<Array<{ id: string; displayName: string; createdAt: number; updatedAt: number }>>).result;
            for (const c of all.filter((c) => c.displayName === name)) {
              candidates.put({ ...c, createdAt: c.createdAt - shift, updatedAt: c.updatedAt - shift });
              observations.index('candidateId').getAll(c.id).onsuccess = (e) => {
                for (const o of (e.target as IDBRequest<Array<{ firstSeenAt: number; observedAt: number }>>).result) {
                  observations.put({ ...o, firstSeenAt: o.firstSeenAt - shift, observedAt: o.observedAt - shift });
                  moved++;
                }
              };
            }
          };
          tx.oncomplete = () => {
            open.result.close();
            resolve(moved);
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    { name, shift: days * DAY_MS },
  );
}

describe('data governance', () => {
  it('exports everything about an applicant, then deletes them; the other applicant is re-checked', async () => {
    await openPanel(applicantA.url);
    const { panel } = await openPanel(applicantB.url);
    await panel.locator('[data-signal-id="reused-phone"][data-status="hit"]').waitFor({ timeout: 15_000 });
    await panel.getByLabel('Reason for HR review').fill('Same phone as another applicant');
    await panel.getByRole('button', { name: 'Flag for HR review' }).click();
    await panel.getByText('Flagged for HR review').waitFor();

    const review = await browser.context.newPage();
    await openCase(review, NAME_B);

    // Subject access: one JSON file with this applicant's data, the other applicant withheld.
    const [download] = await Promise.all([
      review.waitForEvent('download') as Promise<Download>,
      review.getByRole('button', { name: 'Export everything about this candidate (JSON)' }).click(),
    ]);
    const text = await readFile((await download.path()) as string, 'utf8');
    const exported = JSON.parse(text) as { version: number };
    expect(exported.version).toBe(1);
    expect(text).toContain(NAME_B);
    expect(text).not.toContain(NAME_A);

    // Deletion asks for the name (or DELETE) and refuses anything else.
    await review.getByRole('button', { name: 'Delete this candidate…' }).click();
    const dialog = review.getByRole('dialog');
    await dialog.getByLabel(/to confirm/).fill('someone else');
    await dialog.getByRole('button', { name: 'Delete permanently' }).click();
    await dialog.getByRole('alert').waitFor();
    await expect(storedNames(review)).resolves.toEqual([NAME_A, NAME_B]);
    await dialog.getByLabel(/to confirm/).fill(NAME_B);
    await dialog.getByRole('button', { name: 'Delete permanently' }).click();
    await review.waitForURL(/#\/$/);
    await expect.poll(() => storedNames(review)).toEqual([NAME_A]);

    // A's panel no longer cites B: the shared phone has one holder left.
    const { panel: panelA } = await openPanel(applicantA.url);
    await panelA.locator('[data-signal-id="reused-phone"]:not([data-status="hit"])').waitFor({ timeout: 15_000 });

    // The audit log keeps that it happened, without the applicant's details.
    await review.goto(`chrome-extension://${browser.extensionId}/review.html#/audit`);
    const table = review.getByRole('table');
    for (const action of ["Applicant's data exported (subject access)", "Applicant's data deleted"]) await table.getByRole('cell', { name: action, exact: true }).first().waitFor();
    await expect(table.textContent()).resolves.not.toContain(NAME_B);
  });

  it('the retention run deletes an applicant last seen more than 180 days ago, and audits the run', async () => {
    const review = await browser.context.newPage();
    await review.goto(`chrome-extension://${browser.extensionId}/review.html#/`);
    await expect(storedNames(review)).resolves.toEqual([NAME_A]);
    await expect(ageApplicant(review, NAME_A, 200)).resolves.toBeGreaterThan(0);

    // The daily alarm, made due now; the background's own listener runs the purge.
    const worker = browser.context.serviceWorkers()[0];
    if (!worker) throw new Error('no service worker');
    await worker.evaluate(() => {
      // The service worker's own extension API (the test's types do not declare `chrome`).
      const { chrome } = globalThis as unknown as { chrome: { alarms: { create: (name: string, info: { when: number }) => void } } };
      chrome.alarms.create('hireproof-retention', { when: Date.now() });
    });
    await expect.poll(() => storedNames(review), { timeout: 20_000 }).toEqual([]);

    await review.goto(`chrome-extension://${browser.extensionId}/review.html#/audit`);
    await review.getByRole('table').getByRole('cell', { name: 'Expired applicant data deleted (retention)', exact: true }).waitFor();
  });
});

import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from './browser';
import { waitForPanel } from './panel-frame';
import { loadSiteFixture, routeSiteFixtures } from './site-fixtures';

/**
 * Merging and splitting records on the case page of the built extension. The two demo applicants
 * share a phone under two names; HR merges them (one person), which ends the reuse; then splits
 * applicant A's page off again, and A's page read again stays on its own record, so the reuse is back.
 */
let browser: ExtensionBrowser;
const applicantA = loadSiteFixture('greenhouse', 'demo-reuse-a');
const applicantB = loadSiteFixture('greenhouse', 'demo-reuse-b');
const NAME_A = 'Jordan Ellis';
const NAME_B = 'Sam Okafor';

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

const reusedPhone = (panel: Frame, hit: boolean) =>
  panel.locator(`[data-signal-id="reused-phone"]${hit ? '[data-status="hit"]' : ':not([data-status="hit"])'}`).waitFor({ timeout: 15_000 });

/** How many candidate records the extension holds (an extension page may open its IndexedDB). */
function storedCount(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('hireproof');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction('candidates').objectStore('candidates').count();
          request.onsuccess = () => {
            resolve(request.result);
            open.result.close();
          };
          request.onerror = () => reject(request.error);
        };
      }),
  );
}

describe('merge and split records', () => {
  it('merges two records of one person, then splits a page off again', async () => {
    await openPanel(applicantA.url);
    const { page: pageB, panel } = await openPanel(applicantB.url);
    await reusedPhone(panel, true);
    await panel.getByLabel('Reason for HR review').fill('Same phone as another applicant');
    await panel.getByRole('button', { name: 'Flag for HR review' }).click();
    await panel.getByText('Flagged for HR review').waitFor();

    const review = await browser.context.newPage();
    await review.goto(`chrome-extension://${browser.extensionId}/review.html#/`);
    await review.getByRole('listbox', { name: 'Applicants to review' }).getByRole('option', { name: new RegExp(NAME_B) }).click();
    await review.getByRole('heading', { level: 1, name: NAME_B }).waitFor();
    await expect(storedCount(review)).resolves.toBe(2);

    // Merge: find A, keep this record, a reason is required.
    await review.getByRole('button', { name: 'Merge with another record…' }).click();
    await review.getByLabel('Find the other record by name or e-mail address').fill('jordan');
    await review.getByRole('button', { name: 'Search', exact: true }).click();
    await review.getByLabel(NAME_A, { exact: true }).check();
    await review.getByRole('button', { name: 'Merge records' }).click();
    await review.getByRole('alert').waitFor();
    await review.getByLabel(/Why are these the same person/).fill('Same person: Jordan is the name on the passport, Sam the name used at work');
    await review.getByRole('button', { name: 'Merge records' }).click();
    await expect.poll(() => storedCount(review), { timeout: 15_000 }).toBe(1);

    // One person holding one phone is no reuse.
    await pageB.reload();
    await reusedPhone(await waitForPanel(pageB, browser.extensionId), false);

    // Split A's page off to a new record.
    await review.reload();
    await review.getByRole('heading', { level: 1 }).waitFor();
    await review.getByRole('button', { name: 'Split…' }).click();
    await review.getByLabel(`Greenhouse: ${applicantA.url}`).check();
    await review.getByLabel(/Why do these pages belong to someone else/).fill('Two people after all: the phone is a shared office line');
    await review.getByRole('button', { name: 'Move to a new record' }).click();
    await expect.poll(() => storedCount(review), { timeout: 15_000 }).toBe(2);

    // A's page read again stays on its new record, so the shared phone is reuse again.
    const { panel: panelA } = await openPanel(applicantA.url);
    await reusedPhone(panelA, true);
    await expect(storedCount(review)).resolves.toBe(2);
  });
});

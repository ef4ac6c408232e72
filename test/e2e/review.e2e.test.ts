import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from './browser';
import { openOptions } from './options-page';
import { waitForPanel } from './panel-frame';
import { loadSiteFixture, routeSiteFixtures } from './site-fixtures';

/**
 * The HR review pages of the built extension: a recruiter flags an applicant in the panel, HR finds
 * them in the queue, opens the case, records a decision with a reason, reverses it and sees both in
 * the history; the panel follows, showing the decision's state while it stands.
 */
let browser: ExtensionBrowser;
const fixture = loadSiteFixture('greenhouse', 'full');
const NAME = 'Morgan Reyes';

beforeAll(async () => {
  browser = await launchWithExtension({ headless: true });
  await routeSiteFixtures(browser.context, [fixture]);
});
afterAll(async () => browser?.close());

async function flagInPanel(): Promise<{ page: Page; panel: Frame }> {
  const page = await browser.context.newPage();
  await page.goto(fixture.url);
  const panel = await waitForPanel(page, browser.extensionId);
  await panel.getByLabel('Reason for HR review').fill('Two e-mail addresses on one application');
  await panel.getByRole('button', { name: 'Flag for HR review' }).click();
  await panel.getByText('Flagged for HR review').waitFor();
  return { page, panel };
}

const historyItems = (review: Page) => review.getByTestId('decision-history').locator('li').allTextContents();

describe('HR review pages', () => {
  it('flag in the panel, find in the queue, decide, reverse, and see the history', async () => {
    const { page, panel } = await flagInPanel();

    // The panel's "Open case" opens the case page in a tab of its own.
    const [fromPanel] = await Promise.all([browser.context.waitForEvent('page'), panel.getByRole('link', { name: 'Open case' }).click()]);
    await fromPanel.waitForURL(/\/review\.html#\/case\//);
    await expect(fromPanel.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(NAME);
    await fromPanel.close();

    // The options page links to the queue.
    const options = await openOptions(browser.context, browser.extensionId);
    await options.getByRole('link', { name: 'HR review queue' }).click();
    await options.getByRole('heading', { name: 'HR review queue' }).waitFor();
    const review = options;

    // Find the applicant by name, then open the case with the keyboard.
    await review.getByLabel('Search names and e-mails').fill('morgan rey');
    const list = review.getByRole('listbox', { name: 'Applicants to review' });
    await list.getByRole('option', { name: new RegExp(NAME) }).waitFor();
    await expect(list.getByRole('option').count()).resolves.toBe(1);
    await list.focus();
    await expect(list.getByRole('option', { selected: true }).textContent()).resolves.toContain(NAME);
    await review.keyboard.press('Enter');
    await review.waitForURL(/#\/case\//);
    await expect(review.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(NAME);
    await expect(review.getByText('⚑ Flagged for HR review: Two e-mail addresses on one application').count()).resolves.toBe(1);
    await expect(review.getByTestId('current-decision').textContent()).resolves.toBe('No decision yet.');

    // A reason is required.
    await review.getByLabel('Needs verification', { exact: true }).check();
    await review.getByRole('button', { name: 'Record decision' }).click();
    await review.getByText('Give the reason for this decision.').waitFor();
    await review.getByLabel(/^Reason/).fill('Asked for a passport scan on the next call');
    await review.getByRole('button', { name: 'Record decision' }).click();
    await review.getByText('Recorded: Needs verification.').waitFor();
    // The confirmation comes from the write; the current decision from the live query that follows it.
    await expect.poll(() => review.getByTestId('current-decision').textContent()).toMatch(/^Decision: Needs verification/);
    await expect.poll(() => historyItems(review)).toEqual([expect.stringMatching(/Needs verification current .*Reason: Asked for a passport scan on the next call/)]);

    // The open panel shows the decision's state (not its reason), told by the review page.
    await expect.poll(() => panel.getByTestId('hr-decision').textContent(), { timeout: 10_000 }).toContain('HR decision: Needs verification');
    await expect(panel.locator('body').textContent()).resolves.not.toContain('passport');

    // The queue's decision filter finds it; back to the case with the keyboard.
    await review.getByRole('link', { name: '← Review queue' }).click();
    await review.getByLabel('Decision', { exact: true }).selectOption('needs-verification');
    await list.getByRole('option', { name: new RegExp(NAME) }).waitFor();
    await expect(list.getByRole('option', { name: new RegExp(NAME) }).textContent()).resolves.toContain('Needs verification');
    await expect(list.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    await review.keyboard.press('Enter');
    await review.getByRole('heading', { level: 1, name: NAME }).waitFor();

    // Reverse it, with a reason: the case is undecided again and the history keeps both.
    await review.getByLabel('Reverse “Needs verification”').check();
    await review.getByLabel(/^Reason/).fill('Recorded on the wrong applicant');
    await review.getByRole('button', { name: 'Reverse decision' }).click();
    await review.getByText('The decision was reversed. The case is open again.').waitFor();
    await expect(review.getByTestId('current-decision').textContent()).resolves.toBe('No decision yet.');
    await expect.poll(() => historyItems(review)).toEqual([
      expect.stringMatching(/^Reversed: Needs verification .*Reason: Recorded on the wrong applicant$/),
      expect.stringMatching(/^Needs verification .*Reason: Asked for a passport scan on the next call$/),
    ]);
    await expect.poll(() => panel.getByTestId('hr-decision').count(), { timeout: 10_000 }).toBe(0);

    // Every opening of the case was audited: from the panel, and twice from the queue.
    await review.getByLabel(/^Include views of this case/).check();
    await expect(review.locator('[data-kind="view"]').count()).resolves.toBe(3);
    const decisions = await review.locator('.hp-timeline [data-kind="decision"]').allTextContents();
    expect(decisions).toEqual([expect.stringContaining('Decision reversed (was Needs verification)'), expect.stringContaining('Decision: Needs verification')]);

    await review.close();
    await page.close();
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from './browser';
import { waitForPanel } from './panel-frame';
import { loadSiteFixture, routeSiteFixtures } from './site-fixtures';

/**
 * Evidence from one place shown where the recruiter reads the candidate: a message's source in Gmail
 * ("Show original") has a `Date:` at +0900 and was sent from a Korean address; the sender's LinkedIn
 * profile (with the same e-mail in its contact details) claims Austin, TX. The two pages are one
 * candidate (a shared e-mail under agreeing names), and the LinkedIn page's panel shows the time-zone
 * and IP-location checks lit by the mail.
 */
const MAIL = loadSiteFixture('gmail-source', 'full');
const PROFILE = loadSiteFixture('linkedin', 'demo-austin-mail');
let browser: ExtensionBrowser;

beforeAll(async () => {
  browser = await launchWithExtension({ headless: true });
  await routeSiteFixtures(browser.context, [MAIL, PROFILE]);
});
afterAll(async () => browser?.close());

describe('a Gmail message source feeding the LinkedIn panel', () => {
  it('the mail page is read as the sender, with its offset and originating IP', async () => {
    const page = await browser.context.newPage();
    await page.goto(MAIL.url);
    const panel = await waitForPanel(page, browser.extensionId);
    await expect(panel.locator('.hp-candidate__name').textContent()).resolves.toBe('Casey Morgan');
    await page.close();
  });

  it("the profile claiming Austin, TX shows the mail's +09:00 clock and Korean IP as mismatches", async () => {
    const page = await browser.context.newPage();
    await page.goto(PROFILE.url);
    const panel = await waitForPanel(page, browser.extensionId);
    const hit = (id: string) => panel.locator(`[data-signal-id="${id}"][data-status="hit"]`);
    await hit('timezone-mismatch').waitFor({ timeout: 15_000 });
    await expect(hit('timezone-mismatch').textContent()).resolves.toContain('UTC+09:00');
    await hit('ip-location-mismatch').waitFor({ timeout: 15_000 });
    await expect(hit('ip-location-mismatch').textContent()).resolves.toContain('175.193.42.17');
    await expect(hit('ip-location-mismatch').textContent()).resolves.toContain('KR');
    // Both sightings are on the one record.
    await expect(panel.getByText('Gmail', { exact: false }).count()).resolves.toBeGreaterThan(0);
    await page.close();
  });
});

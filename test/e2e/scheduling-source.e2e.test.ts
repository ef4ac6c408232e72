import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from './browser';
import { waitForPanel } from './panel-frame';
import { loadSiteFixture, routeSiteFixtures } from './site-fixtures';

/**
 * A scheduling page as evidence for a profile: the recruiter opens a booking's details on Calendly's
 * Scheduled events page, where the invitee chose Asia/Seoul (UTC+09:00 all year); the same person's
 * LinkedIn profile (the same e-mail in its contact details, the same name) claims Austin, TX. The
 * two pages are one candidate, and the LinkedIn page's panel shows the time-zone check lit by the
 * booking.
 */
const BOOKING = loadSiteFixture('calendly', 'full');
const PROFILE = loadSiteFixture('linkedin', 'demo-austin-mail');
// Its time-zone label is none that means one set of rules: the zone is not used, and the panel says so.
const EVENT = loadSiteFixture('google-calendar', 'hostile');
let browser: ExtensionBrowser;

beforeAll(async () => {
  browser = await launchWithExtension({ headless: true });
  await routeSiteFixtures(browser.context, [BOOKING, PROFILE, EVENT]);
});
afterAll(async () => browser?.close());

describe('a Calendly booking feeding the LinkedIn panel', () => {
  it('the Scheduled events page with Details open is read as the invitee', async () => {
    const page = await browser.context.newPage();
    await page.goto(BOOKING.url);
    const panel = await waitForPanel(page, browser.extensionId);
    await expect(panel.locator('.hp-candidate__name').textContent()).resolves.toBe('Casey Morgan');
    await page.close();
  });

  it("the profile claiming Austin, TX shows the invitee's UTC+09:00 zone as a mismatch", async () => {
    const page = await browser.context.newPage();
    await page.goto(PROFILE.url);
    const panel = await waitForPanel(page, browser.extensionId);
    const hit = panel.locator('[data-signal-id="timezone-mismatch"][data-status="hit"]');
    await hit.waitFor({ timeout: 15_000 });
    await expect(hit.textContent()).resolves.toContain('UTC+09:00');
    await expect(hit.textContent()).resolves.toContain('Calendly');
    // Both sightings are on the one record.
    await expect(panel.getByText('Calendly', { exact: false }).count()).resolves.toBeGreaterThan(0);
    await page.close();
  });
});

describe('a calendar event whose time zone could not be used', () => {
  it('says so in a quiet note, not as a changed layout', async () => {
    const page = await browser.context.newPage();
    await page.goto(EVENT.url);
    const panel = await waitForPanel(page, browser.extensionId);
    const note = panel.getByRole('region', { name: 'Not read from this Google Calendar page' });
    await note.waitFor({ timeout: 15_000 });
    await expect(note.textContent()).resolves.toContain('Time zone not recognised');
    await expect(panel.getByText(/layout changed/).count()).resolves.toBe(0);
    await page.close();
  });
});

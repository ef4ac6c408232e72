import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from './browser';
import { waitForPanel } from './panel-frame';
import { allSiteFixtures, loadSiteFixture, routeSiteFixtures } from './site-fixtures';

/**
 * "Add evidence" end to end: a recruiter pastes mail headers into the real panel, the background
 * reads the IP database shipped in the built extension, and the IP and time-zone checks light up.
 */
let browser: ExtensionBrowser;

beforeAll(async () => {
  browser = await launchWithExtension({ headless: true });
  await routeSiteFixtures(browser.context, allSiteFixtures());
});
afterAll(async () => browser?.close());

describe('network evidence pasted into the panel', () => {
  it('a hosting address abroad and an Indian mail clock for a Chicago applicant light up three checks, and can be removed', async () => {
    const page = await browser.context.newPage();
    await page.goto(loadSiteFixture('greenhouse', 'full').url);
    const panel = await waitForPanel(page, browser.extensionId);
    const status = (id: string) => panel.locator(`[data-signal-id="${id}"]`).getAttribute('data-status');
    expect(await status('ip-location-mismatch')).toBe('skip');
    expect(await status('timezone-mismatch')).toBe('skip');

    await panel.getByLabel('Add evidence').fill(
      'Received: from relay (relay.example [5.101.96.10]) by mx; Tue, 24 Nov 2026 18:04:11 +0530\nReceived: from [192.168.1.4]',
    );
    await panel.getByRole('button', { name: 'Add', exact: true }).click();
    await expect(panel.getByRole('status').filter({ hasText: 'Added' }).textContent()).resolves.toBe(
      'Added 5.101.96.10, UTC+05:30. Set aside: 192.168.1.4 (a private or local address).',
    );
    const hit = (id: string) => panel.locator(`[data-signal-id="${id}"][data-status="hit"]`);
    await hit('ip-location-mismatch').waitFor({ timeout: 10_000 });
    await expect(hit('ip-location-mismatch').textContent()).resolves.toContain('5.101.96.10 (AS14061 DigitalOcean, LLC) is registered in NL');
    await hit('vpn-or-hosting-ip').waitFor();
    await hit('timezone-mismatch').waitFor();
    await expect(hit('timezone-mismatch').textContent()).resolves.toContain('UTC+05:30');
    // Where the IP database's data is shown, its licence's credit is too.
    await expect(panel.getByRole('link', { name: 'IP Geolocation by DB-IP' }).count()).resolves.toBe(1);

    await panel.getByRole('button', { name: 'Remove 5.101.96.10' }).click();
    await panel.locator('[data-signal-id="ip-location-mismatch"][data-status="skip"]').waitFor({ timeout: 10_000 });
    expect(await status('timezone-mismatch')).toBe('hit');
    await page.close();
  });

  it('a paste with nothing usable says so and changes nothing', async () => {
    const page = await browser.context.newPage();
    await page.goto(loadSiteFixture('greenhouse', 'sparse').url);
    const panel = await waitForPanel(page, browser.extensionId);
    await panel.getByLabel('Add evidence').fill('call me at 10:30 tomorrow');
    await panel.getByRole('button', { name: 'Add', exact: true }).click();
    await expect(panel.getByRole('alert').textContent()).resolves.toContain('No public IP address or UTC offset found');
    await expect(panel.getByLabel('Add evidence').inputValue()).resolves.toBe('call me at 10:30 tomorrow');
    await page.close();
  });
});

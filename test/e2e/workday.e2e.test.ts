import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from './browser';
import { openOptions } from './options-page';
import { waitForPanel } from './panel-frame';
import { loadSiteFixture, routeSiteFixtures, type SiteFixture } from './site-fixtures';

/**
 * Workday addresses do not say what a page shows, so the built extension reads no Workday page until
 * the organisation names its candidate class on the options page, and then only pages of that class.
 * The tests run in order in one browser profile: before the setting, setting it, after it.
 */
let browser: ExtensionBrowser;
const candidate = loadSiteFixture('workday', 'full');
// The same page under another class on the same tenant (a requisition, an expense report…).
const otherClass: SiteFixture = { ...candidate, caseName: 'other-class', url: candidate.url.replace('/0$48213.htmld', '/5120$48213.htmld') };
// A page every build reads, opened alongside: once its panel shows, the extension has had its chance.
const control = loadSiteFixture('github', 'full-recent');
const CANDIDATE_NAME = 'Mei Lin Chen';
/** After the control's panel appeared: time for a panel that was going to appear elsewhere to do so. */
const MARGIN_MS = 1500;

beforeAll(async () => {
  browser = await launchWithExtension({ headless: true });
  await routeSiteFixtures(browser.context, [candidate, otherClass, control]);
});
afterAll(async () => browser?.close());

const panelFrames = (page: Page) => page.locator('iframe[title="HireProof risk panel"]').count();

async function open(url: string): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(url);
  return page;
}

/** Opens `url` beside the control page and resolves once the control's panel is up and the margin passed. */
async function openBesideControl(url: string): Promise<Page> {
  const [page, controlPage] = await Promise.all([open(url), open(control.url)]);
  await waitForPanel(controlPage, browser.extensionId);
  await page.waitForTimeout(MARGIN_MS);
  await controlPage.close();
  return page;
}

describe('Workday candidate pages', () => {
  let waiting: Page | undefined;

  it('before a class is named, a candidate page shows no panel', async () => {
    waiting = await openBesideControl(candidate.url);
    expect(await panelFrames(waiting)).toBe(0);
  });

  it('the options page reads the class from a pasted address, refuses a worker, and saves the class', async () => {
    const options = await openOptions(browser.context, browser.extensionId);
    const group = options.getByRole('group', { name: /^Workday candidate pages/ });
    await group.getByText('No class saved: HireProof reads no Workday page.').waitFor();
    const field = group.getByLabel('Address of a candidate’s profile');
    const reading = group.getByTestId('workday-class-reading');

    await field.fill('https://wd5.myworkday.com/northwind/d/inst/1$37/247$14923.htmld');
    await expect(reading.textContent()).resolves.toContain('Class 247 is a worker profile');

    await field.fill(candidate.url);
    await expect(reading.textContent()).resolves.toBe('Class 0 found.');
    // Keyboard only: Enter in the field adds the class.
    await field.press('Enter');
    await group.getByRole('status').getByText('Class 0 added').waitFor();
    await group.getByRole('listitem').getByText('Class 0', { exact: true }).waitFor();
    await options.close();
  });

  it('the candidate page already open shows the panel with the candidate, without a reload', async () => {
    if (!waiting) throw new Error('the first test did not open the candidate page');
    const panel = await waitForPanel(waiting, browser.extensionId);
    expect(await panel.locator('.hp-candidate').textContent()).toContain(CANDIDATE_NAME);
    await waiting.close();
  });

  it('a candidate page opened now shows the panel with the candidate', async () => {
    const page = await open(candidate.url);
    const panel = await waitForPanel(page, browser.extensionId);
    expect(await panel.locator('.hp-candidate').textContent()).toContain(CANDIDATE_NAME);
    await page.close();
  });

  it('a page of another class on the same tenant shows no panel', async () => {
    const page = await openBesideControl(otherClass.url);
    expect(await panelFrames(page)).toBe(0);
    await page.close();
  });
});

import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Page } from 'playwright-core';
import { launchWithExtension } from '../e2e/browser';
import { waitForPanel } from '../e2e/panel-frame';
import { allSiteFixtures, loadSiteFixture, routeSiteFixtures } from '../e2e/site-fixtures';
import { DEMO_PAGES } from './demo-pages';

/**
 * `npm run demo`: opens Chromium with the built extension on the bundled demo pages, one tab each.
 * `npm run demo -- --headless --out DIR`: writes a PNG of each page with the panel open instead.
 */
const { values } = parseArgs({
  options: { headless: { type: 'boolean', default: false }, out: { type: 'string', default: 'demo-screenshots' } },
});
const headless = values.headless ?? false;
const outDir = resolve(values.out ?? 'demo-screenshots');

if (!headless && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
  console.error('No display found. Run `npm run demo -- --headless --out DIR` to write screenshots instead.');
  process.exit(2);
}

const browser = await launchWithExtension({ headless });
try {
  await routeSiteFixtures(browser.context, allSiteFixtures());
  if (headless) mkdirSync(outDir, { recursive: true });
  for (const [i, demo] of DEMO_PAGES.entries()) {
    const fixture = loadSiteFixture(demo.adapterId, demo.caseName);
    const page = i === 0 ? (browser.context.pages()[0] ?? (await browser.context.newPage())) : await browser.context.newPage();
    await page.goto(fixture.url);
    await waitForPanel(page, browser.extensionId);
    console.log(`${i + 1}. ${demo.title}: ${fixture.url}`);
    if (headless) {
      const file = `${outDir}/${String(i + 1).padStart(2, '0')}-${demo.adapterId}-${demo.caseName}.png`;
      await page.waitForTimeout(300); // let the panel's fade-in settle before the picture
      await page.screenshot({ path: file });
      console.log(`   screenshot: ${file}`);
    }
  }
  let step = DEMO_PAGES.length;
  const shoot = async (page: Page, name: string, title: string) => {
    console.log(`${++step}. ${title}`);
    if (!headless) return;
    const file = `${outDir}/${String(step).padStart(2, '0')}-${name}.png`;
    await page.screenshot({ path: file, fullPage: true });
    console.log(`   screenshot: ${file}`);
  };
  // The security team's side: the options page, with the bundled VPN and hosting list installed.
  const options = await browser.context.newPage();
  await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
  await options.getByRole('heading', { name: 'Trusted keys', exact: true }).waitFor();
  await shoot(options, 'options', 'Options page: lists and settings');

  // HR's side: the recruiter flags applicant B from its panel, as they would, then the queue and the case.
  const flagged = DEMO_PAGES.find((demo) => demo.flagReason);
  if (flagged?.flagReason) {
    const page = await browser.context.newPage();
    await page.goto(loadSiteFixture(flagged.adapterId, flagged.caseName).url);
    const panel = await waitForPanel(page, browser.extensionId);
    await panel.getByLabel('Reason for HR review').fill(flagged.flagReason);
    await panel.getByRole('button', { name: 'Flag for HR review' }).click();
    await panel.getByText('Flagged for HR review').waitFor();
    await page.close();
  }
  const review = await browser.context.newPage();
  await review.goto(`chrome-extension://${browser.extensionId}/review.html#/`);
  const queue = review.getByRole('listbox', { name: 'Applicants to review' });
  await queue.getByRole('option').first().waitFor();
  await shoot(review, 'review-queue', 'HR review queue: flagged and high-risk applicants');
  await queue.getByRole('option').first().click();
  await review.waitForURL(/#\/case\//);
  await review.getByRole('heading', { level: 1 }).waitFor();
  await shoot(review, 'review-case', 'Case page: identity, timeline, checks with evidence, decisions');
  if (!headless) {
    console.log('Demo open. Close the browser window to end.');
    await new Promise<void>((done) => browser.context.on('close', () => done()));
  }
} finally {
  await browser.close().catch(() => undefined);
}

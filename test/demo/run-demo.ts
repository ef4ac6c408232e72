import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
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
  // The security team's side: the options page, with the bundled VPN and hosting list installed.
  const options = await browser.context.newPage();
  await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
  await options.getByRole('heading', { name: 'Trusted keys', exact: true }).waitFor();
  console.log(`${DEMO_PAGES.length + 1}. Options page: lists and settings`);
  if (headless) {
    const file = `${outDir}/${String(DEMO_PAGES.length + 1).padStart(2, '0')}-options.png`;
    await options.screenshot({ path: file, fullPage: true });
    console.log(`   screenshot: ${file}`);
  }
  if (!headless) {
    console.log('Demo open. Close the browser window to end.');
    await new Promise<void>((done) => browser.context.on('close', () => done()));
  }
} finally {
  await browser.close().catch(() => undefined);
}

import { readFileSync, readdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXTENSION_DIR, launchWithExtension, type ExtensionBrowser } from './browser';
import { waitForPanel } from './panel-frame';
import { allSiteFixtures, loadSiteFixture, routeSiteFixtures, SITE_FIXTURES_DIR } from './site-fixtures';

/** The built extension in headless Chromium on saved pages routed under their real URLs. */
let browser: ExtensionBrowser;

beforeAll(async () => {
  browser = await launchWithExtension({ headless: true });
  await routeSiteFixtures(browser.context, allSiteFixtures());
});
afterAll(async () => browser?.close());

function expectedName(adapterId: string, caseName: string): string {
  const expected = JSON.parse(readFileSync(`${SITE_FIXTURES_DIR}/${adapterId}/${caseName}/expected.json`, 'utf8'));
  return expected.observation.names[0];
}

async function openCandidate(adapterId: string, caseName: string) {
  const fixture = loadSiteFixture(adapterId, caseName);
  const page = await browser.context.newPage();
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await page.goto(fixture.url);
  const panel = await waitForPanel(page, browser.extensionId);
  return { page, panel, dialogs };
}

function signalRow(panel: Awaited<ReturnType<typeof openCandidate>>['panel'], signalId: string) {
  return panel.locator(`[data-signal-id="${signalId}"]`);
}

describe('risk panel on candidate pages', () => {
  const everyCase = readdirSync(SITE_FIXTURES_DIR).flatMap((adapterId) =>
    readdirSync(`${SITE_FIXTURES_DIR}/${adapterId}`).map((caseName) => [adapterId, caseName] as const),
  );

  it.each(everyCase)('%s/%s: the panel shows the candidate and a score; page scripts in names never run', async (adapterId, caseName) => {
    const { page, panel, dialogs } = await openCandidate(adapterId, caseName);
    const name = expectedName(adapterId, caseName);
    if (name) await expect(panel.getByText(name.slice(0, 40)).first().isVisible()).resolves.toBe(true);
    expect(await panel.locator('[data-signal-id]').count()).toBeGreaterThanOrEqual(8);
    expect(dialogs).toEqual([]);
    await page.close();
  });

  it('two applicants sharing one phone under different names: the second shows reused-phone naming the first', async () => {
    const first = await openCandidate('greenhouse', 'demo-reuse-a');
    await expect(signalRow(first.panel, 'reused-phone').getAttribute('data-status')).resolves.not.toBe('hit');
    const second = await openCandidate('greenhouse', 'demo-reuse-b');
    const row = signalRow(second.panel, 'reused-phone');
    await expect(row.getAttribute('data-status')).resolves.toBe('hit');
    await expect(row.textContent()).resolves.toContain(expectedName('greenhouse', 'demo-reuse-a'));
    // The first applicant's open panel follows live: it now shows the reuse too, naming the second.
    const firstRow = signalRow(first.panel, 'reused-phone');
    await firstRow.and(first.panel.locator('[data-status="hit"]')).waitFor({ timeout: 10_000 });
    await expect(firstRow.textContent()).resolves.toContain(expectedName('greenhouse', 'demo-reuse-b'));
    await first.page.close();
    await second.page.close();
  });

  it('the panel is keyboard operable: collapse with the keyboard shrinks the in-page frame', async () => {
    const { page, panel } = await openCandidate('greenhouse', 'voip-disposable');
    const frameBox = async () => (await page.locator('iframe[title="HireProof risk panel"]').boundingBox())?.height ?? 0;
    const before = await frameBox();
    const toggle = panel.getByRole('button', { name: /collapse/i });
    await toggle.focus();
    await page.keyboard.press('Enter');
    await expect.poll(frameBox).toBeLessThan(before / 2);
    await page.close();
  });
});

describe('built extension', () => {
  it('ships only ASCII JavaScript (Chrome refuses non-UTF-8-safe content scripts)', () => {
    const files = readdirSync(EXTENSION_DIR, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.js'));
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      const bytes = readFileSync(`${EXTENSION_DIR}/${file}`);
      expect(bytes.findIndex((b) => b > 0x7f), file).toBe(-1);
    }
  });
});

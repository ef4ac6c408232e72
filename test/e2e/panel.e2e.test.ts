import { readFileSync, readdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXTENSION_DIR, launchWithExtension, type ExtensionBrowser } from './browser';
import { waitForPanel } from './panel-frame';
import { allSiteFixtures, configureFixtureSites, loadSiteFixture, routeSiteFixtures, SITE_FIXTURES_DIR } from './site-fixtures';

/** The built extension in headless Chromium on saved pages routed under their real URLs. */
let browser: ExtensionBrowser;

beforeAll(async () => {
  browser = await launchWithExtension({ headless: true });
  await routeSiteFixtures(browser.context, allSiteFixtures());
  // Workday pages are candidates only for the class an organisation names (test/e2e/workday.e2e.test.ts).
  await configureFixtureSites(browser);
});
afterAll(async () => browser?.close());

function expectedName(adapterId: string, caseName: string): string {
  const expected = JSON.parse(readFileSync(`${SITE_FIXTURES_DIR}/${adapterId}/${caseName}/expected.json`, 'utf8'));
  return expected.observation.names[0];
}

async function openCandidate(adapterId: string, caseName: string, within: ExtensionBrowser = browser) {
  const fixture = loadSiteFixture(adapterId, caseName);
  const page = await within.context.newPage();
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await page.goto(fixture.url);
  const panel = await waitForPanel(page, within.extensionId);
  return { page, panel, dialogs };
}

function signalRow(panel: Awaited<ReturnType<typeof openCandidate>>['panel'], signalId: string) {
  return panel.locator(`[data-signal-id="${signalId}"]`);
}

describe('risk panel on candidate pages', () => {
  const everyCase = readdirSync(SITE_FIXTURES_DIR).flatMap((adapterId) =>
    readdirSync(`${SITE_FIXTURES_DIR}/${adapterId}`).map((caseName) => [adapterId, caseName] as const),
  );

  it.each(everyCase)('%s/%s: the panel shows the candidate, a score and every signal', async (adapterId, caseName) => {
    const { page, panel, dialogs } = await openCandidate(adapterId, caseName);
    const name = expectedName(adapterId, caseName);
    // A page with scripts of its own may change what it shows (the hostile case rewrites its heading).
    const pageRunsScripts = loadSiteFixture(adapterId, caseName).html.includes('<script');
    if (name && !pageRunsScripts) expect(await panel.locator('.hp-candidate').textContent()).toContain(name);
    expect(await panel.locator('[data-signal-id]').count()).toBeGreaterThanOrEqual(8);
    // The hostile page opens dialogs of its own (javascript: iframes); elsewhere none may appear.
    if (!pageRunsScripts) expect(dialogs).toEqual([]);
    await page.close();
  });

  it('two applicants sharing one phone under different names: the second shows reused-phone naming the first', async () => {
    // A fresh profile: the other cases have already seen both applicants.
    const fresh = await launchWithExtension({ headless: true });
    await routeSiteFixtures(fresh.context, allSiteFixtures());
    const first = await openCandidate('greenhouse', 'demo-reuse-a', fresh);
    await expect(signalRow(first.panel, 'reused-phone').getAttribute('data-status')).resolves.not.toBe('hit');
    const second = await openCandidate('greenhouse', 'demo-reuse-b', fresh);
    const row = signalRow(second.panel, 'reused-phone');
    await expect(row.getAttribute('data-status')).resolves.toBe('hit');
    await expect(row.textContent()).resolves.toContain(expectedName('greenhouse', 'demo-reuse-a'));
    // The first applicant's open panel follows live: it now shows the reuse too, naming the second.
    const firstRow = signalRow(first.panel, 'reused-phone');
    await firstRow.and(first.panel.locator('[data-status="hit"]')).waitFor({ timeout: 10_000 });
    await expect(firstRow.textContent()).resolves.toContain(expectedName('greenhouse', 'demo-reuse-b'));
    await fresh.close();
  });

  it('markup in a name is shown as text in the panel, never run', async () => {
    const fixture = loadSiteFixture('greenhouse', 'full');
    const hostileName = '<img src=x onerror=alert(1)>Eve <b>Bold</b>';
    const url = 'https://app.greenhouse.io/people/66600001';
    const html = fixture.html.replace('>Morgan Reyes<', `>${hostileName.replaceAll('<', '&lt;').replaceAll('>', '&gt;')}<`);
    await browser.context.route(url, (route) => route.fulfill({ status: 200, contentType: 'text/html', body: html }));
    const page = await browser.context.newPage();
    const dialogs: string[] = [];
    page.on('dialog', (d) => void d.dismiss().then(() => dialogs.push(d.message())));
    await page.goto(url);
    const panel = await waitForPanel(page, browser.extensionId);
    expect(await panel.locator('.hp-candidate').textContent()).toContain(hostileName);
    expect(await panel.locator('.hp-candidate img, .hp-candidate b').count()).toBe(0);
    expect(dialogs).toEqual([]);
    await page.close();
  });

  it('recruiter actions work from the panel: false positive, note (keyboard), flag for review', async () => {
    const { page, panel } = await openCandidate('greenhouse', 'voip-disposable');
    const score = async () => Number((await panel.getByTestId('risk-score').first().textContent())?.match(/(\d+)\/100/)?.[1]);
    const before = await score();
    const row = signalRow(panel, 'disposable-email');
    await expect(row.getAttribute('data-status')).resolves.toBe('hit');

    await row.getByRole('button', { name: /mark as false positive/i }).click();
    await expect.poll(score).toBeLessThan(before);
    await row.getByRole('button', { name: /undo false positive/i }).waitFor();

    const note = panel.getByLabel('Add a note');
    await note.fill('Candidate explained the mailbox; verified by phone.');
    await note.press('Control+Enter');
    await panel.getByText('Candidate explained the mailbox; verified by phone.').last().waitFor();
    // The note shows as soon as the snapshot arrives; the form clears when the action's answer does.
    await expect.poll(() => note.inputValue()).toBe('');

    await panel.getByLabel('Reason for HR review').fill('VoIP number and throwaway mailbox');
    await panel.getByRole('button', { name: 'Flag for HR review' }).click();
    await panel.getByText('Flagged for HR review').waitFor();
    await page.close();

    // The same candidate opened again shows everything that was done.
    const again = await openCandidate('greenhouse', 'voip-disposable');
    await again.panel.getByText('Flagged for HR review').waitFor();
    await expect(signalRow(again.panel, 'disposable-email').getByRole('button', { name: /undo false positive/i }).count()).resolves.toBe(1);
    await again.page.close();
  });

  it('follows in-page navigation: leaving the profile removes the panel, coming back shows it again', async () => {
    const { page } = await openCandidate('github', 'full-recent');
    const profilePath = new URL(page.url()).pathname;
    const frames = () => page.locator('iframe[title="HireProof risk panel"]').count();
    await page.evaluate((path) => history.pushState({}, '', `${path}/some-repository`), profilePath);
    await expect.poll(frames, { timeout: 10_000 }).toBe(0);
    await page.evaluate((path) => history.pushState({}, '', path), profilePath);
    await expect.poll(frames, { timeout: 10_000 }).toBe(1);
    await waitForPanel(page, browser.extensionId);
    await page.close();
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

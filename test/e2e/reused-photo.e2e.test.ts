import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Frame } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from './browser';
import { waitForPanel } from './panel-frame';
import { loadSiteFixture, routeSiteFixtures, type SiteFixture } from './site-fixtures';

/**
 * Profile photos in the built extension: the background service worker downloads each applicant's
 * photo (real portraits from ../shared/testdata, served under GitHub's avatar addresses), hashes it,
 * keeps only the hash, and an applicant whose picture another applicant already used under another
 * name shows reused-photo, as does the first one's open panel.
 */

const TESTDATA = fileURLToPath(new URL('../../../shared/testdata/face_images/', import.meta.url));
// Avatar id -> portrait. 2001 is the same picture as 231774519 at another address.
const AVATARS: Record<string, string> = {
  '231774519': 'facerec_obama_official_portrait.jpg',
  '2001': 'facerec_obama_official_portrait.jpg',
  '2002': 'astronaut.png',
};
const GITHUB = loadSiteFixture('github', 'full-recent');

/** The saved GitHub profile as another applicant: own login, name, contact details and avatar. */
function applicant(login: string, name: string, avatarId: string): SiteFixture {
  const html = GITHUB.html
    .replaceAll('jellis-codes', login)
    .replaceAll('Jordan Ellis', name)
    .replaceAll('jordan.ellis@example.com', `${login}@example.com`)
    .replaceAll('jordanellis.example.dev', `${login}.example.dev`)
    .replaceAll('jordan-ellis-4b1a27', `${login}-1a2b3c`)
    .replaceAll('231774519', avatarId);
  return { ...GITHUB, url: `https://github.com/${login}`, html };
}

let browser: ExtensionBrowser;
/** Avatar addresses the background downloaded, in order. */
const photoRequests: string[] = [];

beforeAll(async () => {
  browser = await launchWithExtension({ headless: true });
  await routeSiteFixtures(browser.context, [GITHUB, applicant('sokafor-dev', 'Sam Okafor', '2001'), applicant('acosta-dev', 'Ana Costa', '2002')]);
  // Registered last, so it answers before the catch-all of routeSiteFixtures.
  await browser.context.route('https://avatars.githubusercontent.com/u/**', async (route) => {
    // Only the background's downloads: the page's own <img> asks for the avatar too.
    if (route.request().serviceWorker()) photoRequests.push(route.request().url());
    const id = new URL(route.request().url()).pathname.split('/').pop() ?? '';
    const file = AVATARS[id];
    if (!file) return route.fulfill({ status: 404, body: '' });
    return route.fulfill({ status: 200, path: path.join(TESTDATA, file), contentType: file.endsWith('.png') ? 'image/png' : 'image/jpeg' });
  });
});
afterAll(async () => browser?.close());

async function open(url: string): Promise<Frame> {
  const page = await browser.context.newPage();
  await page.goto(url);
  return waitForPanel(page, browser.extensionId);
}
/** The reused-photo row once its check has run (a photo is hashed after the panel first shows). */
async function photoRow(panel: Frame, status: 'hit' | 'miss') {
  const row = panel.locator('[data-signal-id="reused-photo"]');
  await row.and(panel.locator(`[data-status="${status}"]`)).waitFor({ timeout: 20_000 });
  return row;
}

describe('reused-photo in the built extension', () => {
  it('the first applicant with a photo: checked, nothing shared', async () => {
    const jordan = await open(GITHUB.url);
    await photoRow(jordan, 'miss');
    expect(photoRequests).toEqual(['https://avatars.githubusercontent.com/u/231774519?v=4']);
  });

  it('the same picture at another address under another name: both panels show it', async () => {
    const jordanPanel = await open(GITHUB.url);
    const sam = await open('https://github.com/sokafor-dev');
    const row = await photoRow(sam, 'hit');
    expect(await row.textContent()).toContain('Jordan Ellis');
    const jordanRow = await photoRow(jordanPanel, 'hit');
    expect(await jordanRow.textContent()).toContain('Sam Okafor');
  });

  it('another portrait is not the same photo, and a known photo is not downloaded again', async () => {
    const ana = await open('https://github.com/acosta-dev');
    await photoRow(ana, 'miss');
    expect(photoRequests.filter((u) => u.includes('/u/231774519'))).toHaveLength(1);
  });
});

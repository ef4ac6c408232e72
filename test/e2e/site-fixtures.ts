import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { BrowserContext } from 'playwright-core';
import { SETTINGS_KEY } from '../../lib/settings/settings-schema';
import { EXAMPLE_SITE_CONFIG } from '../lib/sites/example-site-config';
import type { ExtensionBrowser } from './browser';

export const SITE_FIXTURES_DIR = fileURLToPath(new URL('../fixtures/sites', import.meta.url));

export interface SiteFixture {
  adapterId: string;
  caseName: string;
  /** The real URL the saved page is served under. */
  url: string;
  html: string;
}

export function loadSiteFixture(adapterId: string, caseName: string): SiteFixture {
  const dir = `${SITE_FIXTURES_DIR}/${adapterId}/${caseName}`;
  const expected = JSON.parse(readFileSync(`${dir}/expected.json`, 'utf8')) as { url: string };
  return { adapterId, caseName, url: expected.url, html: readFileSync(`${dir}/page.html`, 'utf8') };
}

export function allSiteFixtures(): SiteFixture[] {
  return readdirSync(SITE_FIXTURES_DIR).flatMap((adapterId) =>
    readdirSync(`${SITE_FIXTURES_DIR}/${adapterId}`)
      .filter((caseName) => existsSync(`${SITE_FIXTURES_DIR}/${adapterId}/${caseName}/expected.json`))
      .map((caseName) => loadSiteFixture(adapterId, caseName)),
  );
}

/**
 * Page identity for routing: origin, path (without a trailing slash) and the query's parameters in
 * order. Indeed tells candidates apart only by `?id=`; other sites add tracking parameters that
 * pages ask for as written, so the query is part of the key as the fixture's URL gives it.
 */
function routeKey(url: string): string {
  const u = new URL(url);
  u.searchParams.sort();
  return `${u.origin}${u.pathname.replace(/\/+$/, '')}${u.search}`;
}

/**
 * Serves saved pages under their real URLs, so the extension's production `matches` apply
 * unchanged. Every other request (images, scripts, analytics) gets an empty answer: this machine has
 * no network, and a request left to time out would only slow the test.
 */
export async function routeSiteFixtures(context: BrowserContext, fixtures: readonly SiteFixture[]): Promise<void> {
  const pages = new Map(fixtures.map((f) => [routeKey(f.url), f.html]));
  await context.route(
    (url) => url.protocol === 'https:' || url.protocol === 'http:',
    async (route) => {
      const request = route.request();
      const html = request.resourceType() === 'document' ? pages.get(routeKey(request.url())) : undefined;
      if (html !== undefined) {
        await route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
      } else if (request.resourceType() === 'document') {
        await route.fulfill({ status: 404, contentType: 'text/html', body: '<!doctype html><title>Not found</title><h1>Not found</h1>' });
      } else {
        await route.fulfill({ status: 204, body: '' });
      }
    },
  );
}

/**
 * Saves what the fixtures assume an organisation configured (the Workday candidate class their URLs
 * use), the way the options page stores it, so that every fixture is a candidate page. Other stored
 * settings are kept.
 */
export async function configureFixtureSites(browser: ExtensionBrowser): Promise<void> {
  const page = await browser.context.newPage();
  // Any extension page will do: it has the extension's storage.
  await page.goto(`chrome-extension://${browser.extensionId}/panel.html`);
  const [key, classes] = [JSON.stringify(SETTINGS_KEY), JSON.stringify(EXAMPLE_SITE_CONFIG.workdayCandidateClasses)];
  await page.evaluate(`chrome.storage.local.get(${key}).then((all) =>
    chrome.storage.local.set({ [${key}]: { ...all[${key}], workdayCandidateClasses: ${classes} } }))`);
  await page.close();
}

import { existsSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Page, type Route } from 'playwright-core';
import { CHROMIUM_PATH } from '../e2e/browser';
import { buildLandmarkPage } from './build-landmark-page';
import { pageCall, type PageCall } from './landmark-page';

/**
 * A page in headless Chromium running a script built from `entry` (Vite, as the extension's pages
 * are built) under a made-up origin with the extension's CSP, for the similarity code that needs a
 * browser: image decoding for photo hashes, real (on-disk) IndexedDB for the similarity bench. The shared test
 * images are served at `PHOTO_ORIGIN/testdata/…` (another origin, https, with CORS, like a photo CDN
 * answering the background); nothing else leaves the machine.
 */

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const TESTDATA_DIR = path.resolve(ROOT, '../shared/testdata');
const ORIGIN = 'http://hireproof.localhost';
export const PHOTO_ORIGIN = 'https://photos.hireproof.test';
// The extension's CSP for its pages (wxt.config.ts).
const EXTENSION_CSP = "script-src 'self' 'wasm-unsafe-eval'; object-src 'self'; connect-src 'self' https: http://localhost:* http://127.0.0.1:*";
const HTML = '<!doctype html><meta charset="utf-8"><title>Similarity</title><script type="module" src="/page.js"></script>';
const TYPES: Record<string, string> = { '.js': 'text/javascript', '.png': 'image/png', '.jpg': 'image/jpeg' };

export interface SimilarityPage<Api extends Record<string, (...args: never[]) => unknown>> {
  page: Page;
  call: PageCall<Api>;
  /** Requests for any origin but the page's and the photo origin (each was refused). */
  foreign: string[];
  close: () => Promise<void>;
}

/**
 * `profileDir`: a folder kept between runs (IndexedDB survives, so a bench can skip seeding); by
 * default a fresh temporary one.
 */
export async function openSimilarityPage<Api extends Record<string, (...args: never[]) => unknown>>(
  entry: string,
  global: string,
  profileDir = '',
): Promise<SimilarityPage<Api>> {
  if (!existsSync(TESTDATA_DIR)) throw new Error(`No shared test data at ${TESTDATA_DIR}: the checkout must sit next to the shared/ folder.`);
  const built = await buildLandmarkPage(entry);
  // A persistent profile (in a fresh temporary folder): IndexedDB on disk, as in the extension; a
  // plain new context is incognito, whose IndexedDB lives in memory.
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  const foreign: string[] = [];
  try {
    await context.route('**/*', (route) => answer(route, built, foreign));
    const page = await context.newPage();
    await page.goto(`${ORIGIN}/`);
    await page.waitForFunction((name) => name in window, global, { timeout: 30_000 });
    return {
      page,
      call: pageCall<Api>(page, global),
      foreign,
      close: async () => {
        try {
          await context.close();
        } finally {
          rmSync(built, { recursive: true, force: true });
        }
      },
    };
  } catch (error) {
    await context.close();
    rmSync(built, { recursive: true, force: true });
    throw error;
  }
}

function answer(route: Route, built: string, foreign: string[]) {
  const url = new URL(route.request().url());
  const fromDir = (dir: string, relative: string, headers: Record<string, string>) => {
    const file = path.resolve(dir, decodeURIComponent(relative));
    // Stay inside the folder whatever the path says.
    if (!file.startsWith(dir + path.sep) || !existsSync(file)) return route.fulfill({ status: 404, body: 'not found', headers });
    return route.fulfill({ path: file, contentType: TYPES[path.extname(file)] ?? 'application/octet-stream', headers });
  };
  if (url.origin === PHOTO_ORIGIN && url.pathname.startsWith('/testdata/')) {
    return fromDir(TESTDATA_DIR, url.pathname.slice('/testdata/'.length), { 'access-control-allow-origin': '*' });
  }
  // A photo host that does not answer, for the failure paths.
  if (url.hostname.startsWith('unreachable.')) return route.abort('connectionrefused');
  if (url.origin !== ORIGIN) {
    foreign.push(url.href);
    return route.abort('blockedbyclient');
  }
  const headers = { 'content-security-policy': EXTENSION_CSP };
  if (url.pathname === '/') return route.fulfill({ contentType: 'text/html', body: HTML, headers });
  return fromDir(built, url.pathname.slice(1), headers);
}

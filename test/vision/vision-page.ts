import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page, type Route } from 'playwright-core';
import { CHROMIUM_PATH } from '../e2e/browser';

/**
 * A page in headless Chromium with MediaPipe Tasks loaded from the installed package and the
 * generated model and wasm from public/vision. Requests never reach a network: every request is
 * answered from disk through `route`, under a made-up origin, and anything else is refused (Tasks
 * 1.x posts usage metrics to Google; the extension's CSP blocks that too).
 */

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const ORIGIN = 'http://hireproof.localhost';
export const VISION_DIR = path.join(ROOT, 'public', 'vision');
/** Shared test data, used in place (see ../shared/testdata/SOURCES.md). */
const TESTDATA_DIR = path.resolve(ROOT, '../shared/testdata');

/** URL prefix → folder it is served from. */
const MOUNTS: [string, string][] = [
  ['/vision/', VISION_DIR],
  ['/tasks-vision/', path.join(ROOT, 'node_modules/@mediapipe/tasks-vision')],
  ['/testdata/', TESTDATA_DIR],
];

const PAGE = `<!doctype html><meta charset="utf-8"><title>FaceLandmarker check</title>
<script type="module">
  import { FilesetResolver, FaceLandmarker } from '/tasks-vision/vision_bundle.mjs';
  window.mediapipe = { FilesetResolver, FaceLandmarker };
</script>`;

const TYPES: Record<string, string> = {
  '.mjs': 'text/javascript', '.js': 'text/javascript', '.wasm': 'application/wasm', '.png': 'image/png',
  '.jpg': 'image/jpeg', '.task': 'application/octet-stream',
};

export interface VisionPage {
  page: Page;
  /** URLs the page tried to reach outside the served files. */
  refused: string[];
  close: () => Promise<void>;
}

export async function openVisionPage(): Promise<VisionPage> {
  if (!existsSync(path.join(VISION_DIR, 'face_landmarker.task'))) {
    throw new Error(`No model at ${VISION_DIR}: run \`npx tsx lib/build/face-model.ts\` first.`);
  }
  // The shared test data lives next to the checkout, as in every session's workspace.
  if (!existsSync(TESTDATA_DIR)) {
    throw new Error(`No shared test data at ${TESTDATA_DIR}: the checkout must sit next to the shared/ folder.`);
  }
  const browser: Browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    // CPU only: there is no GPU here, and the wasm CPU path is what the extension uses.
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  const page = await browser.newPage();
  const refused: string[] = [];
  await page.route('**/*', (route) => serve(route, refused));
  await page.goto(`${ORIGIN}/`);
  await page.waitForFunction(() => 'mediapipe' in window, undefined, { timeout: 30_000 });
  return { page, refused, close: () => browser.close() };
}

async function serve(route: Route, refused: string[]) {
  const url = new URL(route.request().url());
  if (url.origin !== ORIGIN) {
    refused.push(url.href);
    return route.abort('blockedbyclient');
  }
  if (url.pathname === '/') return route.fulfill({ contentType: 'text/html', body: PAGE });
  for (const [prefix, dir] of MOUNTS) {
    if (!url.pathname.startsWith(prefix)) continue;
    const file = path.resolve(dir, decodeURIComponent(url.pathname.slice(prefix.length)));
    // Stay inside the mounted folder whatever the path says.
    if (!file.startsWith(dir + path.sep) || !existsSync(file)) break;
    return route.fulfill({ path: file, contentType: TYPES[path.extname(file)] ?? 'application/octet-stream' });
  }
  return route.fulfill({ status: 404, body: 'not found' });
}

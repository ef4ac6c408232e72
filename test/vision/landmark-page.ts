import { existsSync, rmSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Page, type Route } from 'playwright-core';
import { CHROMIUM_PATH } from '../e2e/browser';
import { buildLandmarkPage } from './build-landmark-page';
import type { LandmarkPageApi } from './landmark-page-entry';
import { ORIGIN, VISION_DIR } from './vision-page';

/**
 * The landmark worker in headless Chromium, on a page built from `entry` (./build-landmark-page.ts)
 * and served under a made-up origin with the extension's CSP. Every request of the page and its
 * workers goes through `route`: files from disk or from `serve`, and anything for another origin is
 * refused and listed in `foreign`, which a test expects to stay empty.
 */

// The extension's CSP for its pages (wxt.config.ts), so that the worker runs under the same rules.
const EXTENSION_CSP = "script-src 'self' 'wasm-unsafe-eval'; object-src 'self'; connect-src 'self' https: http://localhost:* http://127.0.0.1:*";
const HTML = '<!doctype html><meta charset="utf-8"><title>Landmark worker</title><script type="module" src="/page.js"></script>';
const TYPES: Record<string, string> = { '.js': 'text/javascript', '.mjs': 'text/javascript', '.wasm': 'application/wasm' };

export interface LandmarkPage {
  page: Page;
  /** Requests for anything but the page's own origin (each was refused). */
  foreign: string[];
  /** Serves `body` at `pathname` of the page's origin from now on. */
  serve: (pathname: string, body: Buffer) => void;
  /** Calls the page script's API (./landmark-page-entry.ts). */
  call: PageCall<LandmarkPageApi>;
  close: () => Promise<void>;
}

export async function openLandmarkPage(options: { entry: string; mounts?: Record<string, string>; gpu?: boolean }): Promise<LandmarkPage> {
  if (!existsSync(path.join(VISION_DIR, 'face_landmarker.task'))) {
    throw new Error(`No model at ${VISION_DIR}: run \`npx tsx lib/build/face-model.ts\` first.`);
  }
  const built = await buildLandmarkPage(options.entry);
  const mounts: [string, string][] = [['/vision/', VISION_DIR], ...Object.entries(options.mounts ?? {}), ['/', built]];
  const served = new Map<string, Buffer>();
  const foreign: string[] = [];
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: ['--no-sandbox', ...(options.gpu ? [] : ['--disable-gpu']), '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  const context = await browser.newContext();
  // On the context rather than the page: it sees the dedicated workers' requests too.
  await context.route('**/*', (route) => answer(route, { mounts, served, foreign }));
  const page = await context.newPage();
  await page.goto(`${ORIGIN}/`);
  await page.waitForFunction(() => 'landmarkPage' in window, undefined, { timeout: 30_000 });
  return {
    page,
    foreign,
    serve: (pathname, body) => void served.set(pathname, body),
    call: pageCall<LandmarkPageApi>(page, 'landmarkPage'),
    close: async () => {
      try {
        await browser.close();
      } finally {
        rmSync(built, { recursive: true, force: true });
      }
    },
  };
}

// Page APIs are objects of functions; `never[]` accepts any parameter list.
type PageApi = Record<string, (...args: never[]) => unknown>;
export type PageCall<Api extends PageApi> = <K extends keyof Api & string>(method: K, ...args: Parameters<Api[K]>) => Promise<Awaited<ReturnType<Api[K]>>>;

/** Calls a method of the object a page script put on `window[global]`, with serialisable arguments. */
export function pageCall<Api extends PageApi>(page: Page, global: string): PageCall<Api> {
  return (method, ...args) => page.evaluate(
    ([name, method, params]) => {
      const api = (window as unknown as Record<string, Record<string, (...a: unknown[]) => unknown>>)[name];
      return api?.[method]?.(...params);
    },
    [global, method, args] as const,
    // evaluate types its result from the function above; what comes back is the method's result.
  ) as never;
}

interface Files {
  mounts: [string, string][];
  served: Map<string, Buffer>;
  foreign: string[];
}

function answer(route: Route, { mounts, served, foreign }: Files) {
  const url = new URL(route.request().url());
  if (url.origin !== ORIGIN) {
    foreign.push(url.href);
    return route.abort('blockedbyclient');
  }
  const headers = { 'content-security-policy': EXTENSION_CSP };
  if (url.pathname === '/') return route.fulfill({ contentType: 'text/html', body: HTML, headers });
  const body = served.get(url.pathname);
  if (body) return route.fulfill({ body, contentType: 'application/octet-stream', headers });
  const mount = mounts.find(([prefix]) => url.pathname.startsWith(prefix));
  if (mount) {
    const [prefix, dir] = mount;
    const file = path.resolve(dir, decodeURIComponent(url.pathname.slice(prefix.length)));
    // Stay inside the mounted folder whatever the path says.
    if (file.startsWith(dir + path.sep) && existsSync(file)) {
      return route.fulfill({ path: file, contentType: TYPES[path.extname(file)] ?? 'application/octet-stream', headers });
    }
  }
  return route.fulfill({ status: 404, body: 'not found', headers });
}

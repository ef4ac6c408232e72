import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext } from 'playwright-core';

/**
 * The built Chrome extension (`wxt build` writes it here). HIREPROOF_EXTENSION_DIR points the tests at
 * another build, so one can be tested without replacing the build others are testing.
 */
export const EXTENSION_DIR = process.env.HIREPROOF_EXTENSION_DIR ?? fileURLToPath(new URL('../../.output/chrome-mv3', import.meta.url));

/** Debian's Chromium; never a browser downloaded by a test tool. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  close: () => Promise<void>;
}

/**
 * Starts Chromium with the built extension loaded, in a fresh profile. The flags keep Chromium from
 * reaching for Google services this machine cannot reach (each failed look-up slows start-up).
 */
export async function launchWithExtension(options: { headless: boolean }): Promise<ExtensionBrowser> {
  if (!existsSync(`${EXTENSION_DIR}/manifest.json`)) {
    throw new Error(`No built extension at ${EXTENSION_DIR}: run \`npm run build\` first.`);
  }
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`Chromium not found at ${CHROMIUM_PATH}: install it (apt-get install -y chromium) or set CHROMIUM_PATH.`);
  }
  const context = await chromium.launchPersistentContext('', {
    executablePath: CHROMIUM_PATH,
    headless: options.headless,
    viewport: { width: 1280, height: 860 },
    args: [
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  const extensionId = new URL(worker.url()).host;
  return { context, extensionId, close: () => context.close() };
}

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readZip } from '../../lib/vision/model/zip-read';
import { writeStoredZip } from '../../lib/vision/model/zip-write';
import { EXTENSION_DIR, launchWithExtension, type ExtensionBrowser } from './browser';
import { openOptions } from './options-page';

/**
 * Loading a face model on the options page of the built extension, in headless Chromium: the file
 * goes through the structural check and a real MediaPipe start in the page's landmark worker, and is
 * kept in storage.local. No official face_landmarker.task can be downloaded here; the bundle built
 * at install stands in for it.
 */

const PACKAGE_MODEL = fileURLToPath(new URL('../../public/vision/face_landmarker.task', import.meta.url));
const KEY = 'hireproof-vision-model';

let browser: ExtensionBrowser;
beforeAll(async () => {
  browser = await launchWithExtension({ headless: true });
});
afterAll(async () => browser?.close());

interface StoredSummary {
  name: string;
  size: number;
  sha256: string;
  base64Length: number;
}

// Expressions as text: the test's TypeScript does not know the page's `chrome` global.
const storedRecord = async (page: Page) =>
  (await page.evaluate(`chrome.storage.local.get(${JSON.stringify(KEY)}).then((all) => {
    const r = all[${JSON.stringify(KEY)}];
    return r && { name: r.name, size: r.size, sha256: r.sha256, base64Length: r.base64.length };
  })`)) as StoredSummary | undefined;

const chooseFile = (page: Page, name: string, buffer: Buffer) =>
  page.getByLabel('Load face_landmarker.task').setInputFiles({ name, mimeType: 'application/octet-stream', buffer });

const inUse = (page: Page) => page.getByTestId('face-model-in-use');

describe('face model on the options page', () => {
  let page: Page;
  beforeAll(async () => {
    page = await openOptions(browser.context, browser.extensionId);
    await page.getByRole('heading', { name: 'Face model', exact: true }).waitFor();
  });

  it('starts with the built-in model', async () => {
    await expect(inUse(page).textContent()).resolves.toMatch(/^Built-in model/);
    expect(await storedRecord(page)).toBeUndefined();
  });

  it('accepts the bundle after MediaPipe started with it, and keeps it in storage.local', async () => {
    const bytes = readFileSync(PACKAGE_MODEL);
    await chooseFile(page, 'face_landmarker.task', bytes);
    await page.getByText(/^Loaded face_landmarker\.task: it passed the check and MediaPipe started with it/).waitFor({ timeout: 60_000 });
    const facts = await inUse(page).textContent();
    expect(facts).toContain('face_landmarker.task');
    expect(facts).toContain('Blendshapesno');
    const record = await storedRecord(page);
    expect(record).toMatchObject({ name: 'face_landmarker.task', size: bytes.length, base64Length: Math.ceil(bytes.length / 3) * 4 });
    expect(facts).toContain(`${record?.sha256.slice(0, 16)}…`);
    // For the record: how much of the storage.local quota the model takes (unlimitedStorage lifts it).
    const usage = (await page.evaluate(
      `chrome.storage.local.getBytesInUse(${JSON.stringify(KEY)}).then((bytes) => ({ bytes, quota: chrome.storage.local.QUOTA_BYTES }))`,
    )) as { bytes: number; quota: number };
    console.log(`Face model of ${bytes.length} bytes takes ${usage.bytes} bytes of storage.local (quota ${usage.quota})`);

    // Still there after a reload: read back and checked again.
    await page.reload();
    await page.getByRole('heading', { name: 'Face model', exact: true }).waitFor();
    await expect.poll(() => inUse(page).textContent()).toContain('face_landmarker.task');
  });

  it('refuses a file that is not a bundle, listing the problem, and keeps the model in use', async () => {
    await chooseFile(page, 'holiday.jpg', Buffer.from('\xff\xd8\xff\xe0 not really a picture either, and certainly not a model', 'latin1'));
    const refusal = page.getByTestId('face-model-refused');
    await refusal.waitFor();
    await expect(refusal.getAttribute('role')).resolves.toBe('alert');
    await expect(refusal.locator('li').allTextContents()).resolves.toEqual([
      'holiday.jpg is not a MediaPipe .task bundle: it is not a zip archive, or it was cut short.',
    ]);
    expect((await storedRecord(page))?.name).toBe('face_landmarker.task');
  });

  it('stores a bundle larger than the storage.local quota allows only with unlimitedStorage, and says so otherwise', async () => {
    // The package model plus 8 MB of padding in a member MediaPipe ignores: valid, but about 12.7 MB as base64.
    const members = readZip(new Uint8Array(readFileSync(PACKAGE_MODEL))).map((m) => ({ name: m.name, data: m.data }));
    const big = writeStoredZip([...members, { name: 'padding.bin', data: new Uint8Array(8 * 1024 * 1024) }], { align: 16 });
    const manifest = JSON.parse(readFileSync(`${EXTENSION_DIR}/manifest.json`, 'utf8')) as { permissions?: string[] };
    await chooseFile(page, 'big.task', Buffer.from(big));
    if (manifest.permissions?.includes('unlimitedStorage')) {
      await page.getByText(/^Loaded big\.task/).waitFor({ timeout: 60_000 });
      expect((await storedRecord(page))?.size).toBe(big.length);
      await chooseFile(page, 'face_landmarker.task', readFileSync(PACKAGE_MODEL));
      await page.getByText(/^Loaded face_landmarker\.task/).waitFor({ timeout: 60_000 });
    } else {
      const refusal = page.getByTestId('face-model-refused');
      await refusal.waitFor({ timeout: 60_000 });
      await expect(refusal.locator('li').allTextContents()).resolves.toEqual([expect.stringMatching(/^The browser did not store the model: .*quota.* without the unlimitedStorage permission\.$/i)]);
    }
    expect((await storedRecord(page))?.name).toBe('face_landmarker.task');
  });

  it('removes the model after asking, back to the built-in one', async () => {
    await page.getByRole('button', { name: 'Remove the loaded face model' }).click();
    // Focus moves to the safe choice; Escape backs out and nothing changes.
    await page.keyboard.press('Escape');
    expect((await storedRecord(page))?.name).toBe('face_landmarker.task');
    await page.getByRole('button', { name: 'Remove the loaded face model' }).click();
    await page.getByRole('button', { name: 'Remove model' }).click();
    await expect.poll(() => inUse(page).textContent()).toMatch(/^Built-in model/);
    expect(await storedRecord(page)).toBeUndefined();
  });
});

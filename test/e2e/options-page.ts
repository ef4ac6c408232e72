import type { BrowserContext, Locator, Page } from 'playwright-core';

/** Opens the extension's options page in a new tab, once its settings (and so the policy) are loaded. */
export async function openOptions(context: BrowserContext, extensionId: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  await page.getByRole('heading', { name: 'Trusted keys', exact: true }).waitFor();
  return page;
}

/** A native list as text, the way a security team writes one. */
export function nativeList(id: string, entries: Array<{ kind: string; value: string; note?: string }>, extra: Record<string, unknown> = {}): string {
  const list = {
    format: 'hireproof-signal-list',
    version: 1,
    id,
    title: `List ${id}`,
    author: 'HireProof end-to-end test',
    created: '2026-01-05',
    modified: '2026-01-05',
    references: [],
    entries,
    filters: [],
    weightOverrides: [],
    ...extra,
  };
  return `${JSON.stringify(list, null, 2)}\n`;
}

/** Pastes `text`, moves past the review step and waits for the preview or the refusal. */
export async function pasteAndCheck(page: Page, text: string): Promise<void> {
  await page.getByLabel(/A list in the HireProof format/).fill(text);
  await page.getByRole('button', { name: 'Use pasted text' }).click();
  await page.getByRole('button', { name: /^Check / }).click();
  await page.getByRole('heading', { name: /^(Preview|Not imported)$/ }).waitFor({ timeout: 30_000 });
}

/** Applies the preview on screen and waits until the lists are stored and the background told. */
export async function applyPreview(page: Page): Promise<void> {
  await page.getByRole('button', { name: /^Apply/ }).click();
  await page.getByText(/^Stored “/).waitFor({ timeout: 30_000 });
}

export function listRow(page: Page, listId: string): Locator {
  return page.locator(`tr[data-list-id="${listId}"]`);
}

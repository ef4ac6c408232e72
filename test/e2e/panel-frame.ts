import type { Frame, Page } from 'playwright-core';

/** The frame of an extension page (`panel.html`, `meeting-panel.html`) inside `page`, once it exists. */
export async function waitForExtensionFrame(page: Page, extensionId: string, file: string, timeoutMs = 15_000): Promise<Frame> {
  const prefix = `chrome-extension://${extensionId}/${file}`;
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const frame = page.frames().find((f) => f.url().startsWith(prefix));
    if (frame) return frame;
    if (Date.now() > deadline) throw new Error(`No ${file} frame appeared on ${page.url()}`);
    await page.waitForTimeout(50);
  }
}

/**
 * The in-page panel is an extension-origin iframe; Playwright sees it as one of the page's frames.
 * Resolves once the panel shows a score for the candidate (the assessment has arrived).
 */
export async function waitForPanel(page: Page, extensionId: string, timeoutMs = 15_000): Promise<Frame> {
  const deadline = Date.now() + timeoutMs;
  const frame = await waitForExtensionFrame(page, extensionId, 'panel.html', timeoutMs);
  await frame.locator('[data-testid="risk-score"]').first().waitFor({ timeout: Math.max(1, deadline - Date.now()) });
  return frame;
}

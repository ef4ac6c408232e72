import { browser } from 'wxt/browser';
import { caseHash } from './hash-route';

/** The extension's own address of a candidate's case page. */
export function caseUrl(candidateId: string): string {
  return browser.runtime.getURL(`/review.html${caseHash(candidateId)}`);
}

/**
 * Opens the case in a new tab. From the in-page panel (an iframe in the job site) a link would
 * navigate that frame or be refused; the extension's tabs API opens it as a page of its own.
 */
export async function openCaseInTab(candidateId: string): Promise<void> {
  await browser.tabs.create({ url: caseUrl(candidateId) });
}

import { browser } from 'wxt/browser';
import { isAllowedSubscriptionUrl, originPattern, SUBSCRIPTION_URL_RULE } from '../settings/subscription-url';

/**
 * Asks for permission to reach `url`'s host, which the manifest declares as optional. Must be the
 * first thing a click handler awaits: browsers only show the prompt during the person's gesture.
 * Throws with a sentence for people; resolves when granted.
 */
export async function requestHostPermission(url: string): Promise<void> {
  if (!isAllowedSubscriptionUrl(url)) throw new Error(`Not a list address HireProof can download from: ${SUBSCRIPTION_URL_RULE}.`);
  const host = new URL(url).host;
  let granted: boolean;
  try {
    granted = await browser.permissions.request({ origins: [originPattern(url)] });
  } catch (error) {
    throw new Error(`HireProof could not ask for permission to reach ${host}: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (!granted) {
    throw new Error(`HireProof needs your permission to download from ${host}. Nothing was downloaded or saved; try again and allow it, or download the file yourself and import it from disk.`);
  }
}

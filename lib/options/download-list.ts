import { fetchList, fetchSignatureFor } from './fetch-list';
import { requestHostPermission } from './host-permission';

/**
 * A one-off download of a list and, when published next to it, its `.sig`. Asks for host
 * permission first, so call it straight from the click handler.
 */
export async function downloadList(url: string): Promise<{ blob: Blob; signature?: string }> {
  await requestHostPermission(url);
  const [blob, signature] = await Promise.all([fetchList(url), fetchSignatureFor(url)]);
  return signature === undefined ? { blob } : { blob, signature };
}

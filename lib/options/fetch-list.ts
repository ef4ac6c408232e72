import { MAX_LIST_BYTES } from '../lists/read-input';
import { sizeProblem } from './import-source';
import { MAX_SIGNATURE_FILE_BYTES, readSignatureInput } from './signature-input';

/**
 * Downloads a list once, as a Blob the worker reads: the page never holds the text. The size is
 * checked from Content-Length when the server sends one, and again on what arrived.
 */
export async function fetchList(url: string, fetcher: typeof fetch = fetch): Promise<Blob> {
  let response: Response;
  try {
    // No cookies: a list is public configuration, and credentials must not leak to a list host.
    response = await fetcher(url, { credentials: 'omit', cache: 'no-store', redirect: 'follow' });
  } catch (error) {
    throw new Error(`Could not download ${url}: ${error instanceof Error ? error.message : String(error)}. Check the address and your connection; the extension's security policy may also block it.`);
  }
  if (!response.ok) throw new Error(`Could not download ${url}: the server answered ${response.status} ${response.statusText}`.trim() + '.');
  const declared = Number(response.headers.get('content-length'));
  const early = Number.isFinite(declared) && declared > MAX_LIST_BYTES ? sizeProblem(url, declared) : undefined;
  if (early) throw new Error(early);
  const blob = await response.blob();
  const late = sizeProblem(url, blob.size);
  if (late) throw new Error(late);
  return blob;
}

/**
 * The detached signature published next to a list (`<url>.sig`, the subscriptions' default), or
 * undefined when there is none or it is not one: a list without a signature is still importable.
 */
export async function fetchSignatureFor(url: string, fetcher: typeof fetch = fetch): Promise<string | undefined> {
  try {
    const response = await fetcher(`${url}.sig`, { credentials: 'omit', cache: 'no-store' });
    if (!response.ok) return undefined;
    const read = readSignatureInput((await response.text()).slice(0, MAX_SIGNATURE_FILE_BYTES));
    return read.kind === 'ok' ? read.signature : undefined;
  } catch {
    return undefined;
  }
}

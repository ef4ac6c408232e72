import { MAX_LIST_BYTES } from '../lists/read-input';
import { isAllowedSubscriptionUrl } from '../settings/subscription-url';

/**
 * One bounded GET: a time limit for the whole exchange (headers and body), a size limit checked on
 * Content-Length and again while reading (a server may send no length, or lie), and a one-line
 * reason for every way it can fail. Never throws.
 */

export const FETCH_TIMEOUT_MS = 30_000;
// The importers' own limit: a larger download could never be imported, so it is not buffered either.
export { MAX_LIST_BYTES };

export interface DownloadOptions {
  fetch: typeof fetch;
  timeoutMs: number;
  maxBytes: number;
  headers?: Record<string, string>;
}

export type Download =
  | { kind: 'not-modified'; headers: Headers }
  | { kind: 'ok'; headers: Headers; text: string }
  /** `unreachable`: the request itself failed (network, CORS, permission), as opposed to an answer we refuse. */
  | { kind: 'failed'; message: string; unreachable?: boolean };

export async function download(url: string, options: DownloadOptions): Promise<Download> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), options.timeoutMs);
  try {
    const response = await options.fetch(url, {
      headers: options.headers ?? {},
      signal: controller.signal,
      // Our own validators decide what is fresh; the HTTP cache would answer 304s for us.
      cache: 'no-store',
      // Lists are public to the organisation; no cookies or other credentials go to list servers.
      credentials: 'omit',
    });
    // A redirect to plain http (off this machine) is refused like a configured one would be.
    if (response.url !== '' && !isAllowedSubscriptionUrl(response.url)) {
      await response.body?.cancel();
      return { kind: 'failed', message: `redirected to ${response.url.slice(0, 200)}, which is not https` };
    }
    if (response.status === 304) return { kind: 'not-modified', headers: response.headers };
    if (!response.ok) {
      await response.body?.cancel();
      return { kind: 'failed', message: `HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''} from ${url}` };
    }
    const body = await readLimited(response, options.maxBytes);
    if (typeof body === 'string') return { kind: 'failed', message: body };
    const text = decodeUtf8(body);
    if (text === undefined) return { kind: 'failed', message: `${url} is not UTF-8 text` };
    return { kind: 'ok', headers: response.headers, text };
  } catch (error) {
    if (controller.signal.aborted) return { kind: 'failed', message: `timed out after ${options.timeoutMs / 1000} s waiting for ${url}` };
    const reason = error instanceof Error ? error.message : String(error);
    return { kind: 'failed', message: `could not reach ${url} (${reason})`, unreachable: error instanceof TypeError };
  } finally {
    clearTimeout(timer);
  }
}

/** The body's bytes, or why they were refused. */
async function readLimited(response: Response, maxBytes: number): Promise<Uint8Array | string> {
  const tooLarge = `the file is larger than the ${formatBytes(maxBytes)} limit`;
  const declared = Number(response.headers.get('content-length') ?? Number.NaN);
  if (declared > maxBytes) {
    await response.body?.cancel();
    return tooLarge;
  }
  if (!response.body) return new Uint8Array(0);
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel();
      return tooLarge;
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

/** UTF-8 text, or undefined when the bytes are not UTF-8. */
function decodeUtf8(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

export function formatBytes(n: number): string {
  const MiB = 1024 * 1024;
  return n >= MiB ? `${Math.round((n / MiB) * 10) / 10} MiB` : `${n} bytes`;
}

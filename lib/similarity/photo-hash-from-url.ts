import { FlatImageError, MAX_PHOTO_BYTES, photoHashOfBlob } from './photo-hash-of-blob';

export type PhotoHashResult = { ok: true; hash: string } | { ok: false; reason: string };

/** A photo server that has not answered by then will not; the check is retried on a later visit. */
const TIMEOUT_MS = 10_000;

/**
 * Downloads a profile photo and returns its perceptual hash, or why it could not (the reason is
 * shown to the recruiter as the check's skip reason). Runs in the background, which holds host
 * permissions for the job sites; the extension CSP's connect-src allows https. Only https URLs; no
 * cookies are sent (profile photo URLs on the supported sites are public), no referrer either, and the
 * image itself is never stored.
 */
export async function photoHashFromUrl(url: string, options: { timeoutMs?: number } = {}): Promise<PhotoHashResult> {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { ok: false, reason: 'the photo address is not a URL' };
  }
  if (parsed.protocol !== 'https:') return { ok: false, reason: 'the photo address is not https' };
  let blob: Blob;
  try {
    const response = await fetch(parsed.href, {
      credentials: 'omit',
      referrerPolicy: 'no-referrer',
      signal: AbortSignal.timeout(options.timeoutMs ?? TIMEOUT_MS),
    });
    if (!response.ok) return { ok: false, reason: `the photo server answered HTTP ${response.status}` };
    if (Number(response.headers.get('content-length') ?? '0') > MAX_PHOTO_BYTES) return { ok: false, reason: 'the photo file is too large' };
    blob = await response.blob();
  } catch (error) {
    const timedOut = error instanceof DOMException && (error.name === 'TimeoutError' || error.name === 'AbortError');
    return { ok: false, reason: timedOut ? 'the photo server did not answer in time' : 'the photo could not be downloaded' };
  }
  if (blob.size > MAX_PHOTO_BYTES) return { ok: false, reason: 'the photo file is too large' };
  try {
    return { ok: true, hash: await photoHashOfBlob(blob) };
  } catch (error) {
    return { ok: false, reason: error instanceof FlatImageError ? 'the photo is a single flat colour (a placeholder?)' : 'the photo could not be decoded' };
  }
}

/**
 * Base64 for megabytes: a face model kept in `storage.local` (which holds JSON, not bytes).
 * lib/lists/signature.ts has a base64 pair for keys and signatures, but it builds one string a byte
 * at a time and checks the text with one regular expression, which is fine for 88 characters and
 * not for five million. Here the work goes in chunks, through the engine's own btoa/atob.
 */

/** Bytes per btoa call: a multiple of 3, so no chunk but the last has padding. */
const CHUNK = 3 * 8192;
/** Standard alphabet with padding; whitespace and URL-safe characters are refused, not forgiven. */
const ALPHABET = /^[A-Za-z0-9+/]*={0,2}$/;

export function bytesToBase64(bytes: Uint8Array): string {
  const parts: string[] = [];
  for (let at = 0; at < bytes.length; at += CHUNK) {
    // fromCharCode with a spread is bounded by the argument limit; 24 KiB is far below it.
    parts.push(btoa(String.fromCharCode(...bytes.subarray(at, at + CHUNK))));
  }
  return parts.join('');
}

/**
 * The bytes a base64 text encodes, or undefined when it is not padded standard base64. Stray bits
 * in the last character are forgiven (atob does); the stored model's SHA-256 catches any change.
 */
export function base64ToBytes(text: string): Uint8Array<ArrayBuffer> | undefined {
  if (text.length % 4 !== 0 || !ALPHABET.test(text)) return undefined;
  const padding = text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0;
  const bytes = new Uint8Array((text.length / 4) * 3 - padding);
  // Chunks of whole 4-character groups decode independently.
  const step = (CHUNK / 3) * 4;
  let out = 0;
  for (let at = 0; at < text.length; at += step) {
    let binary: string;
    try {
      binary = atob(text.slice(at, at + step));
    } catch {
      return undefined;
    }
    for (let i = 0; i < binary.length; i++) bytes[out++] = binary.charCodeAt(i);
  }
  return out === bytes.length ? bytes : undefined;
}

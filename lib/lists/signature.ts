/**
 * Detached Ed25519 signatures over a signal list's canonical bytes (see lib/lists/canonical.ts).
 * WebCrypto only (`crypto.subtle`, 'Ed25519'), available in Node 20, Chrome 137+ and Firefox 129+,
 * so the extension ships no crypto code of its own.
 *
 * Keys and signatures travel as standard base64 with padding: a public key is the 32 raw bytes
 * (RFC 8032), a signature the 64 raw bytes. Verification never throws: list files and settings are
 * user-supplied, and a garbled key or signature must surface as a reason, not as a crash.
 */

export interface TrustedKey {
  id: string;
  /** Base64 of the 32-byte raw Ed25519 public key. */
  publicKey: string;
}

export type SignatureFailure = 'no-signature' | 'malformed-signature' | 'no-trusted-key' | 'invalid';
export type SignatureVerdict = { ok: true; keyId: string } | { ok: false; reason: SignatureFailure };

const ALGORITHM = 'Ed25519';
const PUBLIC_KEY_BYTES = 32;
const SIGNATURE_BYTES = 64;
// Whole groups of four, padding only at the end: rejects URL-safe alphabets and missing padding,
// which atob() would otherwise forgive.
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

export function encodeBase64(bytes: Uint8Array): string {
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary);
}

/**
 * Strict base64 decode of exactly `length` bytes, or undefined. Re-encoding must give the same text,
 * so a value has exactly one accepted spelling (non-zero padding bits are refused).
 */
export function decodeBase64(text: string, length: number): Uint8Array<ArrayBuffer> | undefined {
  if (!BASE64.test(text)) return undefined;
  const binary = atob(text);
  if (binary.length !== length) return undefined;
  const bytes = new Uint8Array(length);
  for (let i = 0; i < length; i++) bytes[i] = binary.charCodeAt(i);
  return encodeBase64(bytes) === text ? bytes : undefined;
}

async function importPublicKey(publicKey: string): Promise<CryptoKey | undefined> {
  const raw = typeof publicKey === 'string' ? decodeBase64(publicKey.trim(), PUBLIC_KEY_BYTES) : undefined;
  if (!raw) return undefined;
  try {
    return await crypto.subtle.importKey('raw', raw, { name: ALGORITHM }, false, ['verify']);
  } catch {
    // Some engines refuse points that are not on the curve; that is a malformed key, not an error.
    return undefined;
  }
}

/**
 * Checks `signatureB64` over `bytes` against each trusted key in order and names the first that
 * verifies. Malformed trusted keys are skipped; only when none is usable is it 'no-trusted-key'.
 * Surrounding whitespace is ignored because .sig files commonly gain a trailing newline; a blank
 * signature counts as no signature.
 */
export async function verifyListSignature(
  bytes: Uint8Array,
  signatureB64: string | undefined,
  trustedKeys: readonly TrustedKey[],
): Promise<SignatureVerdict> {
  if (typeof signatureB64 !== 'string' || signatureB64.trim() === '') return { ok: false, reason: 'no-signature' };
  const signature = decodeBase64(signatureB64.trim(), SIGNATURE_BYTES);
  if (!signature) return { ok: false, reason: 'malformed-signature' };
  // WebCrypto wants an ArrayBuffer-backed view; a copy also stops the caller mutating it mid-verify.
  const data = new Uint8Array(bytes);
  let usableKeys = 0;
  for (const trusted of trustedKeys) {
    const key = await importPublicKey(trusted.publicKey);
    if (!key) continue;
    usableKeys++;
    try {
      if (await crypto.subtle.verify(ALGORITHM, key, signature, data)) return { ok: true, keyId: trusted.id };
    } catch {
      // A verify that throws proves nothing about this key; try the next one.
    }
  }
  return { ok: false, reason: usableKeys === 0 ? 'no-trusted-key' : 'invalid' };
}

/** A new extractable key pair, for tooling (lib/build/sign-list.ts) and tests. */
export async function generateSigningKey(): Promise<{ publicKey: string; privateKey: CryptoKey }> {
  const pair = (await crypto.subtle.generateKey({ name: ALGORITHM }, true, ['sign', 'verify'])) as CryptoKeyPair;
  return { publicKey: await exportPublicKey(pair.publicKey), privateKey: pair.privateKey };
}

export async function exportPublicKey(publicKey: CryptoKey): Promise<string> {
  return encodeBase64(new Uint8Array(await crypto.subtle.exportKey('raw', publicKey)));
}

/** Base64 of the 64-byte Ed25519 signature over `bytes`. */
export async function signBytes(bytes: Uint8Array, privateKey: CryptoKey): Promise<string> {
  return encodeBase64(new Uint8Array(await crypto.subtle.sign(ALGORITHM, privateKey, new Uint8Array(bytes))));
}

import { decodeBase64, type SignatureFailure } from '../lists/signature';

/**
 * A detached signature as a person supplies it: pasted base64 (perhaps wrapped over several lines)
 * or a `.sig` file chosen next to the list. Checked for shape here so a mistake shows at once;
 * whether it verifies is decided later, against the trusted keys, over the list's canonical bytes.
 */

const SIGNATURE_BYTES = 64;
// A .sig file is 88 base64 characters and a newline; anything much bigger is the wrong file.
export const MAX_SIGNATURE_FILE_BYTES = 1024;

export type SignatureInput = { kind: 'none' } | { kind: 'ok'; signature: string } | { kind: 'error'; message: string };

export function readSignatureInput(text: string): SignatureInput {
  const compact = text.replace(/\s+/g, '');
  if (compact === '') return { kind: 'none' };
  if (decodeBase64(compact, SIGNATURE_BYTES)) return { kind: 'ok', signature: compact };
  return { kind: 'error', message: 'Not a list signature: expected the base64 of a 64-byte Ed25519 signature (88 characters ending in "==").' };
}

/** Files chosen together, with each `X.sig` attached to the list file `X`. */
export interface PairedFiles<T> {
  lists: Array<{ file: T; signature?: T }>;
  /** Signature files with no list file of the matching name. */
  unpaired: T[];
}

export function pairSignatureFiles<T extends { name: string }>(files: readonly T[]): PairedFiles<T> {
  const signatures = new Map<string, T>();
  for (const file of files) if (file.name.toLowerCase().endsWith('.sig')) signatures.set(file.name.slice(0, -4), file);
  const lists: PairedFiles<T>['lists'] = [];
  for (const file of files) {
    if (file.name.toLowerCase().endsWith('.sig')) continue;
    const signature = signatures.get(file.name);
    signatures.delete(file.name);
    lists.push(signature ? { file, signature } : { file });
  }
  return { lists, unpaired: [...signatures.values()] };
}

export type SignatureStatus = { state: 'none' } | { state: 'verified'; keyId: string } | { state: 'failed'; reason: SignatureFailure };

const FAILURES: Record<SignatureFailure, string> = {
  'no-signature': 'Not signed.',
  'malformed-signature': 'The signature is not the base64 of a 64-byte Ed25519 signature.',
  'no-trusted-key': 'Signed, but no usable trusted key is configured: add the list author’s public key under Trusted keys, then check again.',
  invalid:
    'The signature does not match: the list was changed after it was signed, or it was signed with a key that is not trusted here.',
};

/** One sentence for the preview. */
export function describeSignature(status: SignatureStatus): string {
  switch (status.state) {
    case 'none':
      return 'Not signed.';
    case 'verified':
      return `Signature verified with the trusted key “${status.keyId}”.`;
    case 'failed':
      return FAILURES[status.reason];
  }
}

import { decodeBase64 } from '../lists/signature';
import { TrustedKeySchema, type TrustedKeySetting } from '../settings/settings-schema';

/** A trusted key as typed into the form, checked before it is saved; errors name the field. */

const PUBLIC_KEY_BYTES = 32;

export type TrustedKeyCheck = { ok: true; key: TrustedKeySetting } | { ok: false; errors: { id?: string; publicKey?: string } };

export function checkTrustedKey(input: { id: string; publicKey: string }, existing: readonly TrustedKeySetting[]): TrustedKeyCheck {
  const errors: { id?: string; publicKey?: string } = {};
  const id = input.id.trim();
  const publicKey = input.publicKey.trim();
  const shape = TrustedKeySchema.safeParse({ id, publicKey });
  if (id === '') errors.id = 'Enter a name for the key, such as "secops-2026".';
  else if (id.length > 100) errors.id = 'Use at most 100 characters.';
  else if (existing.some((k) => k.id === id)) errors.id = `A key named "${id}" is already trusted; choose another name.`;

  if (publicKey === '') errors.publicKey = 'Paste the public key.';
  else if (!decodeBase64(publicKey, PUBLIC_KEY_BYTES)) {
    errors.publicKey = 'Not an Ed25519 public key: expected standard base64 of 32 bytes (44 characters ending in "=").';
  } else {
    const twin = existing.find((k) => k.publicKey.trim() === publicKey);
    if (twin) errors.publicKey = `This key is already trusted as "${twin.id}".`;
  }
  if (errors.id || errors.publicKey || !shape.success) return { ok: false, errors };
  return { ok: true, key: shape.data };
}

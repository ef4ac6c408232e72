import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { keygen, signFile } from '../../../lib/build/sign-list';
import {
  decodeBase64,
  encodeBase64,
  generateSigningKey,
  signBytes,
  verifyListSignature,
  type SignatureVerdict,
  type TrustedKey,
} from '../../../lib/lists/signature';

const bytes = new TextEncoder().encode('{"id":"acme-fraud","entries":[]}\n');
const tampered = (b: Uint8Array, at: number) => b.map((x, i) => (i === at ? x ^ 1 : x));
const b64 = (length: number, fill = 7) => encodeBase64(new Uint8Array(length).fill(fill));

let key: { publicKey: string; privateKey: CryptoKey };
let other: { publicKey: string; privateKey: CryptoKey };
let signature: string;
beforeAll(async () => {
  [key, other] = await Promise.all([generateSigningKey(), generateSigningKey()]);
  signature = await signBytes(bytes, key.privateKey);
});

type Case = [name: string, make: () => [Uint8Array, string | undefined, TrustedKey[]], expected: SignatureVerdict];
const cases: Case[] = [
  ['valid signature', () => [bytes, signature, [{ id: 'k1', publicKey: key.publicKey }]], { ok: true, keyId: 'k1' }],
  ['trailing newline from a .sig file', () => [bytes, `${signature}\n`, [{ id: 'k1', publicKey: key.publicKey }]], { ok: true, keyId: 'k1' }],
  ['second of several keys matches', () => [bytes, signature, [{ id: 'other', publicKey: other.publicKey }, { id: 'k1', publicKey: key.publicKey }]], { ok: true, keyId: 'k1' }],
  ['malformed key skipped before a match', () => [bytes, signature, [{ id: 'bad', publicKey: 'not base64!' }, { id: 'k1', publicKey: key.publicKey }]], { ok: true, keyId: 'k1' }],
  ['tampered first byte', () => [tampered(bytes, 0), signature, [{ id: 'k1', publicKey: key.publicKey }]], { ok: false, reason: 'invalid' }],
  ['tampered last byte', () => [tampered(bytes, bytes.length - 1), signature, [{ id: 'k1', publicKey: key.publicKey }]], { ok: false, reason: 'invalid' }],
  ['extra byte appended', () => [new Uint8Array([...bytes, 10]), signature, [{ id: 'k1', publicKey: key.publicKey }]], { ok: false, reason: 'invalid' }],
  ['tampered signature', () => [bytes, encodeBase64(tampered(decodeBase64(signature, 64)!, 10)), [{ id: 'k1', publicKey: key.publicKey }]], { ok: false, reason: 'invalid' }],
  ['wrong key', () => [bytes, signature, [{ id: 'other', publicKey: other.publicKey }]], { ok: false, reason: 'invalid' }],
  ['all-zero public key', () => [bytes, signature, [{ id: 'zero', publicKey: b64(32, 0) }]], { ok: false, reason: 'invalid' }],
  ['signature missing', () => [bytes, undefined, [{ id: 'k1', publicKey: key.publicKey }]], { ok: false, reason: 'no-signature' }],
  ['signature blank', () => [bytes, '  \n', [{ id: 'k1', publicKey: key.publicKey }]], { ok: false, reason: 'no-signature' }],
  ['signature not base64', () => [bytes, '%%%%', [{ id: 'k1', publicKey: key.publicKey }]], { ok: false, reason: 'malformed-signature' }],
  ['signature base64url alphabet', () => [bytes, signature.replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, ''), [{ id: 'k1', publicKey: key.publicKey }]], { ok: false, reason: 'malformed-signature' }],
  ['signature without padding', () => [bytes, signature.replace(/=+$/, ''), [{ id: 'k1', publicKey: key.publicKey }]], { ok: false, reason: 'malformed-signature' }],
  ['signature of 63 bytes', () => [bytes, b64(63), [{ id: 'k1', publicKey: key.publicKey }]], { ok: false, reason: 'malformed-signature' }],
  ['signature of 65 bytes', () => [bytes, b64(65), [{ id: 'k1', publicKey: key.publicKey }]], { ok: false, reason: 'malformed-signature' }],
  ['signature with inner space', () => [bytes, `${signature.slice(0, 8)} ${signature.slice(8)}`, [{ id: 'k1', publicKey: key.publicKey }]], { ok: false, reason: 'malformed-signature' }],
  ['empty trusted list', () => [bytes, signature, []], { ok: false, reason: 'no-trusted-key' }],
  ['key of 31 bytes', () => [bytes, signature, [{ id: 'short', publicKey: b64(31) }]], { ok: false, reason: 'no-trusted-key' }],
  ['key of 33 bytes', () => [bytes, signature, [{ id: 'long', publicKey: b64(33) }]], { ok: false, reason: 'no-trusted-key' }],
  ['key not base64', () => [bytes, signature, [{ id: 'junk', publicKey: '{}' }]], { ok: false, reason: 'no-trusted-key' }],
  // A settings file is untyped JSON at runtime; garbage there must not throw.
  ['key not a string', () => [bytes, signature, [{ id: 'num', publicKey: 42 as unknown as string }]], { ok: false, reason: 'no-trusted-key' }],
  ['malformed signature wins over no keys', () => [bytes, 'abc', []], { ok: false, reason: 'malformed-signature' }],
];

describe('verifyListSignature', () => {
  it.each(cases)('%s', async (_name, make, expected) => {
    expect(await verifyListSignature(...make())).toEqual(expected);
  });

  it('verifies an empty list body', async () => {
    const empty = new Uint8Array(0);
    const sig = await signBytes(empty, key.privateKey);
    expect(await verifyListSignature(empty, sig, [{ id: 'k1', publicKey: key.publicKey }])).toEqual({ ok: true, keyId: 'k1' });
  });
});

describe('decodeBase64', () => {
  it.each([
    ['AAAA', 3, [0, 0, 0]],
    ['AA==', 1, [0]],
    ['AB==', 1, undefined], // non-zero padding bits: a second spelling of 'AA=='
    ['AA=', 1, undefined],
    ['AA==', 2, undefined],
    ['', 0, []],
  ] as const)('%s (%i bytes)', (text, length, expected) => {
    const decoded = decodeBase64(text, length);
    expect(decoded && [...decoded]).toEqual(expected);
  });
});

describe('sign-list CLI', () => {
  it('keygen then sign produces a signature the public key verifies', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sign-list-'));
    const keyPath = join(dir, 'key.jwk');
    const listPath = join(dir, 'list.json');
    writeFileSync(listPath, bytes);
    const publicKey = await keygen(keyPath);
    await expect(keygen(keyPath)).rejects.toThrow(/refusing to overwrite/);
    const { sigPath, publicKey: printed } = await signFile(listPath, keyPath);
    expect(printed).toBe(publicKey);
    const verdict = await verifyListSignature(bytes, readFileSync(sigPath, 'utf8'), [{ id: 'team', publicKey }]);
    expect(verdict).toEqual({ ok: true, keyId: 'team' });
  });
});

import { describe, expect, it } from 'vitest';
import { checkTrustedKey } from '../../../lib/options/trusted-key-input';

// 32 bytes of base64: 43 characters and one "=" (the last character's low bits must be zero).
const KEY = `${'A'.repeat(42)}E=`;
const OTHER = `${'B'.repeat(42)}E=`;
const existing = [{ id: 'secops-2026', publicKey: OTHER }];

describe('checkTrustedKey', () => {
  it.each([
    { name: 'a new key', input: { id: 'secops-2027', publicKey: KEY } },
    { name: 'surrounding spaces are dropped', input: { id: '  secops-2027 ', publicKey: ` ${KEY}\n` } },
  ])('accepts $name', ({ input }) => {
    expect(checkTrustedKey(input, existing)).toEqual({ ok: true, key: { id: 'secops-2027', publicKey: KEY } });
  });

  it.each([
    { name: 'no name', input: { id: ' ', publicKey: KEY }, field: 'id', message: 'Enter a name' },
    { name: 'a name in use', input: { id: 'secops-2026', publicKey: KEY }, field: 'id', message: 'already trusted' },
    { name: 'a long name', input: { id: 'x'.repeat(101), publicKey: KEY }, field: 'id', message: 'at most 100' },
    { name: 'no key', input: { id: 'k', publicKey: '' }, field: 'publicKey', message: 'Paste' },
    { name: 'a 64-byte signature instead of a key', input: { id: 'k', publicKey: `${'A'.repeat(86)}==` }, field: 'publicKey', message: '32 bytes' },
    { name: 'missing padding', input: { id: 'k', publicKey: `${'A'.repeat(42)}E` }, field: 'publicKey', message: '32 bytes' },
    { name: 'URL-safe base64', input: { id: 'k', publicKey: `${'_'.repeat(42)}E=` }, field: 'publicKey', message: '32 bytes' },
    { name: 'non-zero padding bits', input: { id: 'k', publicKey: `${'A'.repeat(42)}F=` }, field: 'publicKey', message: '32 bytes' },
    { name: 'a key already trusted under another name', input: { id: 'k', publicKey: OTHER }, field: 'publicKey', message: '"secops-2026"' },
  ])('refuses $name', ({ input, field, message }) => {
    const result = checkTrustedKey(input, existing);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[field as 'id' | 'publicKey']).toContain(message);
  });
});

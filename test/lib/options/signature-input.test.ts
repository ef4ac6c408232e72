import { describe, expect, it } from 'vitest';
import { describeSignature, pairSignatureFiles, readSignatureInput } from '../../../lib/options/signature-input';

const SIG = `${'A'.repeat(86)}==`;

describe('readSignatureInput', () => {
  it.each([
    { name: 'empty', text: '', expected: { kind: 'none' } },
    { name: 'only whitespace', text: ' \n\t', expected: { kind: 'none' } },
    { name: 'a signature', text: SIG, expected: { kind: 'ok', signature: SIG } },
    { name: 'a .sig file with a trailing newline', text: `${SIG}\n`, expected: { kind: 'ok', signature: SIG } },
    { name: 'wrapped over lines', text: `${SIG.slice(0, 40)}\r\n${SIG.slice(40)}`, expected: { kind: 'ok', signature: SIG } },
  ])('$name', ({ text, expected }) => {
    expect(readSignatureInput(text)).toEqual(expected);
  });

  it.each([
    { name: 'too short (a public key)', text: `${'A'.repeat(43)}=` },
    { name: 'missing padding', text: 'A'.repeat(86) },
    { name: 'URL-safe alphabet', text: `${'-'.repeat(86)}==` },
    { name: 'not base64 at all', text: 'this is not a signature' },
    { name: 'a whole list pasted by mistake', text: '{"format":"hireproof-signal-list"}' },
  ])('refuses $name', ({ text }) => {
    expect(readSignatureInput(text)).toMatchObject({ kind: 'error', message: expect.stringContaining('64-byte') });
  });
});

describe('pairSignatureFiles', () => {
  const names = (paired: ReturnType<typeof pairSignatureFiles<{ name: string }>>) => ({
    lists: paired.lists.map((l) => (l.signature ? `${l.file.name}+${l.signature.name}` : l.file.name)),
    unpaired: paired.unpaired.map((f) => f.name),
  });
  it.each([
    { files: ['a.json'], lists: ['a.json'], unpaired: [] },
    { files: ['a.json', 'a.json.sig'], lists: ['a.json+a.json.sig'], unpaired: [] },
    { files: ['a.json.sig', 'a.json'], lists: ['a.json+a.json.sig'], unpaired: [] },
    { files: ['a.json', 'a.json.SIG'], lists: ['a.json+a.json.SIG'], unpaired: [] },
    { files: ['a.json', 'b.csv', 'b.csv.sig'], lists: ['a.json', 'b.csv+b.csv.sig'], unpaired: [] },
    { files: ['a.json', 'b.json.sig'], lists: ['a.json'], unpaired: ['b.json.sig'] },
    { files: ['a.sig'], lists: [], unpaired: ['a.sig'] },
  ])('$files', ({ files, lists, unpaired }) => {
    expect(names(pairSignatureFiles(files.map((name) => ({ name }))))).toEqual({ lists, unpaired });
  });
});

describe('describeSignature', () => {
  it.each([
    { status: { state: 'none' as const }, text: 'Not signed.' },
    { status: { state: 'verified' as const, keyId: 'secops-2026' }, text: 'secops-2026' },
    { status: { state: 'failed' as const, reason: 'invalid' as const }, text: 'does not match' },
    { status: { state: 'failed' as const, reason: 'no-trusted-key' as const }, text: 'Trusted keys' },
    { status: { state: 'failed' as const, reason: 'malformed-signature' as const }, text: 'base64' },
  ])('$status.state $status.reason', ({ status, text }) => {
    expect(describeSignature(status)).toContain(text);
  });
});

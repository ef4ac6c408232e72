import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readZip } from '../../../../lib/vision/model/zip-read';
import { writeStoredZip, type ZipEntry } from '../../../../lib/vision/model/zip-write';

const bytes = (...values: number[]) => Uint8Array.from(values);
const text = (s: string) => new TextEncoder().encode(s);

const ENTRY_SETS: [string, ZipEntry[]][] = [
  ['no members', []],
  ['one empty member', [{ name: 'empty.bin', data: new Uint8Array() }]],
  ['one member', [{ name: 'a.txt', data: text('hello') }]],
  ['members in a folder, order kept', [
    { name: 'z/last.bin', data: bytes(9, 8, 7) },
    { name: 'a/first.bin', data: new Uint8Array(1000).fill(0x5a) },
    { name: 'model.tflite', data: bytes(0, 1, 2, 3, 4, 5, 6, 7, 8) },
  ]],
];

describe('writeStoredZip', () => {
  it.each(ENTRY_SETS)('round-trips %s through readZip', (_, entries) => {
    const members = readZip(writeStoredZip(entries));
    expect(members.map((m) => [m.name, m.method, [...m.data]])).toEqual(entries.map((e) => [e.name, 0, [...e.data]]));
  });

  it.each([1, 2, 4, 16, 64, 4096])('aligns every member to %i bytes', (align) => {
    const members = readZip(writeStoredZip(ENTRY_SETS[3]![1], { align }));
    expect(members.map((m) => m.dataOffset % align)).toEqual([0, 0, 0]);
    expect(members.map((m) => m.data.length)).toEqual([3, 1000, 9]);
  });

  it('writes the same bytes for the same input', () => {
    const entries = ENTRY_SETS[3]![1];
    expect(writeStoredZip(entries, { align: 16 })).toEqual(writeStoredZip(entries.map((e) => ({ ...e, data: e.data.slice() })), { align: 16 }));
  });

  it.each<[string, ZipEntry[], object, RegExp]>([
    ['a duplicate name', [{ name: 'a', data: bytes() }, { name: 'a', data: bytes(1) }], {}, /appears twice/],
    ['an absolute path', [{ name: '/etc/passwd', data: bytes() }], {}, /relative path/],
    ['a parent segment', [{ name: 'a/../../b', data: bytes() }], {}, /relative path/],
    ['a backslash', [{ name: 'a\\b', data: bytes() }], {}, /relative path/],
    ['a non-ASCII name', [{ name: 'modèle', data: bytes() }], {}, /printable ASCII/],
    ['an empty name', [{ name: '', data: bytes() }], {}, /relative path/],
    ['alignment 0', [], { align: 0 }, /align must be/],
    ['fractional alignment', [], { align: 1.5 }, /align must be/],
  ])('refuses %s', (_, entries, options, error) => {
    expect(() => writeStoredZip(entries, options)).toThrow(error);
  });

  // Info-ZIP's unzip is an independent reader: it must list and verify what the writer wrote.
  it.skipIf(!existsSync('/usr/bin/unzip'))('passes `unzip -t`', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'zip-write-'));
    try {
      const file = path.join(dir, 'test.zip');
      writeFileSync(file, writeStoredZip(ENTRY_SETS[3]![1], { align: 16 }));
      const out = execFileSync('/usr/bin/unzip', ['-t', file], { encoding: 'utf8' });
      expect(out).toMatch(/No errors detected/);
      expect(out.match(/testing: .* OK/g)).toHaveLength(3);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

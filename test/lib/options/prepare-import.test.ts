import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { listRecordFrom, saveList } from '../../../lib/db/lists-store';
import { canonicalBytes } from '../../../lib/lists/canonical';
import { importList } from '../../../lib/lists/import-list';
import type { SignalList } from '../../../lib/lists/schema';
import { generateSigningKey, signBytes } from '../../../lib/lists/signature';
import { loadStored } from '../../../lib/options/load-stored';
import type { PrepareSource } from '../../../lib/options/list-job-protocol';
import { prepareImport } from '../../../lib/options/prepare-import';
import { listText, metadata, rawList } from '../lists/make-list';
import { useTestDb } from './test-db';

const t = useTestDb();

const source = (text: string, extra: Partial<PrepareSource> = {}): PrepareSource => ({ key: 'k1', name: 'acme.json', content: { text }, origin: { kind: 'paste' }, ...extra });
const parsed = (text: string): SignalList => {
  const result = importList(text);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.list;
};
const entries = (...values: string[]) => values.map((value) => ({ kind: 'email', value }));

async function prepare(sources: PrepareSource[], trustedKeys: Array<{ id: string; publicKey: string }> = []) {
  const stages: string[] = [];
  const result = await prepareImport(sources, { trustedKeys, loadStored: (id) => loadStored(t.db, id), report: (s) => stages.push(s) });
  return { result, stages };
}

describe('prepareImport', () => {
  it('previews a new list: format, metadata, counts, no stored list', async () => {
    const { result, stages } = await prepare([source(listText({ entries: entries('a@x.test', 'b@x.test'), expires: '2026-01-01' }))]);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.lists[0]?.preview).toMatchObject({
      source: 'k1',
      file: 'acme.json',
      format: 'native',
      id: 'acme-fraud',
      title: 'ACME applicant fraud',
      expires: '2026-01-01',
      entryCount: 2,
      filterCount: 0,
      overrideCount: 0,
      signature: { state: 'none' },
    });
    expect(result.lists[0]?.preview.stored).toBeUndefined();
    expect(stages).toEqual(['Checking acme.json…', 'Comparing ACME applicant fraud with the stored list…']);
  });

  it('compares with the stored list of the same id', async () => {
    const old = parsed(listText({ entries: [...entries('keep@x.test', 'gone@x.test'), { kind: 'email', value: 'edit@x.test', note: 'old' }] }));
    await saveList(t.db, listRecordFrom(old, { origin: { kind: 'file' }, importedAt: 1, enabled: 0 }), old.entries, { actor: 'recruiter', at: 1 });
    const next = listText({ title: 'ACME renamed', entries: [...entries('keep@x.test', 'new@x.test'), { kind: 'email', value: 'edit@x.test', note: 'new' }] });
    const { result } = await prepare([source(next)]);
    if (!result.ok) throw new Error('refused');
    expect(result.lists[0]?.preview.stored).toEqual({ title: 'ACME applicant fraud', enabled: false, entryCount: 3, origin: { kind: 'file' } });
    expect(result.lists[0]?.preview.diff).toEqual({
      entries: { added: 1, removed: 1, changed: 1, unchanged: 1 },
      filters: { added: 0, removed: 0, changed: 0, unchanged: 0 },
      weightOverrides: { added: 0, removed: 0, changed: 0, unchanged: 0 },
      metadata: ['title'],
    });
  });

  it.each([
    {
      name: 'a typo in a key',
      text: listText({ entries: [{ kind: 'email', vaule: 'a@x.test' }] }),
      problems: [
        { path: 'entries[0].value', line: 11, message: 'missing required field' },
        { path: 'entries[0].vaule', line: 13, message: 'unknown key "vaule" (did you mean "value"?)' },
      ],
    },
    { name: 'not JSON', text: '{"format": ', problems: [{ path: '', line: 1, message: expect.stringContaining('invalid JSON') }] },
    { name: 'a bad value', text: listText({ entries: [{ kind: 'phone', value: 'call me' }] }), problems: [{ path: 'entries[0].value', line: 13, message: expect.any(String) }] },
  ])('refuses $name with each problem and its place', async ({ text, problems }) => {
    const { result } = await prepare([source(text)]);
    expect(result).toEqual({ ok: false, problems: problems.map((p) => ({ file: 'acme.json', ...p })) });
  });

  it('reads CSV with the metadata given', async () => {
    const { result } = await prepare([source('kind,value\nemail,a@x.test\n', { name: 'team.csv', format: 'csv', metadata })]);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.lists[0]?.preview).toMatchObject({ format: 'csv', id: 'acme-csv', title: 'ACME CSV list', entryCount: 1 });
  });

  it.each([
    { file: 'misp-event.json', format: 'misp', id: 'misp-f39507a7-ba57-493c-83ed-8d1373b839e7' },
    { file: 'stix-bundle.json', format: 'stix', id: expect.stringMatching(/^stix-/) },
  ])('recognises $format from the document itself and counts what it skipped', async ({ file, format, id }) => {
    const text = readFileSync(new URL(`../../fixtures/lists/${file}`, import.meta.url), 'utf8');
    const { result } = await prepare([source(text, { name: file })]);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    const preview = result.lists[0]?.preview;
    expect(preview).toMatchObject({ format, id, file });
    expect(preview?.entryCount).toBeGreaterThan(0);
    // Both fixtures hold types HireProof does not import; the preview says so.
    expect(preview?.warningCount).toBeGreaterThan(0);
  });

  it('names every input refused when several are checked together, and a repeated id in both', async () => {
    const { result } = await prepare([source(listText(), { key: 'a', name: 'a.json' }), source(listText(), { key: 'b', name: 'b.json' })]);
    expect(result).toEqual({
      ok: false,
      problems: [
        { file: 'a.json', path: 'id', message: 'list id "acme-fraud" is also used by b.json' },
        { file: 'b.json', path: 'id', message: 'list id "acme-fraud" is also used by a.json' },
      ],
    });
  });

  it('reads a Blob and refuses one over the size limit without reading it', async () => {
    const ok = await prepare([source('', { content: { blob: new Blob([listText()]) } })]);
    expect(ok.result.ok).toBe(true);
    expect(ok.stages[0]).toMatch(/^Reading acme\.json \(\d+(\.\d)? (bytes|KB)\)…$/);
    const huge = { size: 101 * 1024 * 1024, text: () => Promise.reject(new Error('must not be read')) } as unknown as Blob;
    // The schema would refuse a fake Blob; prepareImport itself only needs size and text().
    const refused = await prepare([source('', { content: { blob: huge } })]);
    expect(refused.result).toEqual({ ok: false, problems: [{ file: 'acme.json', path: '', message: expect.stringContaining('at most 100.0 MB') }] });
  });

  describe('signatures', () => {
    it.each([
      { name: 'verified with a trusted key', sign: 'right', trust: true, expected: { state: 'verified', keyId: 'secops' }, kept: true },
      { name: 'signed with a key that is not trusted', sign: 'other', trust: true, expected: { state: 'failed', reason: 'invalid' }, kept: false },
      { name: 'signed but no key is trusted', sign: 'right', trust: false, expected: { state: 'failed', reason: 'no-trusted-key' }, kept: false },
      { name: 'signed over another list', sign: 'tampered', trust: true, expected: { state: 'failed', reason: 'invalid' }, kept: false },
    ])('$name', async ({ sign, trust, expected, kept }) => {
      const text = listText({ entries: entries('a@x.test') });
      const right = await generateSigningKey();
      const other = await generateSigningKey();
      const signed = sign === 'tampered' ? parsed(listText({ entries: entries('b@x.test') })) : parsed(text);
      const signature = await signBytes(canonicalBytes(signed), sign === 'other' ? other.privateKey : right.privateKey);
      const { result } = await prepare([source(text, { signature })], trust ? [{ id: 'secops', publicKey: right.publicKey }] : []);
      if (!result.ok) throw new Error('refused');
      const [list] = result.lists;
      expect(list?.preview.signature).toEqual(expected);
      expect(list?.signature).toBe(kept ? signature : undefined);
      expect(list?.verifiedBy).toBe(kept ? 'secops' : undefined);
    });
  });

  it('keeps the first warnings and counts them all', async () => {
    const many = rawList({ entries: Array.from({ length: 150 }, () => ({ kind: 'email', value: 'same@x.test' })) });
    const { result } = await prepare([source(JSON.stringify(many))]);
    if (!result.ok) throw new Error('refused');
    expect(result.lists[0]?.preview.warningCount).toBe(result.lists[0]?.preview.warnings.length);
    expect(result.lists[0]?.preview.warningCount).toBeGreaterThan(0);
  });
});

// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ImportSection, type ImportSectionProps } from '../../../components/options/ImportSection';
import { listRecordFrom, loadStoredList, saveList } from '../../../lib/db/lists-store';
import { canonicalBytes } from '../../../lib/lists/canonical';
import { importList } from '../../../lib/lists/import-list';
import { generateSigningKey, signBytes } from '../../../lib/lists/signature';
import { createListJobs } from '../../../lib/options/list-jobs';
import { listText } from '../../lib/lists/make-list';
import { inThreadWorker } from '../../lib/options/in-thread-worker';
import { useTestDb } from '../../lib/options/test-db';

const t = useTestDb();
afterEach(cleanup);

const emails = (...values: string[]) => values.map((value) => ({ kind: 'email', value }));

function setup(overrides: Partial<ImportSectionProps> = {}) {
  const onApplied = vi.fn(async () => {});
  const props: ImportSectionProps = {
    jobs: createListJobs(() => inThreadWorker(t.db)),
    trustedKeys: [],
    subscriptionsLocked: false,
    download: vi.fn(async () => ({ blob: new Blob([listText()]) })),
    onApplied,
    now: () => Date.parse('2026-11-24T12:00:00Z'),
    today: () => '2026-11-24',
    ...overrides,
  };
  render(<ImportSection {...props} />);
  return { onApplied, props };
}

async function paste(text: string) {
  fireEvent.change(screen.getByLabelText(/A list in the HireProof format/), { target: { value: text } });
  await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Use pasted text' })));
}

async function check() {
  await act(async () => fireEvent.click(screen.getByRole('button', { name: /^Check / })));
  await screen.findByRole('heading', { name: /^(Preview|Not imported)$/ });
}

async function storeExisting(entries: Array<Record<string, string>>, enabled: 0 | 1 = 1) {
  const parsed = importList(listText({ entries }));
  if (!parsed.ok) throw new Error('refused');
  await saveList(t.db, listRecordFrom(parsed.list, { origin: { kind: 'file' }, importedAt: 1, enabled }), parsed.list.entries, { actor: 'recruiter', at: 1 });
}

describe('ImportSection', () => {
  it('paste, check, preview a new list, apply: stored and reported', async () => {
    const { onApplied } = setup();
    await paste(listText({ entries: emails('a@x.test', 'b@x.test') }));
    expect(screen.getByRole('heading', { name: 'Review before checking' })).toBeTruthy();
    await check();
    expect(screen.getByTestId('entry-count').textContent).toBe('2 entries');
    expect(screen.getByTestId('new-list').textContent).toContain('A new list');
    expect(await t.db.lists.count()).toBe(0);
    await act(async () => fireEvent.click(screen.getByRole('button', { name: /^Apply/ })));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Stored “ACME applicant fraud” (2 entries).'));
    expect(await t.db.lists.get('acme-fraud')).toMatchObject({ entryCount: 2, enabled: 1, origin: { kind: 'paste' } });
    expect(onApplied).toHaveBeenCalledExactlyOnceWith([{ id: 'acme-fraud', title: 'ACME applicant fraud', entryCount: 2 }], undefined);
  });

  it.each([
    {
      name: 'added, removed and changed entries',
      stored: [...emails('keep@x.test', 'gone@x.test'), { kind: 'email', value: 'edit@x.test', note: 'old' }],
      next: [...emails('keep@x.test', 'new1@x.test', 'new2@x.test'), { kind: 'email', value: 'edit@x.test', note: 'new' }],
      counts: { added: '2', removed: '1', changed: '1' },
    },
    { name: 'no change', stored: emails('a@x.test'), next: emails('a@x.test'), counts: { added: '0', removed: '0', changed: '0' } },
  ])('replacing a stored list previews $name, and applying keeps it off', async ({ stored, next, counts }) => {
    await storeExisting(stored, 0);
    setup();
    await paste(listText({ entries: next }));
    await check();
    expect(screen.getByText(/Replaces the stored list “ACME applicant fraud”/).textContent).toContain('It stays off.');
    expect({
      added: screen.getByTestId('entries-added').textContent,
      removed: screen.getByTestId('entries-removed').textContent,
      changed: screen.getByTestId('entries-changed').textContent,
    }).toEqual(counts);
    await act(async () => fireEvent.click(screen.getByRole('button', { name: /^Apply/ })));
    await waitFor(async () => expect((await t.db.lists.get('acme-fraud'))?.importedAt).not.toBe(1));
    expect((await t.db.lists.get('acme-fraud'))?.enabled).toBe(0);
  });

  it('a refused list shows every problem with its place and stores nothing; Back keeps the input', async () => {
    await storeExisting(emails('a@x.test'));
    setup();
    await paste(listText({ entries: [{ kind: 'email', vaule: 'x@x.test' }, { kind: 'phone', value: 'call me' }] }));
    await check();
    const problems = screen.getAllByRole('listitem').map((li) => li.textContent);
    expect(problems).toEqual([
      'Pasted text, line 11, entries[0].value: missing required field',
      'Pasted text, line 13, entries[0].vaule: unknown key "vaule" (did you mean "value"?)',
      expect.stringMatching(/^Pasted text, line 17, entries\[1\]\.value: not a phone number/),
    ]);
    expect(screen.getByText(/3 problems found\. Nothing was stored/)).toBeTruthy();
    expect((await loadStoredList(t.db, 'acme-fraud'))?.entries).toEqual(emails('a@x.test'));
    fireEvent.click(screen.getByRole('button', { name: 'Back' }));
    expect(screen.getByRole('heading', { name: 'Review before checking' })).toBeTruthy();
    expect(screen.getByText('Pasted text')).toBeTruthy();
  });

  it('when the background cannot be told, the list is still stored and the page says both', async () => {
    setup({ onApplied: vi.fn(async () => Promise.reject(new Error('the change was saved, but open candidate pages may show the previous lists'))) });
    await paste(listText({ entries: emails('a@x.test') }));
    await check();
    await act(async () => fireEvent.click(screen.getByRole('button', { name: /^Apply/ })));
    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toBe('Stored “ACME applicant fraud” (1 entry). The change was saved, but open candidate pages may show the previous lists'),
    );
    expect(await t.db.lists.count()).toBe(1);
  });

  it('Cancel on the preview stores nothing', async () => {
    setup();
    await paste(listText());
    await check();
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.getByRole('heading', { name: 'Choose what to import' })).toBeTruthy();
    expect(await t.db.lists.count()).toBe(0);
  });

  it('CSV asks for the list details, then imports with them', async () => {
    setup();
    await paste('kind,value\nemail,a@x.test\n');
    const details = screen.getByRole('group', { name: 'Details for the CSV list Pasted text' });
    const check = screen.getByRole('button', { name: 'Check the list' }) as HTMLButtonElement;
    // The author is the person's to give: checking waits for it.
    expect(check.disabled).toBe(true);
    fireEvent.change(within(details).getByLabelText('Author'), { target: { value: 'Talent security' } });
    fireEvent.change(within(details).getByLabelText('List id'), { target: { value: 'team-csv' } });
    expect(check.disabled).toBe(false);
    await act(async () => fireEvent.click(check));
    await screen.findByRole('heading', { name: 'Preview' });
    expect(screen.getByText(/Pasted text \(CSV\)/)).toBeTruthy();
    expect(screen.getByRole('article').getAttribute('data-list-id')).toBe('team-csv');
  });

  it.each([
    { name: 'verified', trust: 'right', status: 'Signature verified with the trusted key “secops”.', canApply: true },
    { name: 'not verified', trust: 'other', status: 'The signature does not match', canApply: false },
  ])('a pasted signature that is $name', async ({ trust, status, canApply }) => {
    const text = listText({ entries: emails('a@x.test') });
    const parsed = importList(text);
    if (!parsed.ok) throw new Error('refused');
    const right = await generateSigningKey();
    const other = await generateSigningKey();
    const signature = await signBytes(canonicalBytes(parsed.list), right.privateKey);
    setup({ trustedKeys: [{ id: 'secops', publicKey: trust === 'right' ? right.publicKey : other.publicKey }] });
    await paste(text);
    fireEvent.change(screen.getByLabelText('Paste the signature (base64)'), { target: { value: signature } });
    await check();
    expect(screen.getByTestId('signature-status').textContent).toContain(status);
    expect((screen.getByRole('button', { name: /^Apply/ }) as HTMLButtonElement).disabled).toBe(!canApply);
  });

  it('a malformed signature is reported before checking', async () => {
    setup();
    await paste(listText());
    fireEvent.change(screen.getByLabelText('Paste the signature (base64)'), { target: { value: 'not base64!' } });
    expect(screen.getByRole('alert').textContent).toContain('Not a list signature');
    expect((screen.getByRole('button', { name: 'Check the list' }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('files: a list and its .sig are paired; a file over 100 MB is refused before reading', async () => {
    setup();
    const huge = new File(['x'], 'huge.json');
    Object.defineProperty(huge, 'size', { value: 150 * 1024 * 1024 });
    const files = [new File([listText()], 'acme.json'), new File([`${'A'.repeat(86)}==\n`], 'acme.json.sig'), huge];
    const input = screen.getByLabelText(/Choose list files/) as HTMLInputElement;
    Object.defineProperty(input, 'files', { value: files, configurable: true });
    await act(async () => fireEvent.change(input));
    await screen.findByRole('heading', { name: 'Review before checking' });
    expect(screen.getByText('Signature from acme.json.sig.')).toBeTruthy();
    expect(screen.getByRole('alert').textContent).toMatch(/These inputs are left out:.*huge\.json is 150\.0 MB; HireProof imports lists of at most 100\.0 MB/);
  });

  it('a URL download that is refused shows why and stays on the first step', async () => {
    setup({ download: vi.fn(async () => Promise.reject(new Error('HireProof needs your permission to download from lists.example.'))) });
    fireEvent.change(screen.getByLabelText('List address'), { target: { value: 'https://lists.example/a.json' } });
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Download' })));
    expect(screen.getByRole('alert').textContent).toContain('needs your permission');
    expect(screen.getByRole('heading', { name: 'Choose what to import' })).toBeTruthy();
  });

  it('a URL kept refreshed is stored as a subscription list and passed on to be subscribed', async () => {
    const url = 'https://lists.example/a.json';
    const { onApplied, props } = setup();
    fireEvent.change(screen.getByLabelText('List address'), { target: { value: url } });
    fireEvent.click(screen.getByLabelText(/Keep it refreshed/));
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Download' })));
    expect(props.download).toHaveBeenCalledWith(url);
    await check();
    expect(screen.getByText(/Applying also adds the subscription https:\/\/lists\.example\/a\.json/).textContent).toContain('refreshes will fail until this list is signed');
    await act(async () => fireEvent.click(screen.getByRole('button', { name: /^Apply/ })));
    await waitFor(() => expect(onApplied).toHaveBeenCalledWith(expect.any(Array), url));
    expect((await t.db.lists.get('acme-fraud'))?.origin).toEqual({ kind: 'subscription', url });
  });
});

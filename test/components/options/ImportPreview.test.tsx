// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ImportPreview } from '../../../components/options/ImportPreview';
import type { ListPreview } from '../../../lib/options/list-job-protocol';

afterEach(cleanup);

const NOW = Date.parse('2026-11-24T12:00:00Z');
const zero = { added: 0, removed: 0, changed: 0, unchanged: 0 };

function preview(overrides: Partial<ListPreview> = {}): ListPreview {
  return {
    source: 's1',
    file: 'event.json',
    format: 'misp',
    id: 'misp-5f1e0b2a',
    title: 'Fake applicants, Q3',
    author: 'CERT team',
    created: '2026-07-01',
    modified: '2026-09-30',
    references: [],
    entryCount: 1500,
    filterCount: 2,
    overrideCount: 1,
    warnings: [],
    warningCount: 0,
    signature: { state: 'none' },
    ...overrides,
  };
}

describe('ImportPreview', () => {
  it.each([
    { name: 'format and file', preview: preview(), texts: ['event.json (MISP event)', 'CERT team', '1,500 entries', '2, 1', 'created 2026-07-01, modified 2026-09-30', 'Not signed.', 'A new list'] },
    { name: 'an expired list', preview: preview({ expires: '2026-10-01' }), texts: ['expires 2026-10-01', 'Expired'] },
    {
      name: 'counted warnings',
      preview: preview({ warnings: ['skipped 12 attributes of type "url"', 'skipped 3 attributes of type "sha256"'], warningCount: 140 }),
      texts: ['140 warnings', 'skipped 12 attributes of type "url"', 'and 138 more'],
    },
    {
      name: 'a replacement',
      preview: preview({
        stored: { title: 'Fake applicants, Q2', enabled: true, entryCount: 1400, origin: { kind: 'file' } },
        diff: { entries: { added: 150, removed: 50, changed: 7, unchanged: 1343 }, filters: { ...zero, added: 2 }, weightOverrides: { ...zero, changed: 1 }, metadata: ['title', 'modified'] },
      }),
      texts: ['Replaces the stored list “Fake applicants, Q2” (1,400 entries, on; imported from a file). It stays on.', 'Details that change: title, modified.'],
    },
  ])('shows $name', ({ preview: p, texts }) => {
    render(<ImportPreview previews={[p]} now={NOW} onApply={vi.fn()} onCancel={vi.fn()} />);
    const card = screen.getByRole('article');
    for (const text of texts) expect(card.textContent).toContain(text);
  });

  it('shows the diff counts per part', () => {
    const p = preview({
      stored: { title: 'Old', enabled: false, entryCount: 1400, origin: { kind: 'paste' } },
      diff: { entries: { added: 150, removed: 50, changed: 7, unchanged: 1343 }, filters: { ...zero, added: 2 }, weightOverrides: { ...zero, changed: 1 }, metadata: [] },
    });
    render(<ImportPreview previews={[p]} now={NOW} onApply={vi.fn()} onCancel={vi.fn()} />);
    const cells = Object.fromEntries(
      ['entries', 'filters', 'overrides'].flatMap((part) => ['added', 'removed', 'changed'].map((k) => [`${part}-${k}`, screen.getByTestId(`${part}-${k}`).textContent])),
    );
    expect(cells).toEqual({
      'entries-added': '150', 'entries-removed': '50', 'entries-changed': '7',
      'filters-added': '2', 'filters-removed': '0', 'filters-changed': '0',
      'overrides-added': '0', 'overrides-removed': '0', 'overrides-changed': '1',
    });
  });

  it.each([
    { name: 'unsigned', signature: { state: 'none' as const }, canApply: true },
    { name: 'verified', signature: { state: 'verified' as const, keyId: 'secops' }, canApply: true },
    { name: 'failing', signature: { state: 'failed' as const, reason: 'invalid' as const }, canApply: false },
  ])('a $name list can be applied: $canApply', ({ signature, canApply }) => {
    const onApply = vi.fn();
    render(<ImportPreview previews={[preview({ signature })]} now={NOW} onApply={onApply} onCancel={vi.fn()} />);
    fireEvent.click(screen.getByRole('button', { name: /^Apply/ }));
    expect(onApply).toHaveBeenCalledTimes(canApply ? 1 : 0);
    expect(screen.queryByRole('alert') !== null).toBe(!canApply);
  });

  it('several lists: one card each, one Apply for all', () => {
    render(<ImportPreview previews={[preview(), preview({ source: 's2', id: 'other', title: 'Other' })]} now={NOW} onApply={vi.fn()} onCancel={vi.fn()} />);
    expect(screen.getAllByRole('article')).toHaveLength(2);
    expect(screen.getByRole('button', { name: 'Apply: store these 2 lists' })).toBeTruthy();
  });
});

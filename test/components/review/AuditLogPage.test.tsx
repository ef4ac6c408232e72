// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AuditLogPage } from '../../../components/review/AuditLogPage';
import { openDatabase, type HireProofDb } from '../../../lib/db/database';
import type { AuditRecord } from '../../../lib/db/records';
import { createReviewExports } from '../../../lib/review/export-actions';
import { loadAuditPage } from '../../../lib/review/load-audit-page';

let db: HireProofDb;
let n = 0;
let saved: string[];
const NOW = new Date(2026, 10, 20, 12).getTime();
const day = (d: number) => new Date(2026, 10, d, 9).getTime();

beforeEach(async () => {
  db = openDatabase(`audit-page-${n++}`);
  saved = [];
  // 250 views of c1 over days 1-10, one hostile flag reason, and a queue export.
  await db.auditLog.bulkAdd([
    ...Array.from({ length: 250 }, (_, i): AuditRecord => ({ at: day(1 + (i % 10)) + i, action: 'case-viewed', candidateId: 'c1', actor: 'reviewer', detail: {} })),
    { at: day(11), action: 'flagged-for-review', candidateId: 'c2', actor: 'recruiter', detail: { reason: '<img src=x onerror=alert(1)>' } },
    { at: day(12), action: 'queue-exported', candidateId: '', actor: 'reviewer', detail: { rows: 4 } },
  ]);
});
afterEach(async () => {
  cleanup();
  db.close();
  await db.delete();
});

function renderPage() {
  const exports = createReviewExports(db, { now: () => NOW, download: (fileName) => saved.push(fileName), reviewerName: () => '' });
  return render(
    <AuditLogPage loadPage={(filter, after) => loadAuditPage(db, filter, after ? { after } : {})} countAll={() => db.auditLog.count()} exportLog={exports.auditLog} settleMs={0} />,
  );
}
const status = () => screen.getByTestId('audit-page-status').textContent;
const rows = () => within(screen.getByRole('table')).getAllByRole('row').slice(1);

describe('AuditLogPage', () => {
  it('lists the newest entries first, a page at a time, and says how many the log holds', async () => {
    renderPage();
    expect(document.activeElement).toBe(screen.getByRole('heading', { level: 1, name: 'Audit log' }));
    await waitFor(() => expect(status()).toBe('Page 1: 100 entries.'));
    expect(screen.getByText(/252 entries in all/)).toBeTruthy();
    expect(rows()[0]?.textContent).toContain('Review queue exported as CSV');
    expect(rows()[0]?.textContent).toContain('Not about one applicant');
    expect(rows()[1]?.textContent).toContain('<img src=x onerror=alert(1)>');
    expect(document.querySelector('img')).toBeNull();
    expect(within(rows()[1]!).getByRole('link', { name: 'c2' }).getAttribute('href')).toBe('#/case/c2');
  });

  it('Older and Newer page through the log; at either end the button stays focusable but does nothing', async () => {
    renderPage();
    await waitFor(() => expect(status()).toBe('Page 1: 100 entries.'));
    const newer = screen.getByRole('button', { name: 'Newer entries' });
    const older = screen.getByRole('button', { name: 'Older entries' });
    expect(newer.getAttribute('aria-disabled')).toBe('true');
    const firstOfPage1 = rows()[0]?.textContent;
    fireEvent.click(older);
    await waitFor(() => expect(status()).toBe('Page 2: 100 entries.'));
    fireEvent.click(older);
    await waitFor(() => expect(status()).toBe('Page 3: 52 entries.'));
    expect(older.getAttribute('aria-disabled')).toBe('true');
    fireEvent.click(older);
    expect(status()).toBe('Page 3: 52 entries.');
    older.focus();
    expect(document.activeElement).toBe(older);
    fireEvent.click(newer);
    await waitFor(() => expect(status()).toBe('Page 2: 100 entries.'));
    fireEvent.click(newer);
    await waitFor(() => expect(status()).toBe('Page 1: 100 entries.'));
    expect(rows()[0]?.textContent).toBe(firstOfPage1);
  });

  it.each([
    { label: 'Action', value: 'flagged-for-review', expected: 'Page 1: 1 entry.' },
    { label: 'By', value: 'recruiter', expected: 'Page 1: 1 entry.' },
    { label: 'Candidate id', value: 'c2', expected: 'Page 1: 1 entry.' },
    { label: 'Candidate id', value: 'nobody', expected: 'No entry matches these filters.' },
    { label: 'From', value: '2026-11-12', expected: 'Page 1: 1 entry.' },
    { label: 'Until', value: '2026-11-01', expected: 'Page 1: 25 entries.' },
  ])('filters by $label = $value', async ({ label, value, expected }) => {
    renderPage();
    await waitFor(() => expect(status()).toBe('Page 1: 100 entries.'));
    fireEvent.change(screen.getByLabelText(label), { target: { value } });
    await waitFor(() => expect(status()).toBe(expected));
    fireEvent.click(screen.getByRole('button', { name: 'Clear the filter' }));
    await waitFor(() => expect(status()).toBe('Page 1: 100 entries.'));
  });

  it('exports every matching entry (not only the page), audits it, and viewing wrote nothing', async () => {
    renderPage();
    await waitFor(() => expect(status()).toBe('Page 1: 100 entries.'));
    expect(await db.auditLog.count()).toBe(252);
    fireEvent.change(screen.getByLabelText('Action'), { target: { value: 'case-viewed' } });
    await waitFor(() => expect(status()).toBe('Page 1: 100 entries.'));
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Export JSON' }));
    });
    // The export reads 250 entries in slices: give it time on a busy machine (this is not a timing test).
    await waitFor(() => expect(screen.getByText(/^Saved hireproof-audit-log-.*\.json \(250 entries\)\.$/)).toBeTruthy(), { timeout: 10_000 });
    expect(saved).toEqual([expect.stringMatching(/\.json$/)]);
    const last = await db.auditLog.orderBy('id').last();
    expect(last).toMatchObject({ action: 'audit-exported', candidateId: '', detail: { format: 'json', rows: 250, filter: 'action=case-viewed' } });
  });

  it('says so when the log cannot be read', async () => {
    render(<AuditLogPage loadPage={() => Promise.reject(new Error('disk gone'))} countAll={() => Promise.resolve(0)} exportLog={() => Promise.reject(new Error('no'))} settleMs={0} />);
    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe('The audit log could not be read: disk gone'));
  });
});

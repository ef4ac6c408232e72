// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { QueuePage, type QueuePageProps } from '../../../components/review/QueuePage';
import type { ReviewExports } from '../../../lib/review/export-actions';
import { NO_FILTER, type QueueFilter } from '../../../lib/review/filter-queue';
import type { QueueData } from '../../../lib/review/load-queue';
import { DEFAULT_SORT, type QueueSort } from '../../../lib/review/sort-queue';
import { makeRow } from '../../lib/review/queue-rows';

afterEach(cleanup);

// 1,000 applicants, scores 1000 down to 1, so the default order (score, high first) is the id order.
const data: QueueData = {
  rows: Array.from({ length: 1000 }, (_, i) =>
    makeRow({ candidateId: `c${i}`, names: [`Applicant ${i}`], score: 1000 - i, hits: i % 2 === 0 ? ['reused-phone'] : [] }),
  ),
  signalTitles: new Map([['reused-phone', 'Phone shared with another applicant']]),
  complete: true,
};

function Harness({ onOpen, initialSelected, exports, rows = data }: { onOpen: (id: string) => void; initialSelected?: string; exports?: QueuePageProps['exports']; rows?: QueueData }) {
  const [filter, setFilter] = useState<QueueFilter>(NO_FILTER);
  const [sort, setSort] = useState<QueueSort>(DEFAULT_SORT);
  const [selectedId, setSelectedId] = useState<string | undefined>(initialSelected);
  return (
    <QueuePage
      queue={{ status: 'ready', data: rows }}
      filter={filter}
      onFilterChange={setFilter}
      sort={sort}
      onSortChange={setSort}
      selectedId={selectedId}
      onSelect={setSelectedId}
      onOpen={onOpen}
      fallbackViewportHeight={560}
      {...(exports ? { exports } : {})}
    />
  );
}

const list = () => screen.getByRole('listbox', { name: 'Applicants to review' });
const selected = () => within(list()).queryAllByRole('option', { selected: true });
const activeText = () => {
  const id = list().getAttribute('aria-activedescendant');
  return id ? document.getElementById(id)?.textContent : undefined;
};

describe('QueuePage keyboard navigation', () => {
  it('renders only a window of the rows, each saying where it sits in the whole', () => {
    render(<Harness onOpen={vi.fn()} />);
    const options = within(list()).getAllByRole('option');
    expect(options.length).toBeLessThan(30);
    expect(options[0]!.getAttribute('aria-posinset')).toBe('1');
    expect(options[0]!.getAttribute('aria-setsize')).toBe('1000');
    expect(screen.getByTestId('queue-count').textContent).toContain('1,000 applicants to review');
  });

  it.each([
    { keys: [], selected: 'Applicant 0' },
    { keys: ['ArrowDown'], selected: 'Applicant 1' },
    { keys: ['ArrowDown', 'ArrowDown', 'ArrowUp'], selected: 'Applicant 1' },
    { keys: ['ArrowUp'], selected: 'Applicant 0' },
    { keys: ['End'], selected: 'Applicant 999' },
    { keys: ['End', 'Home'], selected: 'Applicant 0' },
    // 560 px of 56 px rows: a page is 9 rows.
    { keys: ['PageDown'], selected: 'Applicant 9' },
    { keys: ['PageDown', 'PageDown', 'PageUp'], selected: 'Applicant 9' },
  ])('focus, then $keys selects $selected and keeps it rendered and active', ({ keys, selected: name }) => {
    render(<Harness onOpen={vi.fn()} />);
    // Focus with nothing selected selects the first row.
    act(() => list().focus());
    for (const key of keys) fireEvent.keyDown(list(), { key });
    expect(selected().map((o) => o.querySelector('.hp-queue__name')?.textContent)).toEqual([name]);
    expect(activeText()).toContain(name);
  });

  it('Enter opens the selected case; a click opens the clicked one', () => {
    const onOpen = vi.fn();
    render(<Harness onOpen={onOpen} />);
    act(() => list().focus());
    fireEvent.keyDown(list(), { key: 'ArrowDown' });
    fireEvent.keyDown(list(), { key: 'ArrowDown' });
    fireEvent.keyDown(list(), { key: 'Enter' });
    expect(onOpen).toHaveBeenLastCalledWith('c2');
    fireEvent.click(within(list()).getAllByRole('option')[4]!);
    expect(onOpen).toHaveBeenLastCalledWith('c4');
  });

  it('back from a case, the list has focus and the selected row is in view', () => {
    render(<Harness onOpen={vi.fn()} initialSelected="c700" />);
    expect(document.activeElement).toBe(list());
    expect(activeText()).toContain('Applicant 700');
    fireEvent.keyDown(list(), { key: 'ArrowDown' });
    expect(activeText()).toContain('Applicant 701');
  });

  it('filters narrow the list, the keys move within what is shown, and clearing brings everyone back', async () => {
    render(<Harness onOpen={vi.fn()} />);
    await act(async () => {
      fireEvent.change(screen.getByLabelText('Signal hit'), { target: { value: 'reused-phone' } });
    });
    expect(screen.getByTestId('queue-count').textContent).toContain('Showing 500 of 1,000 applicants');
    act(() => list().focus());
    fireEvent.keyDown(list(), { key: 'ArrowDown' });
    expect(activeText()).toContain('Applicant 2');
    await act(async () => {
      fireEvent.change(screen.getByLabelText('Search names and e-mails'), { target: { value: 'applicant 99' } });
    });
    expect(screen.getByTestId('queue-count').textContent).toContain('Showing 5 of 1,000');
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Clear 2 filters' }));
    });
    expect(screen.getByTestId('queue-count').textContent).toContain('1,000 applicants to review');
  });
});

describe('QueuePage states', () => {
  it('the quick first view shows bands while scores and hits are read', () => {
    const first = { rows: [makeRow({ candidateId: 'p', names: ['Pending Person'], score: undefined, band: 'high', pending: true })], signalTitles: new Map(), complete: false };
    render(
      <QueuePage queue={{ status: 'ready', data: first }} filter={NO_FILTER} onFilterChange={vi.fn()} sort={DEFAULT_SORT} onSortChange={vi.fn()} selectedId={undefined} onSelect={vi.fn()} onOpen={vi.fn()} />,
    );
    expect(screen.getByTestId('queue-count').textContent).toContain('Reading scores and signals…');
    const row = within(list()).getByRole('option');
    expect(row.textContent).toContain('High …');
    expect(row.textContent).toContain('Reading…');
  });

  it.each([
    { queue: { status: 'loading' as const }, text: 'Loading the queue…' },
    { queue: { status: 'error' as const, error: 'disk full' }, text: 'The queue could not be read: disk full' },
    { queue: { status: 'ready' as const, data: { rows: [], signalTitles: new Map(), complete: true } }, text: 'Nobody is waiting for review.' },
  ])('$queue.status', ({ queue, text }) => {
    render(
      <QueuePage queue={queue} filter={NO_FILTER} onFilterChange={vi.fn()} sort={DEFAULT_SORT} onSortChange={vi.fn()} selectedId={undefined} onSelect={vi.fn()} onOpen={vi.fn()} />,
    );
    expect(screen.getByText(text)).toBeTruthy();
  });
});

describe('QueuePage exports', () => {
  function fakeExports() {
    const queueCsv = vi.fn<ReviewExports['queueCsv']>(async ({ rows }) => ({ fileName: 'q.csv', count: rows.length }));
    const feedback = vi.fn<ReviewExports['feedback']>(async () => ({ fileName: 'fp.json', count: 2, dropped: 0 }));
    return { queueCsv, feedback };
  }

  it('"Export CSV" exports the rows shown, filtered and sorted, and says what was saved', async () => {
    const exports = fakeExports();
    render(<Harness onOpen={vi.fn()} exports={exports} />);
    await act(async () => {
      fireEvent.change(screen.getByLabelText('Signal hit'), { target: { value: 'reused-phone' } });
      fireEvent.change(screen.getByLabelText('Order'), { target: { value: 'asc' } });
    });
    const button = screen.getByRole('button', { name: 'Export CSV' });
    expect(screen.getByText('The 500 applicants shown, in this order.')).toBeTruthy();
    await act(async () => {
      button.focus();
      fireEvent.click(button);
    });
    const input = exports.queueCsv.mock.calls[0]?.[0];
    expect(input?.rows.length).toBe(500);
    // Ascending by score: the lowest-scored applicant with the hit first.
    expect(input?.rows[0]?.candidateId).toBe('c998');
    expect(input?.filter.signalId).toBe('reused-phone');
    expect(screen.getByText('Saved q.csv (500 rows).')).toBeTruthy();
  });

  it('"Export false-positive feedback" runs and reports; the audit log is linked from the header', async () => {
    const exports = fakeExports();
    render(<Harness onOpen={vi.fn()} exports={exports} />);
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Export false-positive feedback' }));
    });
    expect(exports.feedback).toHaveBeenCalledTimes(1);
    expect(screen.getByText('Saved fp.json (2 false-positive marks).')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Audit log' }).getAttribute('href')).toBe('#/audit');
  });

  it('an export that fails says why in an alert', async () => {
    const exports = { ...fakeExports(), queueCsv: vi.fn<ReviewExports['queueCsv']>(async () => Promise.reject(new Error('The export could not be written to the audit log, so no file was made (quota).'))) };
    render(<Harness onOpen={vi.fn()} exports={exports} />);
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Export CSV' }));
    });
    expect(screen.getByRole('alert').textContent).toContain('no file was made (quota)');
  });

  it('CSV export waits for the full load: the first view has no scores yet', () => {
    const first = { rows: [makeRow({ candidateId: 'p', score: undefined, pending: true })], signalTitles: new Map(), complete: false };
    render(
      <QueuePage queue={{ status: 'ready', data: first }} filter={NO_FILTER} onFilterChange={vi.fn()} sort={DEFAULT_SORT} onSortChange={vi.fn()} selectedId={undefined} onSelect={vi.fn()} onOpen={vi.fn()} exports={fakeExports()} />,
    );
    expect((screen.getByRole('button', { name: 'Export CSV' }) as HTMLButtonElement).disabled).toBe(true);
    expect(screen.getByText('Available once scores and signals are read.')).toBeTruthy();
  });
});

describe('QueuePage count', () => {
  const cases: Array<[number, string]> = [
    [1, '1 applicant to review'],
    [2, '2 applicants to review'],
    [1000, '1,000 applicants to review'],
  ];
  it.each(cases)('%i stored: "%s"', (count, text) => {
    render(<Harness onOpen={vi.fn()} rows={{ ...data, rows: data.rows.slice(0, count) }} />);
    expect(screen.getByTestId('queue-count').textContent).toContain(text);
  });
});

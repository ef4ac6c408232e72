// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ExportButton } from '../../../components/review/ExportButton';
import type { ExportProgress } from '../../../lib/review/export-actions';
import { SLOW_AFTER_MS } from '../../../lib/review/use-export-task';

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

/** A promise the test settles, with the progress callback the export was given. */
function deferred() {
  let resolve!: (text: string) => void;
  let reject!: (e: Error) => void;
  let report!: (p: ExportProgress) => void;
  const onExport = vi.fn(
    (onProgress: (p: ExportProgress) => void) =>
      new Promise<string>((res, rej) => {
        resolve = res;
        reject = rej;
        report = onProgress;
      }),
  );
  return { onExport, resolve: (t: string) => resolve(t), reject: (e: Error) => reject(e), report: (p: ExportProgress) => report(p) };
}

describe('ExportButton', () => {
  it('is a native button; Enter or a click runs the export once, and then says what was saved', async () => {
    const task = deferred();
    render(<ExportButton label="Export CSV" unit="rows" onExport={task.onExport} hint="The 3 applicants shown." />);
    const button = screen.getByRole('button', { name: 'Export CSV' });
    expect(button.getAttribute('aria-describedby')).toBeTruthy();
    expect(document.getElementById(button.getAttribute('aria-describedby')!)?.textContent).toBe('The 3 applicants shown.');
    fireEvent.click(button);
    fireEvent.click(button);
    expect(task.onExport).toHaveBeenCalledTimes(1);
    expect(button.getAttribute('aria-disabled')).toBe('true');
    expect(button.textContent).toBe('Export CSV…');
    await act(async () => task.resolve('Saved q.csv (3 rows).'));
    expect(screen.getByRole('status').textContent).toBe('Saved q.csv (3 rows).');
    expect(button.getAttribute('aria-disabled')).toBeNull();
  });

  it('a slow export shows its progress; a quick one never flashes it', async () => {
    vi.useFakeTimers();
    const task = deferred();
    render(<ExportButton label="Export CSV" unit="rows" onExport={task.onExport} />);
    fireEvent.click(screen.getByRole('button'));
    act(() => task.report({ done: 500, total: 100_000 }));
    expect(screen.queryByRole('progressbar')).toBeNull();
    act(() => vi.advanceTimersByTime(SLOW_AFTER_MS));
    act(() => task.report({ done: 40_000, total: 100_000 }));
    const bar = screen.getByRole('progressbar');
    expect(bar.getAttribute('value')).toBe('40000');
    expect(bar.getAttribute('max')).toBe('100000');
    expect(screen.getByRole('status').textContent).toContain('40,000 of 100,000 rows…');
    await act(async () => task.resolve('Saved.'));
    expect(screen.queryByRole('progressbar')).toBeNull();
  });

  it('a failure is announced as an alert with the reason, and the button works again', async () => {
    const task = deferred();
    render(<ExportButton label="Export report" unit="parts" onExport={task.onExport} />);
    fireEvent.click(screen.getByRole('button'));
    await act(async () => task.reject(new Error('The export could not be written to the audit log, so no file was made (disk full).')));
    expect(screen.getByRole('alert').textContent).toContain('so no file was made (disk full)');
    fireEvent.click(screen.getByRole('button', { name: 'Export report' }));
    expect(task.onExport).toHaveBeenCalledTimes(2);
  });

  it('disabled says why beside it', () => {
    render(<ExportButton label="Export CSV" unit="rows" onExport={vi.fn()} disabled hint="Available once scores and signals are read." />);
    expect((screen.getByRole('button') as HTMLButtonElement).disabled).toBe(true);
    expect(screen.getByText('Available once scores and signals are read.')).toBeTruthy();
  });
});

// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SignalList } from '../../components/SignalList';
import type { SignalResult } from '../../lib/risk/assessment';
import { accountAgeSkipped, disposableEmailHit, listMatchClean, voipPhoneFalsePositive } from './sample-assessment';

afterEach(cleanup);

const headings = () => screen.queryAllByRole('heading', { level: 3 }).map((h) => h.textContent);

describe('SignalList', () => {
  it.each<{ results: SignalResult[]; expected: string[] }>([
    { results: [accountAgeSkipped, listMatchClean, disposableEmailHit], expected: ['Hits (1)', 'Clean (1)', 'Skipped (1)'] },
    { results: [listMatchClean], expected: ['Clean (1)'] },
    { results: [accountAgeSkipped, voipPhoneFalsePositive], expected: ['Hits (1)', 'Skipped (1)'] },
  ])('shows only non-empty groups in order: $expected', ({ results, expected }) => {
    render(<SignalList results={results} onSetFalsePositive={vi.fn()} />);
    expect(headings()).toEqual(expected);
  });

  it('says so when no checks ran', () => {
    render(<SignalList results={[]} onSetFalsePositive={vi.fn()} />);
    expect(screen.getByText('No checks have run for this candidate yet.')).toBeTruthy();
  });
});

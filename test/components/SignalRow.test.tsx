// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SignalRow } from '../../components/SignalRow';
import type { SignalResult } from '../../lib/risk/assessment';
import {
  HOSTILE_MARKUP,
  accountAgeSkipped,
  disposableEmailHit,
  listMatchClean,
  voipPhoneFalsePositive,
} from './sample-assessment';

afterEach(cleanup);

function renderRow(result: SignalResult) {
  const onSetFalsePositive = vi.fn();
  const view = render(
    <ul>
      <SignalRow result={result} onSetFalsePositive={onSetFalsePositive} />
    </ul>,
  );
  return { ...view, onSetFalsePositive };
}

describe('SignalRow', () => {
  it.each([
    { result: disposableEmailHit, status: 'Hit', button: 'Mark as false positive' },
    { result: voipPhoneFalsePositive, status: 'Hit', button: 'Undo false positive' },
    { result: listMatchClean, status: 'Clean', button: null },
    { result: accountAgeSkipped, status: 'Skipped', button: null },
  ])('$result.signalId shows status $status as icon label and text', ({ result, status, button }) => {
    renderRow(result);
    expect(screen.getByRole('img', { name: status })).toBeTruthy();
    expect(screen.getByText(status)).toBeTruthy();
    expect(screen.getByRole('heading', { name: new RegExp(result.title) })).toBeTruthy();
    if (button === null) expect(screen.queryByRole('button')).toBeNull();
    else expect(screen.getByRole('button', { name: button })).toBeTruthy();
  });

  it.each([
    { result: disposableEmailHit, expected: true },
    { result: voipPhoneFalsePositive, expected: false },
  ])('toggle on $result.signalId calls back with (id, $expected)', ({ result, expected }) => {
    const { onSetFalsePositive } = renderRow(result);
    fireEvent.click(screen.getByRole('button'));
    expect(onSetFalsePositive).toHaveBeenCalledExactlyOnceWith(result.signalId, expected);
  });

  it('shows evidence text and the points a counted hit adds', () => {
    renderRow(disposableEmailHit);
    expect(screen.getByText('jdoe.dev@mailinator.com uses a disposable mail provider (mailinator.com).')).toBeTruthy();
    expect(screen.getByText(/adds 22 points/)).toBeTruthy();
  });

  it('a false-positive hit is struck through and marked "(not counted)"', () => {
    const { container } = renderRow(voipPhoneFalsePositive);
    expect(screen.getByText('(not counted)', { exact: false })).toBeTruthy();
    expect(container.querySelector('s')?.textContent).toBe('Phone number is VoIP');
    expect(container.querySelector('.hp-signal--not-counted')).not.toBeNull();
    expect(screen.queryByText(/adds .* points/)).toBeNull();
  });

  it('a skipped check shows why, and never says Clean', () => {
    renderRow(accountAgeSkipped);
    expect(screen.getByText('Skipped: No account creation date on the pages seen so far.')).toBeTruthy();
    expect(screen.queryByText('Clean')).toBeNull();
  });

  it('renders hostile title and evidence as text', () => {
    const { container } = renderRow({
      ...disposableEmailHit,
      title: HOSTILE_MARKUP,
      evidence: [{ messageId: 'x', data: {}, text: HOSTILE_MARKUP }],
    });
    expect(container.querySelector('img')).toBeNull();
    expect(screen.getByRole('heading').textContent).toBe(HOSTILE_MARKUP);
    expect(screen.getByText(HOSTILE_MARKUP, { selector: 'li' })).toBeTruthy();
  });
});

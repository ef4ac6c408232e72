// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { WorkProgress } from '../../../components/options/WorkProgress';

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('WorkProgress', () => {
  it.each([
    { name: 'while checking', onCancel: vi.fn(), stop: true },
    { name: 'while saving (cannot be stopped)', onCancel: undefined, stop: false },
  ])('$name: the stage is announced, the clock is not', ({ onCancel, stop }) => {
    vi.useFakeTimers({ now: 10_000 });
    render(<WorkProgress stage="Checking bulk.json…" startedAt={10_000} {...(onCancel ? { onCancel } : {})} />);
    expect(screen.getByRole('status').textContent).toBe('Checking bulk.json…');
    act(() => vi.advanceTimersByTime(3_000));
    // The elapsed time moves, outside the live region.
    expect(document.querySelector('.hp-progress__time')?.textContent).toBe('3 s');
    expect(screen.getByRole('status').textContent).toBe('Checking bulk.json…');
    const button = screen.queryByRole('button', { name: 'Stop' });
    expect(button !== null).toBe(stop);
    if (button) {
      fireEvent.click(button);
      expect(onCancel).toHaveBeenCalledOnce();
    }
  });
});

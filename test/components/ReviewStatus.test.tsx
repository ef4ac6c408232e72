// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ReviewStatus } from '../../components/ReviewStatus';

afterEach(cleanup);

describe('ReviewStatus', () => {
  it.each([
    { decision: undefined, text: '' },
    { decision: { state: 'escalated' as const, at: new Date(2026, 0, 5).getTime() }, text: 'HR decision: Escalated to security, 2026-01-05 (the reviewer' },
  ])('decision $decision.state', ({ decision, text }) => {
    render(<ReviewStatus decision={decision} />);
    expect(screen.queryByTestId('hr-decision')?.textContent ?? '').toContain(text);
    expect(screen.queryByRole('link')).toBeNull();
  });

  it('"Open case" opens the case through the callback, not by navigating the frame', () => {
    const onOpenCase = vi.fn();
    render(<ReviewStatus decision={undefined} caseHref="chrome-extension://x/review.html#/case/c1" onOpenCase={onOpenCase} />);
    const link = screen.getByRole('link', { name: 'Open case' });
    expect(link.getAttribute('href')).toBe('chrome-extension://x/review.html#/case/c1');
    const event = new MouseEvent('click', { bubbles: true, cancelable: true });
    fireEvent(link, event);
    expect(event.defaultPrevented).toBe(true);
    expect(onOpenCase).toHaveBeenCalledOnce();
  });
});

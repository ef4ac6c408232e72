// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ScoreBadge } from '../../components/ScoreBadge';
import type { Band } from '../../lib/risk/assessment';

afterEach(cleanup);

describe('ScoreBadge', () => {
  const cases: { score: number; band: Band; sentence: string; label: string }[] = [
    { score: 8, band: 'low', sentence: 'Risk: low (8/100)', label: 'Low risk' },
    { score: 42, band: 'elevated', sentence: 'Risk: elevated (42/100)', label: 'Elevated risk' },
    { score: 74, band: 'high', sentence: 'Risk: high (74/100)', label: 'High risk' },
    { score: 41.6, band: 'elevated', sentence: 'Risk: elevated (42/100)', label: 'Elevated risk' },
    { score: 0, band: 'low', sentence: 'Risk: low (0/100)', label: 'Low risk' },
    { score: 100, band: 'high', sentence: 'Risk: high (100/100)', label: 'High risk' },
  ];

  it.each(cases)('$score/$band reads "$sentence" and "$label" in text', ({ score, band, sentence, label }) => {
    const { container } = render(<ScoreBadge score={score} band={band} />);
    expect(screen.getByText(sentence)).toBeTruthy();
    expect(screen.getByText(label)).toBeTruthy();
    expect(container.querySelector('[data-band]')?.getAttribute('data-band')).toBe(band);
  });

  it('hides the decorative icon and bar from assistive tech', () => {
    const { container } = render(<ScoreBadge score={42} band="elevated" />);
    for (const el of container.querySelectorAll('.hp-score__icon, .hp-score__bar')) {
      expect(el.getAttribute('aria-hidden')).toBe('true');
    }
  });

  it('compact variant is one line with the same sentence', () => {
    render(<ScoreBadge score={74} band="high" compact />);
    expect(screen.getByText('Risk: high (74/100)', { exact: false })).toBeTruthy();
    expect(screen.queryByText('High risk')).toBeNull();
  });
});

// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { Sparkline } from '../../../components/meeting/Sparkline';

afterEach(cleanup);

describe('Sparkline', () => {
  it('is an image described by its label, with the line drawn from the points', () => {
    render(<Sparkline points={[{ t: 0, value: 0 }, { t: 1000, value: 10 }]} startMs={0} endMs={1000} min={-10} max={10} label="Head turn" />);
    const svg = screen.getByRole('img', { name: 'Head turn' });
    expect(svg.querySelector('path')?.getAttribute('d')).toBe('M0 14L160 0');
  });

  it('draws no line without values', () => {
    render(<Sparkline points={[{ t: 0, value: undefined }]} startMs={0} endMs={1000} min={-10} max={10} label="Head turn" />);
    expect(screen.getByRole('img').querySelector('path')).toBeNull();
  });
});

// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { HealthBanner, missingFields } from '../../components/HealthBanner';
import { healthyLinkedIn, linkedInHealth } from './sample-assessment';

afterEach(cleanup);

describe('HealthBanner', () => {
  it.each([
    { skipped: 2, heading: 'LinkedIn layout changed: 2 checks skipped' },
    { skipped: 1, heading: 'LinkedIn layout changed: 1 check skipped' },
    { skipped: 0, heading: 'LinkedIn layout changed: some expected fields were not found' },
  ])('with $skipped skipped checks says "$heading"', ({ skipped, heading }) => {
    render(<HealthBanner health={linkedInHealth} skippedCount={skipped} />);
    expect(screen.getByRole('heading', { name: heading })).toBeTruthy();
  });

  it('lists the missing fields and the adapter problems', () => {
    render(<HealthBanner health={linkedInHealth} skippedCount={2} />);
    expect(screen.getByText('work history')).toBeTruthy();
    expect(screen.getByText('education')).toBeTruthy();
    expect(screen.queryByText('headline')).toBeNull();
    expect(screen.getByText('experience section not found')).toBeTruthy();
  });

  it('renders nothing when every expected field was found', () => {
    const { container } = render(<HealthBanner health={healthyLinkedIn} skippedCount={3} />);
    expect(container.innerHTML).toBe('');
  });

  it.each([
    { expected: ['names', 'emails'] as const, found: ['names'] as const, missing: ['emails'] },
    { expected: ['names'] as const, found: ['names', 'skills'] as const, missing: [] },
    { expected: [] as const, found: [] as const, missing: [] },
  ])('missingFields($expected, $found) = $missing', ({ expected, found, missing }) => {
    expect(missingFields({ ...linkedInHealth, expected: [...expected], found: [...found] })).toEqual(missing);
  });
});

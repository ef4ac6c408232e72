// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { HealthBanner, missingFields, readingNotes } from '../../components/HealthBanner';
import type { AdapterHealth } from '../../lib/candidate/observation';
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

  const calendar: AdapterHealth = {
    adapterId: 'google-calendar', adapterLabel: 'Google Calendar', expected: ['names', 'emails'], found: ['names', 'emails'], problems: [],
  };
  it.each<[string, string[], string[], string[]]>([
    ['an optional field not read', [], ["utcOffsetMinutes: only the organiser's time zone is shown"], ["Time zone: only the organiser's time zone is shown"]],
    ['a problem that names the field itself', [], ['utcOffsetMinutes: time zone not recognised'], ['Time zone not recognised']],
    ['a field read anyway (one bad value of several dropped)', ['utcOffsetMinutes'], ['utcOffsetMinutes: invalid value dropped'], []],
    ['a problem not about a field', [], ['experience section not found'], []],
    ['an unknown field id', [], ['shoeSize: read failed'], []],
    ['nothing to say', [], [], []],
  ])('readingNotes: %s', (_label, extraFound, problems, notes) => {
    expect(readingNotes({ ...calendar, found: [...calendar.found, ...(extraFound as AdapterHealth['found'])], problems })).toEqual(notes);
  });

  it('with every expected field found, shows optional fields not read as a quiet note, not a warning', () => {
    render(<HealthBanner health={{ ...calendar, problems: ["utcOffsetMinutes: only the organiser's time zone is shown"] }} skippedCount={1} />);
    expect(screen.getByRole('heading', { name: 'Not read from this Google Calendar page' })).toBeTruthy();
    expect(screen.getByText("Time zone: only the organiser's time zone is shown")).toBeTruthy();
    expect(screen.queryByText(/layout changed/)).toBeNull();
  });
});

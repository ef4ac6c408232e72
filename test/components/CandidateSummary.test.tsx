// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { CandidateSummary } from '../../components/CandidateSummary';
import { HOSTILE_URL, sampleCandidate } from './sample-assessment';

afterEach(cleanup);

describe('CandidateSummary', () => {
  it('shows name, other names, headline, location and sightings', () => {
    render(<CandidateSummary candidate={sampleCandidate} />);
    expect(screen.getByRole('heading', { name: 'Jordan Doe' })).toBeTruthy();
    expect(screen.getByText('Also seen as: J. Doe')).toBeTruthy();
    expect(screen.getByText('Senior Backend Engineer')).toBeTruthy();
    expect(screen.getByText('Location given: Austin, TX')).toBeTruthy();
    const items = screen.getAllByRole('listitem').map((li) => li.textContent);
    expect(items).toEqual(['Seen on LinkedIn, 2026-11-18', 'Seen on Greenhouse, 2026-11-20']);
  });

  it.each([
    { pageUrl: 'https://app.greenhouse.io/people/123', link: true },
    { pageUrl: 'http://intranet.example/ats/1', link: true },
    { pageUrl: HOSTILE_URL, link: false },
    { pageUrl: 'data:text/html,hi', link: false },
    { pageUrl: 'not a url', link: false },
  ])('pageUrl $pageUrl becomes a link: $link', ({ pageUrl, link }) => {
    const { container } = render(
      <CandidateSummary candidate={{ ...sampleCandidate, sightings: [{ source: 'greenhouse', pageUrl, observedAt: 0 }] }} />,
    );
    const anchors = container.querySelectorAll('a');
    expect(anchors).toHaveLength(link ? 1 : 0);
    if (link) {
      expect(anchors[0]?.getAttribute('rel')).toBe('noopener noreferrer');
    } else {
      expect(screen.getByText(pageUrl)).toBeTruthy();
    }
  });

  it('omits optional parts when absent', () => {
    render(<CandidateSummary candidate={{ ...sampleCandidate, otherNames: [], headline: undefined, location: undefined, sightings: [] }} />);
    expect(screen.queryByText(/Also seen as/)).toBeNull();
    expect(screen.queryByText(/Location given/)).toBeNull();
    expect(screen.queryByRole('list')).toBeNull();
  });
});

// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { RiskPanel, type RiskPanelProps } from '../../components/RiskPanel';
import {
  HOSTILE_MARKUP,
  HOSTILE_URL,
  elevatedAssessment,
  highAssessment,
  lowAssessment,
  sampleCandidate,
} from './sample-assessment';

afterEach(cleanup);

function props(overrides: Partial<RiskPanelProps> = {}): RiskPanelProps {
  return {
    state: 'ready',
    candidate: sampleCandidate,
    assessment: highAssessment,
    notes: [{ id: 'n1', text: 'Asked about the second e-mail address.', createdAt: new Date(2026, 10, 20, 10, 5).getTime() }],
    collapsed: false,
    onToggleCollapsed: vi.fn(),
    onAddNote: vi.fn(),
    onSetFalsePositive: vi.fn(),
    onFlagForReview: vi.fn(),
    ...overrides,
  };
}

const panel = () => screen.getByRole('region', { name: 'HireProof risk panel' });

describe('RiskPanel', () => {
  it.each([
    { state: 'loading' as const, text: 'Loading the assessment…' },
    { state: 'no-candidate' as const, text: 'No candidate on this page. Open a candidate profile to see risk signals.' },
    { state: 'ready' as const, text: 'Risk: high (74/100)' },
  ])('renders the $state state', ({ state, text }) => {
    render(<RiskPanel {...props({ state })} />);
    expect(within(panel()).getByText(text)).toBeTruthy();
    expect(screen.getByRole('heading', { level: 2, name: 'HireProof' })).toBeTruthy();
  });

  it('ready without an assessment says so and still takes notes', () => {
    render(<RiskPanel {...props({ assessment: undefined })} />);
    expect(screen.getByText('This candidate has not been assessed yet.')).toBeTruthy();
    expect(screen.getByLabelText('Add a note')).toBeTruthy();
  });

  it('groups hits first, then clean, then skipped, counted hits before false positives', () => {
    const { container } = render(<RiskPanel {...props()} />);
    const headings = screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent);
    expect(headings.filter((h) => /^(Hits|Clean|Skipped) /.test(h ?? ''))).toEqual(['Hits (3)', 'Clean (2)', 'Skipped (2)']);
    const order = [...container.querySelectorAll('[data-signal-id]')].map((li) => li.getAttribute('data-signal-id'));
    expect(order).toEqual([
      'identity-reuse-email',
      'disposable-email',
      'voip-phone',
      'list-match',
      'timezone-mismatch',
      'young-account',
      'tech-before-release',
    ]);
  });

  it.each([
    { name: 'Mark as false positive', index: 0, call: ['identity-reuse-email', true] },
    { name: 'Undo false positive', index: 0, call: ['voip-phone', false] },
  ])('"$name" calls back with $call', ({ name, index, call }) => {
    const p = props();
    render(<RiskPanel {...p} />);
    const button = screen.getAllByRole('button', { name })[index];
    fireEvent.click(button!);
    expect(p.onSetFalsePositive).toHaveBeenCalledExactlyOnceWith(...call);
  });

  it('shows the health banner from the assessment, counting only the checks the layout cost', () => {
    render(<RiskPanel {...props()} />);
    expect(screen.getByRole('heading', { name: 'LinkedIn layout changed: 1 check skipped' })).toBeTruthy();
  });

  it('shows the explanation lines', () => {
    render(<RiskPanel {...props()} />);
    for (const line of highAssessment.explanation) expect(screen.getByText(line)).toBeTruthy();
  });

  it('shows sightings with http(s) links', () => {
    render(<RiskPanel {...props()} />);
    const link = screen.getByRole('link', { name: 'Greenhouse' });
    expect(link.getAttribute('href')).toBe('https://app.greenhouse.io/people/123');
    expect(link.closest('li')?.textContent).toBe('Seen on Greenhouse, 2026-11-20');
  });

  it('collapses: toggle reports aria-expanded, body hidden, compact score in the header', () => {
    const p = props({ collapsed: true });
    render(<RiskPanel {...p} />);
    const toggle = screen.getByRole('button', { name: 'Expand panel' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    const body = document.getElementById(toggle.getAttribute('aria-controls') ?? '');
    expect(body?.hidden).toBe(true);
    expect(screen.queryByRole('button', { name: 'Mark as false positive' })).toBeNull();
    expect(within(screen.getByRole('banner')).getByText('Risk: high (74/100)', { exact: false })).toBeTruthy();
    fireEvent.click(toggle);
    expect(p.onToggleCollapsed).toHaveBeenCalledOnce();
  });

  it('expanded toggle says Collapse with aria-expanded=true', () => {
    render(<RiskPanel {...props()} />);
    expect(screen.getByRole('button', { name: 'Collapse panel' }).getAttribute('aria-expanded')).toBe('true');
  });

  it('shows an error in an alert region', () => {
    render(<RiskPanel {...props({ error: 'Could not read the database.' })} />);
    expect(screen.getByRole('alert').textContent).toBe('Could not read the database.');
  });

  it('announces score changes in a polite live region', () => {
    const { container, rerender } = render(<RiskPanel {...props({ state: 'loading', assessment: undefined })} />);
    const live = container.querySelector('[aria-live="polite"]');
    expect(live?.textContent).toBe('');
    rerender(<RiskPanel {...props({ assessment: lowAssessment })} />);
    expect(live?.textContent).toBe('Risk score now 0/100, low.');
    rerender(<RiskPanel {...props({ assessment: elevatedAssessment })} />);
    expect(container.querySelector('[aria-live="polite"]')).toBe(live);
    expect(live?.textContent).toBe('Risk score now 42/100, elevated.');
  });

  it('adds a note and flags for review through the callbacks', async () => {
    const p = props();
    render(<RiskPanel {...p} />);
    fireEvent.change(screen.getByLabelText('Add a note'), { target: { value: 'Camera stayed off' } });
    await act(async () => {
      fireEvent.keyDown(screen.getByLabelText('Add a note'), { key: 'Enter', ctrlKey: true });
    });
    expect(p.onAddNote).toHaveBeenCalledWith('Camera stayed off');
    fireEvent.change(screen.getByLabelText('Reason for HR review'), { target: { value: 'Reused e-mail' } });
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Flag for HR review' }));
    });
    expect(p.onFlagForReview).toHaveBeenCalledWith('Reused e-mail');
  });

  it('shows the flagged state', () => {
    render(<RiskPanel {...props({ candidate: { ...sampleCandidate, flaggedForReview: true } })} />);
    expect(screen.getByText('Flagged for HR review', { exact: false })).toBeTruthy();
    expect(screen.queryByLabelText('Reason for HR review')).toBeNull();
  });

  it('renders hostile page text and URLs as text only', () => {
    const hostile = {
      ...sampleCandidate,
      displayName: HOSTILE_MARKUP,
      otherNames: [HOSTILE_MARKUP],
      headline: HOSTILE_MARKUP,
      location: HOSTILE_MARKUP,
      sightings: [
        { source: 'greenhouse', pageUrl: HOSTILE_URL, observedAt: new Date(2026, 10, 20, 9).getTime() },
        { source: HOSTILE_MARKUP, pageUrl: 'data:text/html,<script>alert(1)</script>', observedAt: 0 },
      ],
    };
    const { container } = render(
      <RiskPanel {...props({ candidate: hostile, notes: [{ id: 'x', text: HOSTILE_MARKUP, createdAt: 0 }] })} />,
    );
    expect(container.querySelector('img, script, iframe')).toBeNull();
    expect(screen.getByRole('heading', { name: HOSTILE_MARKUP }).textContent).toBe(HOSTILE_MARKUP);
    for (const a of container.querySelectorAll('a')) expect(a.getAttribute('href')).toMatch(/^https?:/);
    expect(screen.queryByRole('link', { name: 'Greenhouse' })).toBeNull();
    expect(screen.getByText(HOSTILE_URL)).toBeTruthy();
    expect(container.textContent).toContain(`Seen on Greenhouse, 2026-11-20 ${HOSTILE_URL}`);
  });

  it('uses no verdict words anywhere for a high-band assessment', () => {
    const { container } = render(<RiskPanel {...props()} />);
    const attributes = [...container.querySelectorAll('*')].flatMap((el) => [...el.attributes].map((a) => a.value));
    const text = [container.textContent ?? '', ...attributes].join('\n');
    expect(text).toMatch(/High risk/);
    expect(text).not.toMatch(/fraud|fake|scam|liar/i);
  });

  it('every action is a native, focusable control', () => {
    const { container } = render(<RiskPanel {...props()} />);
    expect(container.querySelectorAll('[onclick], [tabindex="-1"], div[role="button"]')).toHaveLength(0);
    const controls = screen.getAllByRole('button');
    expect(controls.length).toBeGreaterThanOrEqual(5);
    for (const control of controls) expect(control.tagName).toBe('BUTTON');
  });
});

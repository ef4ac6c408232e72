// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CandidateLinkView, searchableName, type CandidateLinkViewProps } from '../../../components/meeting/CandidateLinkView';
import type { CandidateLink } from '../../../lib/meeting/candidate-links';
import type { CandidateMatch } from '../../../lib/meeting/record-protocol';

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

const HOSTILE = '<img src=x onerror=alert(1)>Eve';
const MATCHES: CandidateMatch[] = [
  { id: 'c1', displayName: 'Ana Lopez', otherNames: ['Ana L.'], headline: 'Backend engineer', sources: ['LinkedIn'], lastSeenAt: Date.UTC(2026, 10, 20), openInTab: true },
  { id: 'c2', displayName: HOSTILE, otherNames: [], sources: ['Greenhouse'], lastSeenAt: Date.UTC(2026, 9, 1), openInTab: false },
];

function setup(change: Partial<CandidateLinkViewProps> = {}) {
  const props: CandidateLinkViewProps = {
    participantName: 'Ana Lopez (she/her)',
    find: vi.fn(async () => MATCHES),
    onLink: vi.fn(),
    onUnlink: vi.fn(),
    onRetry: vi.fn(),
    ...change,
  };
  render(<CandidateLinkView {...props} />);
  return props;
}

/** Opens the picker and lets the debounced search run. */
async function openPicker() {
  vi.useFakeTimers();
  fireEvent.click(screen.getByRole('button', { name: 'Link to a candidate…' }));
  await act(async () => vi.advanceTimersByTimeAsync(300));
}

const link = (change: Partial<CandidateLink> = {}): CandidateLink => ({
  candidate: { id: 'c1', displayName: 'Ana Lopez' },
  summaryId: 's1',
  participant: { key: 'ana', name: 'Ana Lopez', self: false, screenShare: false, cameraOn: true, media: 'video' },
  saving: false,
  ...change,
});

describe('CandidateLinkView', () => {
  it.each([
    ['Ana Lopez (she/her)', 'Ana Lopez'],
    ['  Dr.  Ben (Guest) Okafor ', 'Dr. Ben Okafor'],
    ['(External)', ''],
  ])('searches "%s" as "%s"', (name, query) => expect(searchableName(name)).toBe(query));

  it('searches by the participant name and offers matches, open tabs marked; page text stays text', async () => {
    const props = setup();
    await openPicker();
    expect(props.find).toHaveBeenCalledWith('Ana Lopez');
    const choices = screen.getAllByRole('button').filter((b) => b.className === 'hp-picker__choice');
    expect(choices.map((c) => c.textContent)).toEqual([expect.stringContaining('Ana LopezOpen in a tab'), expect.stringContaining(HOSTILE)]);
    expect(document.querySelector('img')).toBeNull();
    fireEvent.click(choices[0] as HTMLElement);
    expect(props.onLink).toHaveBeenCalledWith(MATCHES[0]);
    expect(screen.queryByRole('group', { name: 'Link to a stored candidate' })).toBeNull();
  });

  it.each([
    { name: 'no match says how to get the candidate stored', find: async () => [], text: 'No stored candidate matches' },
    { name: 'a failed search says why', find: async () => Promise.reject(new Error('The extension restarted')), text: 'Could not search: The extension restarted' },
  ])('$name', async ({ find, text }) => {
    setup({ find });
    await openPicker();
    expect(screen.getByRole('group', { name: 'Link to a stored candidate' }).textContent).toContain(text);
  });

  it('Escape closes the picker without linking', async () => {
    const props = setup();
    await openPicker();
    fireEvent.keyDown(screen.getByRole('searchbox'), { key: 'Escape' });
    expect(screen.getByRole('button', { name: 'Link to a candidate…' })).toBeTruthy();
    expect(props.onLink).not.toHaveBeenCalled();
  });

  it.each([
    { name: 'waiting for data', link: link(), state: 'waiting', text: 'Linked to Ana Lopez; the summary is saved once something was analysed.' },
    { name: 'saving', link: link({ saving: true }), state: 'saving', text: 'Saving the summary to Ana Lopez…' },
    { name: 'saved', link: link({ savedAt: Date.UTC(2026, 10, 24, 12) }), state: 'saved', text: 'Summary saved to Ana Lopez at' },
    { name: 'failed', link: link({ error: 'This candidate is no longer stored.' }), state: 'error', text: 'Not saved: This candidate is no longer stored.' },
  ])('linked and $name', ({ link: l, state, text }) => {
    setup({ link: l });
    expect(document.querySelector('.hp-link')?.getAttribute('data-link-state')).toBe(state);
    expect(document.querySelector('.hp-link')?.textContent).toContain(text);
  });

  it('a linked participant can be unlinked, retried or changed', async () => {
    const props = setup({ link: link({ error: 'offline' }) });
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    fireEvent.click(screen.getByRole('button', { name: 'Unlink (removes the saved summary)' }));
    expect(props.onRetry).toHaveBeenCalledOnce();
    expect(props.onUnlink).toHaveBeenCalledOnce();
    fireEvent.click(screen.getByRole('button', { name: 'Change candidate…' }));
    expect(screen.getByRole('searchbox')).toBeTruthy();
  });
});

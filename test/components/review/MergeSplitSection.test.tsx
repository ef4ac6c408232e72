// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MergeSplitSection, type MergeSplitSectionProps } from '../../../components/review/MergeSplitSection';
import type { LivenessRecord, ObservationRecord } from '../../../lib/db/records';
import type { MergeDone, SplitDone } from '../../../lib/governance/merge-split-replies';
import type { CandidateMatch } from '../../../lib/meeting/record-protocol';
import { makeObservation } from '../../lib/candidate/make-observation';
import { makeLiveness } from '../../lib/signals/make-liveness';

afterEach(cleanup);

const SELF = 'c-self';
const NAME = 'Jordan Ellis';
const AT = Date.UTC(2026, 10, 20, 12);
const sighting = (id: string, source: string, pageUrl: string, names: string[]): ObservationRecord => ({
  id,
  candidateId: SELF,
  observation: makeObservation({ source, pageUrl, names }),
  firstSeenAt: AT,
  observedAt: AT,
});
const PAGES = [
  sighting('greenhouse|1001', 'greenhouse', 'https://app.greenhouse.io/people/1001', ['Jordan Ellis']),
  sighting('linkedin|jordan-a-ellis', 'linkedin', 'https://www.linkedin.com/in/jordan-a-ellis/', ['Jordan A. Ellis']),
];
const LIVENESS: LivenessRecord[] = [{ id: 'l1', candidateId: SELF, summary: makeLiveness({ participantName: 'Jordan A.' }) }];
const match = (id: string, displayName: string, fields: Partial<CandidateMatch> = {}): CandidateMatch => ({
  id, displayName, otherNames: [], sources: ['LinkedIn'], lastSeenAt: AT, openInTab: false, ...fields,
});
const MATCHES = [match(SELF, NAME), match('c-other', 'Jordan Ellis', { otherNames: ['J. Ellis'], headline: 'Backend engineer' }), match('c-third', 'Jordana Elliot')];
const MERGED: MergeDone = { ok: true, intoId: SELF, fromId: 'c-other', sightings: 1, reassessed: 1 };
const SPLIT: SplitDone = { ok: true, candidateId: SELF, newCandidateId: 'c-new', sightings: 1, reassessed: 2 };

function setup(overrides: Partial<MergeSplitSectionProps> = {}) {
  const props = {
    searchCandidates: vi.fn<MergeSplitSectionProps['searchCandidates']>(() => Promise.resolve(MATCHES)),
    onMerge: vi.fn<MergeSplitSectionProps['onMerge']>(() => Promise.resolve(MERGED)),
    onSplit: vi.fn<MergeSplitSectionProps['onSplit']>(() => Promise.resolve(SPLIT)),
    onOpenCase: vi.fn<MergeSplitSectionProps['onOpenCase']>(),
    ...overrides,
  };
  render(<MergeSplitSection candidateId={SELF} candidateName={NAME} observations={PAGES} liveness={LIVENESS} {...props} />);
  return props;
}
const mergeButton = () => screen.getByRole('button', { name: 'Merge with another record…' });
const splitButton = () => screen.getByRole('button', { name: 'Split…' });
const status = () => screen.getAllByRole('status').map((s) => s.textContent).join(' | ');
const reasonField = () => screen.getByLabelText(/required, kept in the audit log/) as HTMLTextAreaElement;
async function searchFor(query: string) {
  fireEvent.click(mergeButton());
  fireEvent.change(screen.getByLabelText('Find the other record by name or e-mail address'), { target: { value: query } });
  await act(async () => void fireEvent.submit(screen.getByRole('search')));
}
const submitMerge = () => act(async () => void fireEvent.submit(reasonField().form!));

describe('MergeSplitSection: finding the other record', () => {
  it('opens in place with focus in the search field', () => {
    setup();
    expect(mergeButton().getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(mergeButton());
    expect(screen.getByRole('region', { name: `Merge ${NAME} with another record` })).toBeTruthy();
    expect(mergeButton().getAttribute('aria-expanded')).toBe('true');
    expect(document.activeElement).toBe(screen.getByLabelText('Find the other record by name or e-mail address'));
  });

  it('searches for the trimmed text and lists the other records, never this one, with what tells them apart', async () => {
    const { searchCandidates } = setup();
    await searchFor('  jordan ');
    expect(searchCandidates).toHaveBeenCalledExactlyOnceWith('jordan');
    const radios = within(screen.getByRole('group', { name: 'Records found' })).getAllByRole('radio') as HTMLInputElement[];
    expect(radios.map((r) => r.labels?.[0]?.textContent)).toEqual(['Jordan Ellis', 'Jordana Elliot']);
    const about = document.getElementById(radios[0]?.getAttribute('aria-describedby') ?? '');
    expect(about?.textContent).toContain('also seen as J. Ellis; Backend engineer; on LinkedIn; last seen 2026-11-20');
    expect(status()).toContain('2 other records found for “jordan”.');
  });

  it.each([
    { name: 'nothing typed', query: ' ', found: () => Promise.resolve(MATCHES), alert: 'Type a name or an e-mail address to search for.' },
    { name: 'a failed search', query: 'x', found: () => Promise.reject(new Error('database closed')), alert: 'The search failed: database closed' },
  ])('$name: says so', async ({ query, found, alert }) => {
    setup({ searchCandidates: vi.fn(found) });
    await searchFor(query);
    expect(screen.getByRole('alert').textContent).toBe(alert);
    expect(screen.queryByRole('group', { name: 'Records found' })).toBeNull();
  });

  it('says when only this record matches', async () => {
    setup({ searchCandidates: vi.fn(() => Promise.resolve([match(SELF, NAME)])) });
    await searchFor('Jordan Ellis');
    expect(status()).toContain('No other records found for “Jordan Ellis”.');
  });
});

describe('MergeSplitSection: merging', () => {
  it.each([
    { name: 'no record chosen', pick: false, reason: 'Same e-mail', alert: 'Choose the record to merge with.' },
    { name: 'no reason', pick: true, reason: '  ', alert: 'Give the reason for merging these records.' },
  ])('refuses $name and merges nothing', async ({ pick, reason, alert }) => {
    const { onMerge } = setup();
    await searchFor('jordan');
    if (pick) fireEvent.click(screen.getByLabelText('Jordan Ellis'));
    fireEvent.change(reasonField(), { target: { value: reason } });
    await submitMerge();
    expect(screen.getByRole('alert').textContent).toBe(alert);
    expect(onMerge).not.toHaveBeenCalled();
  });

  it.each([
    { keep: 'This record (Jordan Ellis)', request: { fromId: 'c-other', intoId: SELF }, done: MERGED, opens: undefined, says: 'Merged Jordan Ellis into this record: 1 page moved, 1 other applicant checked again.' },
    { keep: 'The other record (Jordan Ellis)', request: { fromId: SELF, intoId: 'c-other' }, done: { ...MERGED, fromId: SELF, intoId: 'c-other', sightings: 2, reassessed: 0 }, opens: 'c-other', says: 'Merged this record into Jordan Ellis: 2 pages moved, 0 other applicants checked again. Opening that record…' },
  ])('keeping $keep: merges with the reason, says what happened', async ({ keep, request, done, opens, says }) => {
    const { onMerge, onOpenCase } = setup({ onMerge: vi.fn(() => Promise.resolve(done)) });
    await searchFor('jordan');
    fireEvent.click(screen.getByLabelText('Jordan Ellis'));
    fireEvent.click(screen.getByLabelText(keep));
    fireEvent.change(reasonField(), { target: { value: '  Same e-mail on both  ' } });
    await submitMerge();
    expect(onMerge).toHaveBeenCalledExactlyOnceWith({ ...request, reason: 'Same e-mail on both' });
    expect(status()).toContain(says);
    expect(screen.queryByRole('region')).toBeNull();
    if (opens) expect(onOpenCase).toHaveBeenCalledExactlyOnceWith(opens);
    else {
      expect(onOpenCase).not.toHaveBeenCalled();
      expect(document.activeElement).toBe(mergeButton());
    }
  });

  it('shows progress, cannot be sent twice, and says why a merge failed, keeping the form', async () => {
    let fail!: (e: Error) => void;
    const { onMerge } = setup({ onMerge: vi.fn(() => new Promise<MergeDone>((_resolve, reject) => (fail = reject))) });
    await searchFor('jordan');
    fireEvent.click(screen.getByLabelText('Jordan Ellis'));
    fireEvent.change(reasonField(), { target: { value: 'Same person' } });
    await submitMerge();
    expect(screen.getByRole('button', { name: 'Merging…' }).hasAttribute('disabled')).toBe(true);
    await submitMerge();
    expect(onMerge).toHaveBeenCalledOnce();
    await act(async () => fail(new Error('The record to merge is no longer stored: reload the case and try again.')));
    expect(screen.getByRole('alert').textContent).toBe('Nothing was merged: The record to merge is no longer stored: reload the case and try again.');
    expect(reasonField().value).toBe('Same person');
  });

  it.each([
    { name: 'Escape', leave: () => fireEvent.keyDown(screen.getByLabelText('Find the other record by name or e-mail address'), { key: 'Escape' }) },
    { name: 'Cancel', leave: () => fireEvent.click(screen.getByRole('button', { name: 'Cancel' })) },
  ])('$name closes it and returns focus to the button', ({ leave }) => {
    const { onMerge } = setup();
    fireEvent.click(mergeButton());
    leave();
    expect(screen.queryByRole('region')).toBeNull();
    expect(document.activeElement).toBe(mergeButton());
    expect(onMerge).not.toHaveBeenCalled();
  });
});

describe('MergeSplitSection: splitting', () => {
  const submitSplit = () => act(async () => void fireEvent.submit(reasonField().form!));
  const page = (site: string) => screen.getByLabelText(new RegExp(`^${site}: `)) as HTMLInputElement;

  it('lists the pages with their site, address and names, and the interview summaries, focus on the first', () => {
    setup();
    fireEvent.click(splitButton());
    const pages = screen.getByRole('group', { name: 'Pages to move to the new record' });
    expect(within(pages).getAllByRole('checkbox')).toHaveLength(2);
    expect(pages.textContent).toContain('LinkedIn: https://www.linkedin.com/in/jordan-a-ellis/');
    expect(pages.textContent).toContain('shown as Jordan A. Ellis; first seen 2026-11-20');
    expect(screen.getByRole('group', { name: 'Interview summaries to move' }).textContent).toContain('participant shown as “Jordan A.”');
    expect(screen.queryByRole('group', { name: 'Notes to move' })).toBeNull();
    expect(document.activeElement).toBe(within(pages).getAllByRole('checkbox')[0]);
  });

  it.each([
    { name: 'no page chosen', pages: [], reason: 'Other person', alert: 'Choose at least one page to move.' },
    { name: 'every page chosen', pages: ['Greenhouse', 'LinkedIn'], reason: 'Other person', alert: 'Leave at least one page on this record: moving every page is not a split.' },
    { name: 'no reason', pages: ['LinkedIn'], reason: '', alert: 'Give the reason for splitting this record.' },
  ])('refuses $name and splits nothing', async ({ pages, reason, alert }) => {
    const { onSplit } = setup();
    fireEvent.click(splitButton());
    for (const site of pages) fireEvent.click(page(site));
    fireEvent.change(reasonField(), { target: { value: reason } });
    await submitSplit();
    expect(screen.getByRole('alert').textContent).toBe(alert);
    expect(onSplit).not.toHaveBeenCalled();
  });

  it('moves the chosen pages and summaries with the reason, says so and offers the new record', async () => {
    const { onSplit, onOpenCase } = setup();
    fireEvent.click(splitButton());
    fireEvent.click(page('LinkedIn'));
    fireEvent.click(screen.getByLabelText(/^Jitsi Meet interview/));
    fireEvent.change(reasonField(), { target: { value: 'Another Jordan Ellis' } });
    expect(screen.getByText('1 of 2 pages chosen.')).toBeTruthy();
    await submitSplit();
    expect(onSplit).toHaveBeenCalledExactlyOnceWith({
      candidateId: SELF,
      observationIds: ['linkedin|jordan-a-ellis'],
      livenessIds: ['l1'],
      evidenceIds: [],
      noteIds: [],
      reason: 'Another Jordan Ellis',
    });
    expect(status()).toContain('Moved 1 page to a new record; both records and 2 other applicants were checked again.');
    expect(document.activeElement).toBe(splitButton());
    fireEvent.click(screen.getByRole('button', { name: 'Open the new record' }));
    expect(onOpenCase).toHaveBeenCalledExactlyOnceWith('c-new');
  });

  it('says why a split failed and keeps the choice', async () => {
    setup({ onSplit: vi.fn(() => Promise.reject(new Error('A page you chose is no longer on this record: reload the case and choose again.'))) });
    fireEvent.click(splitButton());
    fireEvent.click(page('LinkedIn'));
    fireEvent.change(reasonField(), { target: { value: 'Another person' } });
    await submitSplit();
    expect(screen.getByRole('alert').textContent).toBe('Nothing was split: A page you chose is no longer on this record: reload the case and choose again.');
    expect(page('LinkedIn').checked).toBe(true);
  });

  it('a record with one page has nothing to split off', () => {
    render(
      <MergeSplitSection candidateId={SELF} candidateName={NAME} observations={PAGES.slice(0, 1)} liveness={[]} searchCandidates={vi.fn()} onMerge={vi.fn()} onSplit={vi.fn()} onOpenCase={vi.fn()} />,
    );
    fireEvent.click(splitButton());
    expect(screen.getByText('This record has only one page: there is nothing to split off.')).toBeTruthy();
    expect(screen.queryByRole('checkbox')).toBeNull();
  });
});

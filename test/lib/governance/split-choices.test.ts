import { describe, expect, it } from 'vitest';
import type { ObservationRecord } from '../../../lib/db/records';
import { splitGroups } from '../../../lib/governance/split-choices';
import { makeObservation } from '../candidate/make-observation';
import { makeLiveness } from '../signals/make-liveness';

const AT = Date.UTC(2026, 10, 20, 12);
const page = (id: string, observedAt: number, names: string[]): ObservationRecord => ({
  id,
  candidateId: 'c',
  observation: makeObservation({ pageUrl: `https://app.greenhouse.io/people/${id}`, names }),
  firstSeenAt: AT,
  observedAt,
});
const PAGES = [page('1', AT, ['Jordan Ellis']), page('2', AT + 1000, [])];

describe('splitGroups', () => {
  it.each([
    { name: 'pages only', extra: {}, kinds: ['pages'] },
    {
      name: 'everything',
      extra: {
        liveness: [{ id: 'l', candidateId: 'c', summary: makeLiveness() }],
        evidence: [
          { id: 'e1', candidateId: 'c', evidence: { kind: 'ip' as const, ip: '81.2.69.142', addedAt: AT }, pasted: '' },
          { id: 'e2', candidateId: 'c', evidence: { kind: 'utc-offset' as const, minutes: 330, addedAt: AT }, pasted: '' },
        ],
        notes: [{ id: 'n', candidateId: 'c', text: 'x'.repeat(200), createdAt: AT }],
      },
      kinds: ['pages', 'liveness', 'evidence', 'notes'],
    },
  ])('$name: groups with something to move', ({ extra, kinds }) => {
    const groups = splitGroups({ observations: PAGES, liveness: [], evidence: [], notes: [], ...extra });
    expect(groups.map((g) => g.kind)).toEqual(kinds);
  });

  it('words each choice: newest page first with the names it showed; evidence and long notes shortened', () => {
    const [pages, , evidence, notes] = splitGroups({
      observations: PAGES,
      liveness: [{ id: 'l', candidateId: 'c', summary: makeLiveness() }],
      evidence: [{ id: 'e', candidateId: 'c', evidence: { kind: 'utc-offset', minutes: 330, addedAt: AT }, pasted: '' }],
      notes: [{ id: 'n', candidateId: 'c', text: 'x'.repeat(200), createdAt: AT }],
    });
    expect(pages?.choices.map((c) => [c.id, c.label])).toEqual([
      ['2', 'Greenhouse: https://app.greenhouse.io/people/2'],
      ['1', 'Greenhouse: https://app.greenhouse.io/people/1'],
    ]);
    expect(pages?.choices.map((c) => c.detail.split(';')[0])).toEqual(['no name shown', 'shown as Jordan Ellis']);
    expect(evidence?.choices[0]?.label).toBe('Time zone UTC+05:30');
    expect(notes?.choices[0]?.label).toHaveLength(120);
    expect(notes?.choices[0]?.label.endsWith('…')).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import type { IdentityKeyRecord, ObservationRecord } from '../../../lib/db/records';
import { splitKeyRows } from '../../../lib/db/split-key-rows';
import { makeObservation } from '../candidate/make-observation';

const page = (id: string, firstSeenAt: number): ObservationRecord => ({
  id: `greenhouse|${id}`,
  candidateId: 'orig',
  observation: makeObservation({ pageUrl: `https://app.greenhouse.io/people/${id}` }),
  firstSeenAt,
  observedAt: firstSeenAt,
});
const STAYING = page('1', 10);
const MOVING = page('2', 20);
const urlOf = (r: ObservationRecord) => r.observation.pageUrl;
const holder = (candidateId: string, at: ObservationRecord, seenAt: number) => ({ candidateId, source: 'greenhouse', pageUrl: urlOf(at), seenAt });
const KEY = 'email:a@example.com';

/** One key through a split of MOVING off a record that also has STAYING; holders as [candidate, page, seenAt]. */
describe('splitKeyRows', () => {
  it.each<{ name: string; row?: IdentityKeyRecord; held?: string[]; keep?: string[]; move?: string[]; ids: string[]; holders: Array<[string, string, number]> }>([
    {
      name: 'derived by the staying pages only: stays',
      row: { key: KEY, candidateIds: ['orig'], holders: [holder('orig', STAYING, 1)] },
      keep: [KEY],
      ids: ['orig'],
      holders: [['orig', urlOf(STAYING), 1]],
    },
    {
      name: 'derived by the moving pages only: goes, naming the moved page',
      row: { key: KEY, candidateIds: ['orig'], holders: [holder('orig', MOVING, 1)] },
      move: [KEY],
      ids: ['new'],
      holders: [['new', urlOf(MOVING), 20]],
    },
    {
      name: 'derived by both: both hold it, the original now naming a page it kept (and its first time)',
      row: { key: KEY, candidateIds: ['orig'], holders: [holder('orig', MOVING, 1)] },
      keep: [KEY],
      move: [KEY],
      ids: ['orig', 'new'],
      holders: [['orig', urlOf(STAYING), 1], ['new', urlOf(MOVING), 20]],
    },
    {
      name: "shared with another applicant, moving: the other's entry is untouched",
      row: { key: KEY, candidateIds: ['other', 'orig'], holders: [holder('other', STAYING, 0), holder('orig', MOVING, 1)] },
      move: [KEY],
      ids: ['other', 'new'],
      holders: [['other', urlOf(STAYING), 0], ['new', urlOf(MOVING), 20]],
    },
    {
      name: 'derived by neither, first seen on a moving page: follows that page',
      row: { key: KEY, candidateIds: ['orig'], holders: [holder('orig', MOVING, 1)] },
      held: [KEY],
      ids: ['new'],
      holders: [['new', urlOf(MOVING), 1]],
    },
    {
      name: 'derived by neither, first seen on a staying page: stays',
      row: { key: KEY, candidateIds: ['orig'], holders: [holder('orig', STAYING, 1)] },
      held: [KEY],
      ids: ['orig'],
      holders: [['orig', urlOf(STAYING), 1]],
    },
    {
      name: 'listed on the record without a row: stays, and the row is written',
      held: [KEY],
      ids: ['orig'],
      holders: [['orig', urlOf(STAYING), 10]],
    },
    {
      name: 'newly derived by the moving pages, held by another: joins the row',
      row: { key: KEY, candidateIds: ['other'], holders: [holder('other', STAYING, 0)] },
      move: [KEY],
      ids: ['other', 'new'],
      holders: [['other', urlOf(STAYING), 0], ['new', urlOf(MOVING), 20]],
    },
  ])('$name', ({ row, held = [], keep = [], move = [], ids, holders }) => {
    const result = splitKeyRows({
      originalId: 'orig',
      newId: 'new',
      rows: new Map([[KEY, row]]),
      held,
      keep: new Set(keep),
      move: new Set(move),
      remaining: [STAYING],
      moved: [MOVING],
      keysOf: (r) => new Set(r === STAYING ? keep : move),
    });
    expect(result.put).toEqual([{ key: KEY, candidateIds: ids, holders: holders.map(([candidateId, pageUrl, seenAt]) => ({ candidateId, source: 'greenhouse', pageUrl, seenAt })) }]);
    expect(result.originalKeys).toEqual(ids.includes('orig') ? [KEY] : []);
    expect(result.newKeys).toEqual(ids.includes('new') ? [KEY] : []);
  });
});

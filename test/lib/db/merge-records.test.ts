import { describe, expect, it } from 'vitest';
import { mergeCandidateRecords, mergeKeyRow } from '../../../lib/db/merge-records';
import type { CandidateRecord, IdentityKeyHolder } from '../../../lib/db/records';

const holder = (candidateId: string, seenAt: number): IdentityKeyHolder => ({ candidateId, source: 'greenhouse', pageUrl: `https://app.greenhouse.io/people/${candidateId}`, seenAt });

describe('mergeKeyRow', () => {
  it.each([
    { name: 'only `from` holds it', ids: ['from'], holders: [holder('from', 5)], expectIds: ['into'], expectHolders: [['into', 5]] },
    { name: 'shared with another', ids: ['other', 'from'], holders: [holder('other', 1), holder('from', 5)], expectIds: ['other', 'into'], expectHolders: [['other', 1], ['into', 5]] },
    { name: 'both held it, `from` first', ids: ['from', 'into'], holders: [holder('from', 2), holder('into', 7)], expectIds: ['into'], expectHolders: [['into', 2]] },
    { name: 'both held it, `into` first', ids: ['into', 'from'], holders: [holder('into', 3), holder('from', 9)], expectIds: ['into'], expectHolders: [['into', 3]] },
  ])('$name', ({ ids, holders, expectIds, expectHolders }) => {
    const row = mergeKeyRow({ key: 'phone:+14155550134', candidateIds: ids, holders }, 'from', 'into');
    expect(row.candidateIds).toEqual(expectIds);
    expect(row.holders.map((h) => [h.candidateId, h.seenAt])).toEqual(expectHolders);
  });
});

const record = (id: string, fields: Partial<CandidateRecord> = {}): CandidateRecord => ({
  id,
  displayName: `Name ${id}`,
  names: [`Name ${id}`],
  identityKeys: [],
  falsePositiveSignalIds: [],
  flaggedForReview: 0,
  createdAt: 10,
  updatedAt: 20,
  ...fields,
});

describe('mergeCandidateRecords', () => {
  it.each([
    { name: 'neither flagged', into: {}, from: {}, flag: 0, reason: undefined },
    { name: '`into` flagged', into: { flaggedForReview: 1 as const, flagReason: 'Shared phone' }, from: {}, flag: 1, reason: 'Shared phone' },
    { name: '`from` flagged', into: {}, from: { flaggedForReview: 1 as const, flagReason: 'Odd hours' }, flag: 1, reason: 'Odd hours' },
    { name: 'both flagged', into: { flaggedForReview: 1 as const, flagReason: 'Shared phone' }, from: { flaggedForReview: 1 as const, flagReason: 'Odd hours' }, flag: 1, reason: 'Shared phone; Odd hours' },
    { name: 'both flagged, same reason', into: { flaggedForReview: 1 as const, flagReason: 'Shared phone' }, from: { flaggedForReview: 1 as const, flagReason: ' Shared phone ' }, flag: 1, reason: 'Shared phone' },
    { name: 'flagged without a reason', into: { flaggedForReview: 1 as const }, from: {}, flag: 1, reason: undefined },
  ])('the stronger flag: $name', ({ into, from, flag, reason }) => {
    const merged = mergeCandidateRecords(record('a', into), record('b', from), []);
    expect([merged.flaggedForReview, merged.flagReason]).toEqual([flag, reason]);
  });

  it('keeps `into`, unions names, keys and marks, and spans both records in time', () => {
    const into = record('a', { names: ['Jordan Ellis'], displayName: 'Jordan Ellis', identityKeys: ['phone:+1', 'email:a@x'], falsePositiveSignalIds: ['voip-phone'], createdAt: 50, updatedAt: 60 });
    const from = record('b', { names: ['J. Ellis', 'Jordan Ellis'], identityKeys: ['email:a@x', 'site:lever:9'], falsePositiveSignalIds: ['reused-email', 'voip-phone'], createdAt: 30, updatedAt: 40 });
    expect(mergeCandidateRecords(into, from, ['linkedin:https://www.linkedin.com/in/j'])).toEqual({
      id: 'a',
      displayName: 'Jordan Ellis',
      names: ['Jordan Ellis', 'J. Ellis'],
      identityKeys: ['email:a@x', 'linkedin:https://www.linkedin.com/in/j', 'phone:+1', 'site:lever:9'],
      falsePositiveSignalIds: ['reused-email', 'voip-phone'],
      flaggedForReview: 0,
      createdAt: 30,
      updatedAt: 60,
    });
  });

  it('takes the other display name when the kept record has none', () => {
    expect(mergeCandidateRecords(record('a', { displayName: '', names: [] }), record('b'), []).displayName).toBe('Name b');
  });
});

import { describe, expect, it } from 'vitest';
import { buildPhotoHashIndex } from '../../../../lib/lists/indexes/photo-hashes';
import type { IndexEntry } from '../../../../lib/lists/indexes/types';

const e = (value: string, listId = 'sec', kind = 'photo-hash'): IndexEntry => ({ kind, value, listId });
const index = buildPhotoHashIndex([
  e('0000000000000000'),
  e('00000000000000ff', 'partner'), // 8 bits from the first
  e('ffffffffffffffff'),
  e('abcdef01'), // another hash function's length: exact matches only, not here
  e('0000000000000000', 'other', 'name'), // not a photo hash entry
]);

describe('buildPhotoHashIndex', () => {
  it.each<[string, string, [string, string][]]>([
    ['exact', 'ffffffffffffffff', [['sec', 'ffffffffffffffff']]],
    ['within 10 bits, nearest first', '0000000000000003', [['sec', '0000000000000000'], ['partner', '00000000000000ff']]],
    ['10 bits off is still the same photo', '00000000000003ff', [['partner', '00000000000000ff'], ['sec', '0000000000000000']]],
    ['11 bits off is another photo', '00000000000007ff', [['partner', '00000000000000ff']]],
    ['far from everything', '5555555555555555', []],
    ['not a 64-bit hash', 'abcdef01', []],
    ['upper case is not a normalised hash', 'FFFFFFFFFFFFFFFF', []],
  ])('%s', (_label, query, expected) => {
    expect(index.lookup(query).map((m) => [m.listId, m.value])).toEqual(expected);
  });

  it('reports the query and counts only 64-bit photo-hash entries', () => {
    expect(index.lookup('0000000000000001')[0]).toEqual({ listId: 'sec', kind: 'photo-hash', value: '0000000000000000', query: '0000000000000001' });
    expect(index.size).toBe(3);
    expect(buildPhotoHashIndex([]).lookup('0000000000000000')).toEqual([]);
  });
});

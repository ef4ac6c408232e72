import { describe, expect, it } from 'vitest';
import { buildPhonePrefixTrie } from '../../../../lib/lists/indexes/phone-prefix-trie';
import type { IndexEntry } from '../../../../lib/lists/indexes/types';
import { prng, randomInt } from './random';

const e = (value: string, listId: string, note?: string): IndexEntry => ({ kind: 'phone-prefix', value, listId, ...(note ? { note } : {}) });
const trie = buildPhonePrefixTrie([
  e('+1', 'country'),
  e('+1900', 'premium', 'US premium rate'),
  e('+1900555', 'narrow'),
  e('+1900555', 'narrow-2'),
  e('+44', 'uk'),
  e('+447', 'uk-mobile'),
  e('+4470', 'uk-personal'),
  e('1900', 'no-plus'), // not E.164: ignored
  e('+', 'empty'),
  e('+12a', 'letters'),
  { kind: 'phone', value: '+15551234567', listId: 'exact-phone' }, // exact phones live elsewhere
]);

describe('phone prefix trie', () => {
  it.each<[string, string[]]>([
    ['+19005551234', ['narrow', 'narrow-2', 'premium', 'country']],
    ['+19004441234', ['premium', 'country']],
    ['+15551234567', ['country']],
    ['+1', ['country']],
    ['+1900555', ['narrow', 'narrow-2', 'premium', 'country']],
    ['+447011111111', ['uk-personal', 'uk-mobile', 'uk']],
    ['+447911123456', ['uk-mobile', 'uk']],
    ['+442079460958', ['uk']],
    ['+4', []],
    ['+33612345678', []],
    ['19005551234', []],
    ['+1 900 555 1234', []],
    ['', []],
  ])('%s', (phone, lists) => {
    expect(trie.lookup(phone).map((m) => m.listId)).toEqual(lists);
  });

  it('returns the entry and the query', () => {
    expect(trie.lookup('+19004441234')[0]).toEqual({
      listId: 'premium',
      kind: 'phone-prefix',
      value: '+1900',
      note: 'US premium rate',
      query: '+19004441234',
    });
    expect(trie.size).toBe(7);
  });

  it.each([21, 22, 23])('agrees with startsWith over random prefixes (seed %i)', (seed) => {
    const rand = prng(seed);
    const digits = (n: number) => Array.from({ length: n }, () => randomInt(rand, 3)).join(''); // few digits: many shared prefixes
    const entries = Array.from({ length: 3000 }, (_, i) => e(`+${digits(1 + randomInt(rand, 8))}`, `l${i % 5}`));
    const big = buildPhonePrefixTrie(entries);
    const wrong: string[] = [];
    for (let i = 0; i < 2000; i++) {
      const phone = `+${digits(4 + randomInt(rand, 11))}`;
      const expected = entries
        .filter((x) => phone.startsWith(x.value))
        .sort((a, b) => b.value.length - a.value.length)
        .map((x) => `${x.value} ${x.listId}`);
      const actual = big.lookup(phone).map((m) => `${m.value} ${m.listId}`);
      // Longest first, so the prefix lengths must match as a sequence; the entries as a set.
      const lengths = (xs: string[]) => xs.map((x) => x.indexOf(' ')).join(',');
      if (lengths(actual) !== lengths(expected) || [...actual].sort().join('|') !== [...expected].sort().join('|')) {
        wrong.push(`${phone}: ${actual.join(',')} != ${expected.join(',')}`);
      }
    }
    expect(wrong).toEqual([]);
  });
});

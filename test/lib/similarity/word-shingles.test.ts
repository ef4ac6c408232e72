import { describe, expect, it } from 'vitest';
import { hashString32 } from '../../../lib/similarity/hash32';
import { wordShingles } from '../../../lib/similarity/word-shingles';

const words = (text: string) => text.split(' ').filter((w) => w !== '');

describe('wordShingles', () => {
  it.each<[string, string, number, number]>([
    ['fewer words than a shingle', 'a b c d', 5, 0],
    ['exactly one shingle', 'a b c d e', 5, 1],
    ['n - k + 1 shingles', 'a b c d e f g h', 5, 4],
    ['repeats count once', 'a b a b a b a b', 2, 2],
    ['size 1 is the distinct words', 'to be or not to be', 1, 4],
  ])('%s', (_label, text, size, count) => {
    expect(wordShingles(words(text), size)).toHaveLength(count);
  });

  it('hashes each run of words joined by U+0001, sorted', () => {
    const shingles = wordShingles(['b', 'a', 'c'], 2);
    expect([...shingles]).toEqual([hashString32('b\u0001a'), hashString32('a\u0001c')].sort((x, y) => x - y));
  });

  it('keeps word boundaries: "ab c" and "a bc" differ', () => {
    expect([...wordShingles(['ab', 'c'], 2)]).not.toEqual([...wordShingles(['a', 'bc'], 2)]);
  });
});

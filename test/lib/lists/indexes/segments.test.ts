import { describe, expect, it } from 'vitest';
import { buildSegments } from '../../../../lib/lists/indexes/segments';
import { prng, randomInt } from './random';

interface Range {
  start: number;
  end: number; // inclusive, as ranges are written in lists
  id: number;
}
const segmentsOf = (ranges: Range[]) => buildSegments(ranges.map((r) => r.start), ranges.map((r) => r.end + 1));
const covering = (ranges: Range[], x: number) => ranges.filter((r) => r.start <= x && x <= r.end).map((r) => r.id).sort((a, b) => a - b);

/** Expands segments back to point -> covering ids, to compare with a scan of the ranges. */
function pointMap(ranges: Range[]) {
  const seg = segmentsOf(ranges);
  const map = new Map<number, number[]>();
  seg.starts.forEach((start, i) => {
    for (let x = start; x < seg.stops[i]!; x++) map.set(x, seg.sets[seg.setIds[i]!]!);
  });
  return { seg, map };
}

describe('buildSegments', () => {
  it.each<[string, [number, number][], [number, number, number[]][]]>([
    ['no ranges', [], []],
    ['one point', [[5, 5]], [[5, 5, [0]]]],
    ['adjacent', [[0, 4], [5, 9]], [[0, 4, [0]], [5, 9, [1]]]],
    ['nested', [[0, 9], [3, 4]], [[0, 2, [0]], [3, 4, [0, 1]], [5, 9, [0]]]],
    ['same range twice', [[2, 3], [2, 3]], [[2, 3, [0, 1]]]],
    ['overlap', [[0, 5], [3, 8]], [[0, 2, [0]], [3, 5, [0, 1]], [6, 8, [1]]]],
    ['gap', [[0, 1], [4, 5]], [[0, 1, [0]], [4, 5, [1]]]],
    ['shared end', [[0, 9], [5, 9]], [[0, 4, [0]], [5, 9, [0, 1]]]],
  ])('%s', (_name, ranges, expected) => {
    const seg = segmentsOf(ranges.map(([start, end], id) => ({ start, end, id })));
    expect(seg.starts.map((s, i) => [s, seg.stops[i]! - 1, seg.sets[seg.setIds[i]!]])).toEqual(expected);
  });

  it('handles stops past 2^32 and keys too large to pack', () => {
    const seg = segmentsOf([{ start: 0, end: 2 ** 32 - 1, id: 0 }, { start: 2 ** 52, end: 2 ** 52, id: 1 }]);
    expect(seg.starts).toEqual([0, 2 ** 52]);
    expect(seg.stops).toEqual([2 ** 32, 2 ** 52 + 1]);
  });

  it.each([1, 2, 3, 4, 5])('agrees with a scan of every point (seed %i)', (seed) => {
    const rand = prng(seed);
    const ranges = Array.from({ length: 60 }, (_, id) => {
      const start = randomInt(rand, 300);
      return { start, end: start + randomInt(rand, rand() < 0.2 ? 150 : 10), id };
    });
    const { seg, map } = pointMap(ranges);
    for (let i = 1; i < seg.starts.length; i++) expect(seg.starts[i]!).toBeGreaterThanOrEqual(seg.stops[i - 1]!);
    for (let x = -1; x <= 500; x++) expect(map.get(x) ?? []).toEqual(covering(ranges, x));
  });
});

import { describe, expect, it } from 'vitest';
import { sparklinePath, type SparklinePoint } from '../../../lib/meeting/sparkline-path';

const frame = { startMs: 0, endMs: 1000, min: -10, max: 10, width: 100, height: 20 };
const p = (t: number, value: number | undefined): SparklinePoint => ({ t, value });

describe('sparklinePath', () => {
  const cases: Array<[string, SparklinePoint[], string]> = [
    ['no points', [], ''],
    ['a line from left to right', [p(0, -10), p(500, 0), p(1000, 10)], 'M0 20L50 10L100 0'],
    ['a gap breaks the line', [p(0, 0), p(100, 0), p(200, undefined), p(300, 0), p(400, 0)], 'M0 10L10 10 M30 10L40 10'],
    ['values beyond the range stay at the edge', [p(0, -90), p(1000, 90)], 'M0 20L100 0'],
    ['points outside the time span are left out', [p(-100, 0), p(500, 0), p(1500, 0)], 'M50 10'],
    ['NaN is a gap, never a point', [p(0, 0), p(100, Number.NaN), p(200, 0)], 'M0 10 M20 10'],
  ];
  it.each(cases)('%s', (_name, points, expected) => expect(sparklinePath(points, frame)).toBe(expected));
});

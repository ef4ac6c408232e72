import { describe, expect, it } from 'vitest';
import { add, centroid, cross, distance, dot, norm, scale, sub, unit, type Vec3 } from '../../../../../lib/vision/cues/geometry/vec3';

describe('vec3', () => {
  const a: Vec3 = [1, 2, 3];
  const b: Vec3 = [4, -5, 6];
  it.each<[string, unknown, unknown]>([
    ['add', add(a, b), [5, -3, 9]],
    ['sub', sub(a, b), [-3, 7, -3]],
    ['scale', scale(a, -2), [-2, -4, -6]],
    ['dot', dot(a, b), 12],
    ['cross (x × y = z)', cross([1, 0, 0], [0, 1, 0]), [0, 0, 1]],
    ['cross is square to both', [dot(cross(a, b), a), dot(cross(a, b), b)], [0, 0]],
    ['norm', norm([3, 4, 12]), 13],
    ['distance', distance([1, 1, 1], [4, 5, 1]), 5],
    ['unit', unit([0, 5, 0]), [0, 1, 0]],
    ['unit of zero stays zero', unit([0, 0, 0]), [0, 0, 0]],
    ['centroid', centroid([[0, 0, 0], [2, 4, 6]]), [1, 2, 3]],
    ['centroid of nothing', centroid([]), [0, 0, 0]],
  ])('%s', (_, value, expected) => {
    expect(value).toEqual(expected);
  });
});

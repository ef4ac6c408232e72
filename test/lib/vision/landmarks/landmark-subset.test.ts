import { describe, expect, it } from 'vitest';
import { LANDMARK_SUBSET, LEFT_EYE, POSE, RIGHT_EYE, RIGID, subsetPosition, toSubset } from '../../../../lib/vision/landmarks/landmark-subset';

describe('LANDMARK_SUBSET', () => {
  it('is ascending, without repeats, within the 468-point mesh', () => {
    expect([...LANDMARK_SUBSET].sort((a, b) => a - b)).toEqual(LANDMARK_SUBSET);
    expect(new Set(LANDMARK_SUBSET).size).toBe(LANDMARK_SUBSET.length);
    expect(Math.max(...LANDMARK_SUBSET)).toBeLessThan(468);
  });

  it.each<[string, readonly number[]]>([
    ['right eye', RIGHT_EYE],
    ['left eye', LEFT_EYE],
    ['pose points', Object.values(POSE)],
    ['rigid points', RIGID],
  ])('holds every %s point', (_, points) => {
    for (const p of points) expect(LANDMARK_SUBSET).toContain(p);
  });

  it('keeps expression points out of the rigid set (lips 0/13/14/17, chin 152, brows 105/334, lids 159/145)', () => {
    for (const p of [0, 13, 14, 17, 152, 105, 334, 159, 145]) expect(RIGID).not.toContain(p);
  });
});

describe('subsetPosition and toSubset', () => {
  const mesh = Array.from({ length: 478 }, (_, i) => i);
  it.each(LANDMARK_SUBSET.map((p) => [p]))('finds mesh point %i again after toSubset', (p) => {
    expect(toSubset(mesh)[subsetPosition(p)]).toBe(p);
  });

  it.each<[string, () => unknown]>([
    ['a point outside the subset', () => subsetPosition(159)],
    ['a mesh too short', () => toSubset([1, 2, 3])],
  ])('throws for %s', (_, run) => {
    expect(run).toThrow();
  });
});

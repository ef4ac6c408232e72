import { describe, expect, it } from 'vitest';
import { isUsableFace, meshPoint, singleFace, toSquare, usableFaces } from '../../../../../lib/vision/cues/geometry/face-points';
import type { Face, LandmarkFrame } from '../../../../../lib/vision/landmarks/landmark-frame';
import { realFace } from '../synthetic';

const face = realFace('d9', 0);
const withPoint = (k: number, value: number): Face => ({ landmarks: face.landmarks.map((p, i) => (i === k ? [value, p[1], p[2]] : p)) });

describe('isUsableFace', () => {
  it.each<[string, Face, boolean]>([
    ['a recorded face', face, true],
    ['a NaN coordinate', withPoint(3, NaN), false],
    ['an infinite coordinate', withPoint(0, Infinity), false],
    ['a missing landmark', { landmarks: face.landmarks.slice(1) }, false],
    ['no landmarks', { landmarks: [] }, false],
  ])('%s → %s', (_, f, usable) => {
    expect(isUsableFace(f)).toBe(usable);
  });

  it.each<[string, LandmarkFrame, number, boolean]>([
    ['no face', { t: 0, faces: [] }, 0, false],
    ['one face', { t: 0, faces: [face] }, 1, true],
    ['one face and a broken one', { t: 0, faces: [face, withPoint(1, NaN)] }, 1, true],
    ['two faces', { t: 0, faces: [face, face] }, 2, false],
  ])('a frame with %s has %i usable face(s); single: %s', (_, frame, count, single) => {
    expect(usableFaces(frame)).toHaveLength(count);
    expect(singleFace(frame) !== undefined).toBe(single);
  });
});

describe('toSquare and meshPoint', () => {
  it('scales x and z by the width and y by the height', () => {
    expect(toSquare([0.5, 0.25, -0.1], { width: 640, height: 480 })).toEqual([320, 120, -64]);
  });

  it('reads mesh point 1 (nose tip) from its subset position', () => {
    const nose = meshPoint(face, { width: 100, height: 100 }, 1);
    expect(nose[0]).toBeGreaterThan(meshPoint(face, { width: 100, height: 100 }, 33)[0]);
    expect(nose[0]).toBeLessThan(meshPoint(face, { width: 100, height: 100 }, 263)[0]);
  });
});

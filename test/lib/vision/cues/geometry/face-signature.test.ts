import { describe, expect, it } from 'vitest';
import { faceSignature, signatureDistance, typicalSignature } from '../../../../../lib/vision/cues/geometry/face-signature';
import type { Face } from '../../../../../lib/vision/landmarks/landmark-frame';
import { RIGID } from '../../../../../lib/vision/landmarks/landmark-subset';
import { recording } from '../recordings';
import { realFace, reframe, rotateFace } from '../synthetic';

const { size } = recording('d9');
const face = realFace('d9', 0);
const moved = (f: Face, dx: number, k: number): Face => ({ landmarks: f.landmarks.map(([x, y, z]) => [0.5 + (x - 0.5) * k + dx, 0.5 + (y - 0.5) * k, z * k]) });

describe('faceSignature', () => {
  it('has one ratio for every pair of rigid points, averaging 1', () => {
    const signature = faceSignature(face, size);
    expect(signature).toHaveLength((RIGID.length * (RIGID.length - 1)) / 2);
    expect(signature.reduce((a, b) => a + b, 0) / signature.length).toBeCloseTo(1, 12);
  });

  it.each<[string, Face]>([
    ['moved and shrunk', moved(face, 0.1, 0.6)],
    ['turned 30° and tilted 15°', rotateFace(face, size, { yawDeg: 30, rollDeg: 15 })],
  ])('does not change when the face is %s', (_, other) => {
    expect(signatureDistance(faceSignature(other, size), faceSignature(face, size))).toBeLessThan(1e-9);
  });

  it('differs between two people (d9 and d12, proportions about 6% apart in this model)', () => {
    const other = reframe(realFace('d12', 0), recording('d12').size, size);
    const d = signatureDistance(faceSignature(other, size), faceSignature(face, size));
    expect(d).toBeGreaterThan(0.03);
    expect(d).toBeLessThan(0.15);
  });
});

describe('typicalSignature and signatureDistance', () => {
  it.each<[string, number[][], number[]]>([
    ['one signature', [[1, 2, 3]], [1, 2, 3]],
    ['the median of each component', [[1, 5, 3], [2, 2, 3], [9, 4, 0]], [2, 4, 3]],
    ['nothing', [], []],
  ])('%s', (_, signatures, expected) => {
    expect(typicalSignature(signatures)).toEqual(expected);
  });

  it.each<[string, number[], number[], number]>([
    ['equal', [1, 2], [1, 2], 0],
    ['every component 10% larger', [1.1, 2.2], [1, 2], 0.1],
    ['mismatched lengths', [1], [1, 2], NaN],
  ])('%s → %d', (_, a, b, expected) => {
    if (Number.isNaN(expected)) expect(signatureDistance(a, b)).toBeNaN();
    else expect(signatureDistance(a, b)).toBeCloseTo(expected, 12);
  });
});

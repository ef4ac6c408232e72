import { describe, expect, it } from 'vitest';
import { eyeAspectRatio, meanEyeAspectRatio } from '../../../../lib/vision/cues/eye-aspect-ratio';
import type { Face, FrameSize, Point } from '../../../../lib/vision/landmarks/landmark-frame';
import { LEFT_EYE, RIGHT_EYE, subsetPosition } from '../../../../lib/vision/landmarks/landmark-subset';
import { recording } from './recordings';
import { realFace } from './synthetic';

/** A real face whose right eye is replaced by a hexagon `w` wide and `2h` high (square units). */
function eyeOf(w: number, h: number, size: FrameSize): Face {
  const base = realFace('d9', 0);
  // p1..p6: outer corner, upper lid ×2, inner corner, lower lid ×2, as RIGHT_EYE orders them.
  const shape: [number, number][] = [[0, 0], [w / 3, -h], [(2 * w) / 3, -h], [w, 0], [(2 * w) / 3, h], [w / 3, h]];
  const landmarks = [...base.landmarks];
  RIGHT_EYE.forEach((mesh, k) => {
    const [x, y] = shape[k] ?? [0, 0];
    landmarks[subsetPosition(mesh)] = [(100 + x) / size.width, (100 + y) / size.height, 0] satisfies Point;
  });
  return { landmarks };
}

describe('eyeAspectRatio', () => {
  it.each<[string, number, number, number, FrameSize]>([
    ['an open eye, square frame', 30, 4.5, 0.3, { width: 512, height: 512 }],
    ['the same eye in a wide frame', 30, 4.5, 0.3, { width: 1280, height: 720 }],
    ['a closed eye', 30, 0, 0, { width: 512, height: 480 }],
    ['a half-closed eye', 40, 3, 0.15, { width: 512, height: 480 }],
  ])('%s: %d wide, lids ±%d → %d', (_, w, h, expected, size) => {
    expect(eyeAspectRatio(eyeOf(w, h, size), size, RIGHT_EYE)).toBeCloseTo(expected, 6);
  });

  it('is NaN for an eye of no width', () => {
    const size = { width: 100, height: 100 };
    expect(eyeAspectRatio(eyeOf(0, 0, size), size, RIGHT_EYE)).toBeNaN();
  });

  // Frames of d9 looked at by eye (eye crops tiled with frame numbers): 0 open, 14 shut in a blink.
  it.each<[number, number, number]>([
    [0, 0.24, 0.32],
    [14, 0.1, 0.2],
  ])('d9 frame %i reads between %d and %d for both eyes', (frame, low, high) => {
    const { size } = recording('d9');
    const face = realFace('d9', frame);
    for (const eye of [RIGHT_EYE, LEFT_EYE]) {
      expect(eyeAspectRatio(face, size, eye)).toBeGreaterThan(low);
      expect(eyeAspectRatio(face, size, eye)).toBeLessThan(high);
    }
    expect(meanEyeAspectRatio(face, size)).toBeCloseTo((eyeAspectRatio(face, size, RIGHT_EYE) + eyeAspectRatio(face, size, LEFT_EYE)) / 2, 12);
  });
});

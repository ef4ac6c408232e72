import { describe, expect, it } from 'vitest';
import { similarityAlign } from '../../../../../lib/vision/cues/geometry/similarity-align';
import type { Vec3 } from '../../../../../lib/vision/cues/geometry/vec3';

// An irregular set of 12 points (no symmetry a wrong rotation could hide behind).
const shape: Vec3[] = Array.from({ length: 12 }, (_, i) => [Math.sin(i * 1.3) * 50, Math.cos(i * 0.7) * 40, Math.sin(i * 2.1) * 30]);

/** Rotation by `deg` about a unit axis (Rodrigues), then scale and shift. */
function transform(points: Vec3[], axis: Vec3, deg: number, k: number, shift: Vec3): Vec3[] {
  const n = Math.hypot(...axis);
  const u = axis.map((v) => v / n) as unknown as Vec3;
  const [c, s] = [Math.cos((deg * Math.PI) / 180), Math.sin((deg * Math.PI) / 180)];
  return points.map((p) => {
    const d = u[0] * p[0] + u[1] * p[1] + u[2] * p[2];
    const cross: Vec3 = [u[1] * p[2] - u[2] * p[1], u[2] * p[0] - u[0] * p[2], u[0] * p[1] - u[1] * p[0]];
    return [0, 1, 2].map((i) => (p[i]! * c + cross[i]! * s + u[i]! * d * (1 - c)) * k + shift[i]!) as unknown as Vec3;
  });
}

describe('similarityAlign', () => {
  it.each<[string, Vec3, number, number, Vec3]>([
    ['identity', [0, 0, 1], 0, 1, [0, 0, 0]],
    ['a turn about y with a shift', [0, 1, 0], 60, 1, [5, -3, 2]],
    ['an oblique half turn, scaled', [0.3, 0.8, 0.52], 180, 1.7, [0, 0, 0]],
    ['a small tilt, shrunk', [1, 0, 0], 7, 0.4, [-100, 20, 3]],
  ])('undoes %s exactly', (_, axis, deg, k, shift) => {
    const result = similarityAlign(shape, transform(shape, axis, deg, k, shift));
    expect(result.scale).toBeCloseTo(k, 9);
    expect(result.rmsResidual).toBeLessThan(1e-9);
  });

  it('leaves the non-rigid part as residual', () => {
    const target = transform(shape, [0, 1, 0], 30, 2, [1, 1, 1]).map((p, i): Vec3 => (i === 0 ? [p[0] + 12, p[1], p[2]] : p));
    const result = similarityAlign(shape, target);
    // One point moved by 12: a rigid fit spreads it, but cannot absorb it.
    expect(result.rmsResidual).toBeGreaterThan(12 / Math.sqrt(12) / 2);
    expect(result.rmsResidual).toBeLessThan(12 / Math.sqrt(12));
  });

  it('refuses fewer than three points or unmatched lists', () => {
    expect(() => similarityAlign(shape.slice(0, 2), shape.slice(0, 2))).toThrow();
    expect(() => similarityAlign(shape, shape.slice(1))).toThrow();
  });
});

import { symmetricEigen } from './symmetric-eigen';
import { add, centroid, dot, scale, sub, type Vec3 } from './vec3';

/**
 * The similarity transform (rotation, uniform scale, translation) that best maps one set of 3-D
 * points onto another in the least-squares sense: Horn's closed form with unit quaternions ("Closed-
 * form solution of absolute orientation using unit quaternions", JOSA A 4(4), 1987). What is left
 * after it, the residual, is the part of the change that no rigid head motion explains.
 */
export interface Alignment {
  /** `from` mapped onto `to`: s · R · p + t. */
  aligned: Vec3[];
  scale: number;
  /** Root-mean-square distance between `aligned` and `to`. */
  rmsResidual: number;
  /** Root-mean-square distance of `to` from its centroid: the size residuals are compared with. */
  rmsSize: number;
}

type Quaternion = [number, number, number, number];

function rotate([w, x, y, z]: Quaternion, p: Vec3): Vec3 {
  // v' = v + 2w (u × v) + 2 u × (u × v), u = (x, y, z): the quaternion sandwich without the products.
  const [px, py, pz] = p;
  const cx = y * pz - z * py;
  const cy = z * px - x * pz;
  const cz = x * py - y * px;
  return [
    px + 2 * (w * cx + y * cz - z * cy),
    py + 2 * (w * cy + z * cx - x * cz),
    pz + 2 * (w * cz + x * cy - y * cx),
  ];
}

export function similarityAlign(from: readonly Vec3[], to: readonly Vec3[]): Alignment {
  if (from.length !== to.length || from.length < 3) throw new Error('Alignment needs two lists of at least three matching points');
  const fromCentre = centroid(from);
  const toCentre = centroid(to);
  const p = from.map((v) => sub(v, fromCentre));
  const q = to.map((v) => sub(v, toCentre));
  // S[a][b] = Σ p_a q_b, then Horn's symmetric 4 × 4 matrix whose top eigenvector is the rotation.
  const s = [0, 1, 2].map((a) => [0, 1, 2].map((b) => p.reduce((sum, pi, i) => sum + (pi[a] ?? 0) * (q[i]?.[b] ?? 0), 0)));
  const S = (a: number, b: number) => s[a]?.[b] ?? 0;
  const n = [
    [S(0, 0) + S(1, 1) + S(2, 2), S(1, 2) - S(2, 1), S(2, 0) - S(0, 2), S(0, 1) - S(1, 0)],
    [S(1, 2) - S(2, 1), S(0, 0) - S(1, 1) - S(2, 2), S(0, 1) + S(1, 0), S(2, 0) + S(0, 2)],
    [S(2, 0) - S(0, 2), S(0, 1) + S(1, 0), -S(0, 0) + S(1, 1) - S(2, 2), S(1, 2) + S(2, 1)],
    [S(0, 1) - S(1, 0), S(2, 0) + S(0, 2), S(1, 2) + S(2, 1), -S(0, 0) - S(1, 1) + S(2, 2)],
  ];
  const { values, vectors } = symmetricEigen(n);
  const top = values.indexOf(Math.max(...values));
  const [w = 1, x = 0, y = 0, z = 0] = vectors[top] ?? [];
  const rotated = p.map((v) => rotate([w, x, y, z], v));
  const spread = p.reduce((sum, v) => sum + dot(v, v), 0);
  const k = spread > 0 ? rotated.reduce((sum, r, i) => sum + dot(r, q[i] ?? [0, 0, 0]), 0) / spread : 1;
  const aligned = rotated.map((r) => add(scale(r, k), toCentre));
  const squared = aligned.reduce((sum, a, i) => {
    const d = sub(a, to[i] ?? a);
    return sum + dot(d, d);
  }, 0);
  return {
    aligned,
    scale: k,
    rmsResidual: Math.sqrt(squared / to.length),
    rmsSize: Math.sqrt(q.reduce((sum, v) => sum + dot(v, v), 0) / to.length),
  };
}

import type { Face, FrameSize } from '../../landmarks/landmark-frame';
import { RIGID } from '../../landmarks/landmark-subset';
import { median } from '../statistics';
import { meshPoints } from './face-points';
import { distance } from './vec3';

/**
 * A face's proportions: every distance between two rigid points (landmark-subset.ts RIGID, 190
 * pairs), in 3-D, divided by their mean. Position, size and head rotation cancel out; bone structure
 * remains, so the same person gives nearly the same signature from frame to frame. The landmark model
 * pulls every face towards an average face, so different people differ by only a few per cent.
 */
export type FaceSignature = number[];

export function faceSignature(face: Face, size: FrameSize): FaceSignature {
  const points = meshPoints(face, size, RIGID);
  const lengths = points.flatMap((p, i) => points.slice(i + 1).map((q) => distance(p, q)));
  const mean = lengths.reduce((a, b) => a + b, 0) / lengths.length;
  return lengths.map((d) => d / mean);
}

/** Component-wise median of many frames' signatures: a blink or a glitch in one frame does not move it. */
export function typicalSignature(signatures: readonly FaceSignature[]): FaceSignature {
  const first = signatures[0];
  return first ? first.map((_, k) => median(signatures.map((s) => s[k] ?? NaN))) : [];
}

/** Root-mean-square relative difference between two signatures (0.04 = the proportions differ by 4%). */
export function signatureDistance(a: FaceSignature, b: FaceSignature): number {
  if (a.length === 0 || a.length !== b.length) return NaN;
  return Math.sqrt(a.reduce((sum, v, k) => sum + ((v - (b[k] ?? NaN)) / (b[k] ?? NaN)) ** 2, 0) / a.length);
}

import type { Face, FrameSize, LandmarkClip } from '../landmarks/landmark-frame';
import { RIGID } from '../landmarks/landmark-subset';
import { insufficientData, measured, type CueResult } from './cue-result';
import { meshPoints, singleFace } from './geometry/face-points';
import { similarityAlign } from './geometry/similarity-align';
import { median, quantile } from './statistics';

/**
 * Landmark jitter beyond rigid motion: for each pair of consecutive frames, the rigid points
 * (landmark-subset.ts RIGID: bone, not expression) of the earlier frame are mapped onto the later
 * one by the best rotation, scale and shift (Procrustes), and what is left over is divided by the
 * face's size. A real head moves as one rigid body, so what remains is tracking noise; a swapped or
 * generated face can wobble on its own.
 *
 * No published threshold exists for this measure; the numbers below come from the nine real
 * recordings in test/fixtures/landmarks, and no recording of a face swap was available to test the
 * "elevated" side. Treat `level` as provisional.
 */
export const JITTER = {
  minPairs: 10,
  /** Pairs further apart than this are not consecutive views of one motion. */
  maxPairGapMs: 250,
  /**
   * Median residual that counts as elevated: 2% of the face's size. The real recordings have medians
   * of 0.1-1.0% (1.0% with d12's fast head motion at 25 fps).
   */
  elevatedMedian: 0.02,
} as const;

/** Residual of the rigid points after aligning `from` onto `to`, over the face's size. */
export function pairJitter(from: Face, to: Face, size: FrameSize): number {
  const { rmsResidual, rmsSize } = similarityAlign(meshPoints(from, size, RIGID), meshPoints(to, size, RIGID));
  return rmsSize > 0 ? rmsResidual / rmsSize : NaN;
}

export interface PairJitter {
  /** Timestamps of the earlier and the later frame of the pair. */
  fromT: number;
  t: number;
  jitter: number;
}

/** Jitter of every pair of consecutive frames that each show one usable face. */
export function pairJitters({ frames, size }: LandmarkClip): PairJitter[] {
  return frames.slice(1).flatMap((frame, k) => {
    const before = frames[k];
    const a = before && singleFace(before);
    const b = singleFace(frame);
    if (!before || !a || !b || frame.t - before.t > JITTER.maxPairGapMs) return [];
    const jitter = pairJitter(a, b, size);
    return Number.isFinite(jitter) ? [{ fromT: before.t, t: frame.t, jitter }] : [];
  });
}

export type JitterResult = CueResult<{
  /** Residuals as fractions of the face's size (RMS distance of the rigid points from their centre). */
  medianJitter: number;
  p90Jitter: number;
  maxJitter: number;
  pairs: number;
  level: 'typical' | 'elevated';
}>;

export function jitter(clip: LandmarkClip): JitterResult {
  const values = pairJitters(clip).map((p) => p.jitter);
  if (values.length < JITTER.minPairs) {
    return insufficientData(`${values.length} pairs of consecutive single-face frames; jitter needs ${JITTER.minPairs}`);
  }
  const medianJitter = median(values);
  return measured({
    medianJitter,
    p90Jitter: quantile(values, 0.9),
    maxJitter: Math.max(...values),
    pairs: values.length,
    level: medianJitter > JITTER.elevatedMedian ? 'elevated' : 'typical',
  });
}

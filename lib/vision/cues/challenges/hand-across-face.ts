import type { LandmarkClip } from '../../landmarks/landmark-frame';
import { singleFace } from '../geometry/face-points';
import { signatureDistance, typicalSignature } from '../geometry/face-signature';
import { IDENTITY, frontalSignatures } from '../identity-drift';
import { pairJitters } from '../jitter';
import { percent, shortWindowReason, trackingContinuity, type ChallengeResult } from './challenge-result';

/**
 * Challenge "pass your hand slowly across your face". Real-time face swappers break under occlusion,
 * and the FBI's 2025 advice to employers includes the hand wave: the fake face may lose
 * its shape, or come back as a different face. From landmarks alone this sees that something covered
 * the face (tracking lost, or landmarks pushed out of rigid shape) and whether the face that came back
 * has the same proportions as before. It cannot see the hand itself.
 *
 * Checked on synthetic sequences built from real recordings only: no recording of a real hand
 * passing a face was available.
 */
export const HAND_ACROSS_FACE = {
  /**
   * Landmarks pushed out of rigid shape by more than 6% of the face's size mean something covered
   * or dragged them: more than any pair of frames in the nine real recordings (4.7%).
   */
  disturbanceJitter: 0.06,
  /** Near-frontal frames needed before and after the occlusion to compare the face's proportions. */
  minSideFrames: 5,
  /** The proportions may differ by this much before counting as a different face (identity-drift.ts). */
  changedAbove: IDENTITY.changedAbove,
} as const;

export interface HandAcrossFaceMeasured {
  trackingContinuity: number;
  /** From the first to the last frame in which the face was lost or disturbed; 0 if none. */
  occludedMs: number;
  /** Pairs of consecutive frames disturbed beyond HAND_ACROSS_FACE.disturbanceJitter. */
  disturbedPairs: number;
  /** Relative difference of the face's proportions after the occlusion against before (NaN if not measured). */
  geometryChange: number;
}

export function handAcrossFace(clip: LandmarkClip): ChallengeResult<HandAcrossFaceMeasured> {
  const { frames } = clip;
  const disturbed = pairJitters(clip).filter((p) => p.jitter >= HAND_ACROSS_FACE.disturbanceJitter);
  // Occlusion: frames without one tracked face, and disturbed pairs. A face covered at the start or
  // still covered at the end leaves nothing to compare on that side, which the checks below report.
  const lostTimes = frames.filter((f) => singleFace(f) === undefined).map((f) => f.t);
  const occlusion = [...lostTimes, ...disturbed.map((p) => p.t)];
  const [from, to] = [Math.min(...occlusion), Math.max(...occlusion)];
  const signatures = frontalSignatures(clip);
  const before = signatures.filter((s) => s.t < from).map((s) => s.signature);
  const after = signatures.filter((s) => s.t > to).map((s) => s.signature);
  const measured: HandAcrossFaceMeasured = {
    trackingContinuity: trackingContinuity(clip),
    occludedMs: occlusion.length > 0 ? to - from : 0,
    disturbedPairs: disturbed.length,
    geometryChange: occlusion.length > 0 && before.length > 0 && after.length > 0
      ? signatureDistance(typicalSignature(after), typicalSignature(before))
      : NaN,
  };
  const inconclusive = (reason: string) => ({ result: 'inconclusive' as const, reason, measured });
  const tooShort = shortWindowReason(clip);
  if (tooShort) return inconclusive(tooShort);
  if (occlusion.length === 0) {
    return inconclusive('Nothing covered the face in the landmarks (tracking never lost, no disturbance). If the hand did pass in front of the face, a person should review the video: a synthetic face drawn over a hand is a known sign of face swapping');
  }
  if (before.length < HAND_ACROSS_FACE.minSideFrames || after.length < HAND_ACROSS_FACE.minSideFrames) {
    return inconclusive(`The face was seen facing the camera in ${before.length} frames before and ${after.length} after the occlusion; ${HAND_ACROSS_FACE.minSideFrames} each are needed to compare it`);
  }
  const change = `the face's proportions changed by ${percent(measured.geometryChange, 1)}`;
  if (measured.geometryChange > HAND_ACROSS_FACE.changedAbove) {
    return { result: 'fail', reason: `After the face was covered for ${(measured.occludedMs / 1000).toFixed(1)} s, ${change} (more than ${percent(HAND_ACROSS_FACE.changedAbove, 1)}): a person should review the video`, measured };
  }
  return { result: 'pass', reason: `The face was covered for ${(measured.occludedMs / 1000).toFixed(1)} s and came back with the same proportions (${change}, at most ${percent(HAND_ACROSS_FACE.changedAbove, 1)} allowed)`, measured };
}

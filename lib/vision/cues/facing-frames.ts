import type { Face, LandmarkClip } from '../landmarks/landmark-frame';
import { singleFace } from './geometry/face-points';
import { headPose } from './head-pose';

/** How far the head may turn before a cue stops trusting its landmarks. */
export interface FacingLimits {
  maxYawDeg: number;
  maxPitchDeg: number;
}

export interface FacingFrame {
  t: number;
  face: Face;
}

/**
 * Frames that show one usable face turned towards the camera within the limits. Eye and proportion
 * measures bend as the head turns away, so the cues that need them read only these frames.
 */
export function facingFrames({ frames, size }: LandmarkClip, limits: FacingLimits): FacingFrame[] {
  return frames.flatMap((frame) => {
    const face = singleFace(frame);
    if (!face) return [];
    const pose = headPose(face, size);
    return Math.abs(pose.yawDeg) <= limits.maxYawDeg && Math.abs(pose.pitchDeg) <= limits.maxPitchDeg ? [{ t: frame.t, face }] : [];
  });
}

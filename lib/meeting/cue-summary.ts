import { blinks, type BlinkResult } from '../vision/cues/blinks';
import { insufficientData, measured, type CueResult } from '../vision/cues/cue-result';
import { meanEyeAspectRatio } from '../vision/cues/eye-aspect-ratio';
import { facePresence, type PresenceResult } from '../vision/cues/face-presence';
import { frozenOrLooping, type FrozenOrLoopingResult } from '../vision/cues/frozen-or-looping';
import { singleFace } from '../vision/cues/geometry/face-points';
import { headPose } from '../vision/cues/head-pose';
import { multipleFaces, type MultipleFacesResult } from '../vision/cues/multiple-faces';
import { quantile } from '../vision/cues/statistics';
import type { LandmarkClip } from '../vision/landmarks/landmark-frame';

/**
 * What the meeting panel shows for one participant's recent frames: the cues of lib/vision/cues run
 * over the panel's rolling window, and the yaw of each frame for the sparkline. Only these derived
 * values leave the window; the landmarks themselves are dropped as the window moves on.
 */

/** Frames with one face needed before a head-pose range means anything. */
export const MIN_POSE_FRAMES = 10;

export type HeadPoseRange = CueResult<{
  /** 5th to 95th percentile, so that one misread frame does not widen the range. */
  yawDeg: [number, number];
  pitchDeg: [number, number];
  frames: number;
}>;

export interface YawPoint {
  /** The frame's time on the clip's clock (ms since the stream's first frame). */
  t: number;
  /** Undefined when the frame showed no single face. */
  yawDeg: number | undefined;
}

export interface CueSummary {
  presence: PresenceResult;
  blinks: BlinkResult;
  headPose: HeadPoseRange;
  frozenOrLooping: FrozenOrLoopingResult;
  multipleFaces: MultipleFacesResult;
  yaw: YawPoint[];
  /** Eye openness (mean eye aspect ratio) of each frame, for the second sparkline: blinks are the dips. */
  eyes: ChartPoint[];
}

export interface ChartPoint {
  t: number;
  /** Undefined when the frame showed no single face. */
  value: number | undefined;
}

export function eyePoints({ frames, size }: LandmarkClip): ChartPoint[] {
  return frames.map((frame) => {
    const face = singleFace(frame);
    const ear = face ? meanEyeAspectRatio(face, size) : undefined;
    return { t: frame.t, value: ear !== undefined && Number.isFinite(ear) ? ear : undefined };
  });
}

export function yawPoints({ frames, size }: LandmarkClip): YawPoint[] {
  return frames.map((frame) => {
    const face = singleFace(frame);
    const yawDeg = face ? headPose(face, size).yawDeg : undefined;
    return { t: frame.t, yawDeg: yawDeg !== undefined && Number.isFinite(yawDeg) ? yawDeg : undefined };
  });
}

function headPoseRange(clip: LandmarkClip): HeadPoseRange {
  const poses = clip.frames.flatMap((frame) => {
    const face = singleFace(frame);
    return face ? [headPose(face, clip.size)] : [];
  });
  if (poses.length < MIN_POSE_FRAMES) return insufficientData(`${poses.length} frames with one face; a head-pose range needs ${MIN_POSE_FRAMES}`);
  const range = (values: number[]): [number, number] => [quantile(values, 0.05), quantile(values, 0.95)];
  return measured({ yawDeg: range(poses.map((p) => p.yawDeg)), pitchDeg: range(poses.map((p) => p.pitchDeg)), frames: poses.length });
}

export function summariseCues(clip: LandmarkClip): CueSummary {
  return {
    presence: facePresence(clip),
    blinks: blinks(clip),
    headPose: headPoseRange(clip),
    frozenOrLooping: frozenOrLooping(clip),
    multipleFaces: multipleFaces(clip),
    yaw: yawPoints(clip),
    eyes: eyePoints(clip),
  };
}

import type { Face, FrameSize } from '../landmarks/landmark-frame';
import { POSE } from '../landmarks/landmark-subset';
import { meshPoint } from './geometry/face-points';
import { add, cross, dot, scale, sub, unit, type Vec3 } from './geometry/vec3';

/**
 * Head pose in degrees, from the camera's point of view (an unmirrored image):
 * - yaw > 0: the nose points towards the image's right; ±90 is a full profile.
 * - pitch > 0: the nose points up (chin raised).
 * - roll > 0: the eye line descends towards the image's right (the head turned clockwise on screen).
 * Zero is "facing the camera squarely" for an average face; a person's own neutral pose may sit a few
 * degrees off, which is why cues compare a pose with the same person's earlier frames.
 */
export interface HeadPose {
  yawDeg: number;
  pitchDeg: number;
  rollDeg: number;
}

/**
 * The head's axes in camera space (x right, y down, z away from the camera; MediaPipe's z grows
 * away from the camera too): `across` runs from the person's right eye to the left eye, `down` from
 * forehead to chin, `back` from the face into the head. They must be orthonormal.
 */
export interface HeadAxes {
  across: Vec3;
  down: Vec3;
  back: Vec3;
}

const DEG = 180 / Math.PI;

/**
 * The forehead-to-nose line leans back from the face's true vertical, so a level head's nose axis,
 * taken square to it, points about 6.5° up: the median difference from MediaPipe's own geometry
 * pipeline (its canonical face fitted to the mesh) over the 2,689 recorded frames of nine real
 * videos, with people ranging 3.7-10.3°. The axes are tilted back by that much, so that zero means
 * level for an average face and rolling the head does not leak into yaw.
 */
export const PITCH_ZERO_DEG = 6.5;

/** Yaw, then pitch about the head's own across axis, then roll about the nose axis. */
export function poseFromAxes({ across, back }: HeadAxes): HeadPose {
  const nose = scale(back, -1);
  const horizontal = unit([-nose[2], 0, nose[0]]); // level and square to the nose: zero-roll `across`
  return {
    yawDeg: Math.atan2(nose[0], -nose[2]) * DEG,
    pitchDeg: Math.atan2(-nose[1], Math.hypot(nose[0], nose[2])) * DEG,
    rollDeg: Math.atan2(dot(across, cross(back, horizontal)), dot(across, horizontal)) * DEG,
  };
}

/**
 * Axes from the landmarks: `across` joins the two eye centres (mean of each eye's corners); `down`
 * runs from the top of the forehead to below the nose, made square to `across`, then tilted by
 * PITCH_ZERO_DEG. All four points sit on bone, so talking and smiling barely move them; the chin
 * would (the jaw opens).
 */
export function headAxes(face: Face, size: FrameSize): HeadAxes {
  const at = (i: number) => meshPoint(face, size, i);
  const rightEye = scale(add(at(POSE.rightEyeOuter), at(POSE.rightEyeInner)), 0.5);
  const leftEye = scale(add(at(POSE.leftEyeOuter), at(POSE.leftEyeInner)), 0.5);
  const across = unit(sub(leftEye, rightEye));
  const vertical = sub(at(POSE.subnasale), at(POSE.forehead));
  const rawNose = scale(cross(across, unit(sub(vertical, scale(across, dot(vertical, across))))), -1);
  // Rotate the nose about `across` (Rodrigues, the two are square): positive angles lower it.
  const tilt = (PITCH_ZERO_DEG * Math.PI) / 180;
  const nose = add(scale(rawNose, Math.cos(tilt)), scale(cross(across, rawNose), Math.sin(tilt)));
  const back = scale(nose, -1);
  return { across, down: cross(back, across), back };
}

/** Head pose of one usable face (see face-points.ts `isUsableFace`). */
export function headPose(face: Face, size: FrameSize): HeadPose {
  return poseFromAxes(headAxes(face, size));
}

import type { Face, FrameSize, LandmarkClip, LandmarkFrame, Point } from '../../../../lib/vision/landmarks/landmark-frame';
import { toSquare } from '../../../../lib/vision/cues/geometry/face-points';
import { centroid, type Vec3 } from '../../../../lib/vision/cues/geometry/vec3';
import { recording, type RecordingName } from './recordings';

/**
 * Builders for synthetic edge cases. Every face they use comes from a real recording; they only move,
 * rotate, drop or swap real landmarks in ways whose true answer is known.
 */

/** The first face of frame `index` of a recording. */
export function realFace(name: RecordingName, index: number): Face {
  const face = recording(name).frames[index]?.faces[0];
  if (!face) throw new Error(`${name} has no face in frame ${index}`);
  return { landmarks: face.landmarks };
}

/** Frames at a steady rate from a list of faces (undefined: no face in that frame). */
export function framesAt(fps: number, faces: readonly (Face | Face[] | undefined)[]): LandmarkFrame[] {
  return faces.map((f, i) => ({ t: Math.round((i * 1000) / fps), faces: f === undefined ? [] : Array.isArray(f) ? f : [f] }));
}

/** The same face measured in a frame of another size (normalised coordinates depend on the frame). */
export function reframe(face: Face, from: FrameSize, to: FrameSize): Face {
  return { landmarks: face.landmarks.map(([x, y, z]) => [(x * from.width) / to.width, (y * from.height) / to.height, (z * from.width) / to.width]) };
}

export interface Rotation {
  yawDeg?: number;
  pitchDeg?: number;
  rollDeg?: number;
}

/**
 * Rotates a face's landmarks about their centre, in square units, by rotations about the camera's
 * axes (roll, then pitch, then yaw) with head-pose.ts signs: yaw + turns the nose to the image's
 * right, pitch + raises it, roll + tilts the eye line down to the right.
 */
export function rotateFace(face: Face, size: FrameSize, { yawDeg = 0, pitchDeg = 0, rollDeg = 0 }: Rotation): Face {
  const rad = Math.PI / 180;
  const points = face.landmarks.map((p) => toSquare(p, size));
  const centre = centroid(points);
  const [cy, sy, cp, sp, cr, sr] = [Math.cos(yawDeg * rad), Math.sin(yawDeg * rad), Math.cos(pitchDeg * rad), Math.sin(pitchDeg * rad), Math.cos(rollDeg * rad), Math.sin(rollDeg * rad)];
  const rotate = ([x0, y0, z0]: Vec3): Vec3 => {
    const [x1, y1] = [x0 * cr - y0 * sr, x0 * sr + y0 * cr];
    const [y2, z2] = [y1 * cp + z0 * sp, -y1 * sp + z0 * cp];
    return [x1 * cy - z2 * sy, y2, x1 * sy + z2 * cy];
  };
  return {
    landmarks: points.map((p): Point => {
      const [x, y, z] = rotate([p[0] - centre[0], p[1] - centre[1], p[2] - centre[2]]);
      return [(x + centre[0]) / size.width, (y + centre[1]) / size.height, (z + centre[2]) / size.width];
    }),
  };
}

/** Moves every landmark by seeded pseudo-random offsets of up to ±`amount` (normalised units). */
export function shake(face: Face, amount: number, seed: number): Face {
  let state = seed >>> 0;
  const next = () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0; // LCG: the same offsets on every run
    return (state / 2 ** 32) * 2 - 1;
  };
  return { landmarks: face.landmarks.map(([x, y, z]): Point => [x + next() * amount, y + next() * amount, z + next() * amount]) };
}

/** A recording's frames from `first` up to (not including) `end`, as a clip. */
export function slice(name: RecordingName, first: number, end: number): LandmarkClip {
  const rec = recording(name);
  return { size: rec.size, frames: rec.frames.slice(first, end) };
}

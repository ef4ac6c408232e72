import type { Face, FrameSize, LandmarkFrame } from '../../landmarks/landmark-frame';
import { LANDMARK_SUBSET, subsetPosition } from '../../landmarks/landmark-subset';
import type { Vec3 } from './vec3';

/**
 * Landmarks in square units: normalised x and y are scaled by different frame sides, so angles and
 * distance ratios are only right after multiplying back by the frame's size. z is on x's scale
 * (MediaPipe's convention), so it takes the width.
 */
export function toSquare(point: readonly [number, number, number], size: FrameSize): Vec3 {
  return [point[0] * size.width, point[1] * size.height, point[2] * size.width];
}

/** A face whose landmarks are all there and all finite; anything else is treated as no face. */
export function isUsableFace(face: Face): boolean {
  return face.landmarks.length === LANDMARK_SUBSET.length && face.landmarks.every((p) => p.every(Number.isFinite));
}

export function usableFaces(frame: LandmarkFrame): Face[] {
  return frame.faces.filter(isUsableFace);
}

/** The frame's face when it shows exactly one usable face; cues about one person need that. */
export function singleFace(frame: LandmarkFrame): Face | undefined {
  const faces = usableFaces(frame);
  return faces.length === 1 ? faces[0] : undefined;
}

/** Mesh point `meshIndex` of a usable face, in square units. */
export function meshPoint(face: Face, size: FrameSize, meshIndex: number): Vec3 {
  const p = face.landmarks[subsetPosition(meshIndex)];
  if (p === undefined) throw new Error(`Face has no landmark for mesh point ${meshIndex}`);
  return toSquare(p, size);
}

export function meshPoints(face: Face, size: FrameSize, meshIndices: readonly number[]): Vec3[] {
  return meshIndices.map((i) => meshPoint(face, size, i));
}

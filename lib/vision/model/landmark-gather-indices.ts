/**
 * Which of the 468-point face mesh's 1404 values fill the 1434 (478 × 3) values MediaPipe Tasks
 * decodes. Points 0-467 map to themselves. Points 468-477 are the two irises (centre, then four
 * around) in the full model; this model has no iris output, so each slot repeats an eye-contour
 * point of the same eye. Zeros instead would drag the next frame's face region to the crop's corner
 * and lose the face every few frames. Nothing may read these ten points as gaze.
 */

export const MESH_POINTS = 468;
export const TASKS_POINTS = 478;
export const VALUES_PER_POINT = 3; // x, y, z

/** Stand-ins for points 468-472 (eye with corners 33/133) and 473-477 (eye with corners 263/362). */
export const IRIS_STAND_INS = [159, 133, 159, 33, 145, 386, 362, 386, 263, 374] as const;

export function landmarkGatherIndices(): Int32Array {
  const points = [...Array.from({ length: MESH_POINTS }, (_, i) => i), ...IRIS_STAND_INS];
  return Int32Array.from(points.flatMap((p) => [0, 1, 2].map((c) => p * VALUES_PER_POINT + c)));
}

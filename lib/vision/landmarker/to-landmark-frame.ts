import type { LandmarkFrame } from '../landmarks/landmark-frame';
import { toSubset } from '../landmarks/landmark-subset';

/** One mesh point as MediaPipe gives it, normalised to the frame. */
export interface MeshPoint {
  x: number;
  y: number;
  z: number;
}

/**
 * The face mesh's own points, without the ten iris slots after them: the extent is measured on
 * these because the product's model fills the iris slots with stand-ins (face-model.md).
 */
const MESH_POINTS = 468;

/**
 * A landmarker result as the cues read it: per face only the landmark subset (face geometry is
 * biometric, so no more of it leaves the worker than the cues need) and the face's extent.
 */
export function toLandmarkFrame(meshes: readonly (readonly MeshPoint[])[], t: number, frameHash?: string): LandmarkFrame {
  const faces = meshes.map((mesh) => {
    const outline = mesh.slice(0, MESH_POINTS);
    const xs = outline.map((p) => p.x);
    const ys = outline.map((p) => p.y);
    const [x, y] = [Math.min(...xs), Math.min(...ys)];
    return {
      landmarks: toSubset(mesh).map((p): [number, number, number] => [p.x, p.y, p.z]),
      box: { x, y, width: Math.max(...xs) - x, height: Math.max(...ys) - y },
    };
  });
  return { t, faces, ...(frameHash === undefined ? {} : { frameHash }) };
}

import { appendOutputGather } from './append-gather';
import { attachModelMetadata } from './attach-metadata';
import { landmarkGatherIndices, MESH_POINTS, VALUES_PER_POINT } from './landmark-gather-indices';
import { buildModelMetadata } from './model-metadata';
import { packedAssetBytes, readPackedAssetsIndex } from './packed-assets-index';
import { summarizeTflite } from './tflite-summary';
import { writeStoredZip } from './zip-write';

/**
 * Assembles a FaceLandmarker `.task` bundle from the models inside @mediapipe/face_mesh: the
 * short-range face detector and the 468-point landmark model, each given the input metadata Tasks
 * needs, the landmark model widened to the 478-point output Tasks decodes, plus the face geometry
 * data the graph reads. Pure: the same package bytes always give the same bundle bytes.
 */

export const TASK_MEMBER = {
  detector: 'face_detector.tflite',
  landmarks: 'face_landmarks_detector.tflite',
  geometry: 'geometry_pipeline_metadata_landmarks.binarypb',
} as const;

/** The packed assets of @mediapipe/face_mesh each member is made from. */
const SOURCE_ASSET = {
  detector: 'face_detection_short_range.tflite',
  landmarks: 'face_landmark.tflite',
  geometry: 'geometry_pipeline_metadata_landmarks.binarypb',
} as const;

export interface FaceMeshPackage {
  /** Text of face_mesh_solution_packed_assets_loader.js. */
  loaderSource: string;
  /** Bytes of face_mesh_solution_packed_assets.data. */
  packedAssets: Uint8Array;
  /** The package's version, recorded in the models' metadata. */
  version: string;
}

/** Members start on 16-byte boundaries: MediaPipe reads STORED members in place. */
const MEMBER_ALIGN = 16;

export function buildFaceLandmarkerTask(pkg: FaceMeshPackage): Uint8Array {
  const index = readPackedAssetsIndex(pkg.loaderSource);
  const asset = (name: string) => packedAssetBytes(index, pkg.packedAssets, name);
  const common = { version: pkg.version, author: 'Google (model); HireProof (metadata)', license: 'Apache-2.0' };

  const detector = attachModelMetadata(asset(SOURCE_ASSET.detector), buildModelMetadata({
    ...common,
    name: 'Face detector',
    description: `BlazeFace short-range face detector from @mediapipe/face_mesh ${pkg.version}.`,
    input: { name: 'image', description: 'RGB image, pixels scaled to -1..1.', mean: [127.5], std: [127.5] },
  }));

  const landmarks = asset(SOURCE_ASSET.landmarks);
  checkMeshOutput(landmarks);
  const widened = appendOutputGather(landmarks, {
    indices: landmarkGatherIndices(),
    axis: 3,
    indicesName: 'face_mesh_478_indices',
    outputName: 'face_mesh_478',
  });
  const landmarksModel = attachModelMetadata(widened, buildModelMetadata({
    ...common,
    name: 'Face landmarks detector',
    description: `468-point face mesh from @mediapipe/face_mesh ${pkg.version}; points 468-477 repeat eye-contour points (no iris).`,
    input: { name: 'image', description: 'RGB face crop, pixels scaled to 0..1.', mean: [0], std: [255] },
  }));

  return writeStoredZip([
    { name: TASK_MEMBER.detector, data: detector },
    { name: TASK_MEMBER.landmarks, data: landmarksModel },
    { name: TASK_MEMBER.geometry, data: asset(SOURCE_ASSET.geometry) },
  ], { align: MEMBER_ALIGN });
}

/** The gather below assumes the model's first output is 468 × 3 values along axis 3. */
function checkMeshOutput(model: Uint8Array) {
  const shape = summarizeTflite(model).subgraphs[0]?.outputs[0]?.shape ?? [];
  const expected = [1, 1, 1, MESH_POINTS * VALUES_PER_POINT];
  if (shape.join() !== expected.join()) {
    throw new Error(`${SOURCE_ASSET.landmarks}: expected output 0 of shape [${expected.join(', ')}], found [${shape.join(', ')}]`);
  }
}

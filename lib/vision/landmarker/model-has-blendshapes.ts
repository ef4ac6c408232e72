import { readZip } from '../model/zip-read';

/** The member of a `.task` bundle that holds the blendshapes model (optional in a bundle). */
export const BLENDSHAPES_MEMBER = 'face_blendshapes.tflite';

/**
 * Whether a FaceLandmarker bundle can output blendshapes. The model built at install has none, and
 * asking for them without the member makes MediaPipe fail; the official bundle an administrator may
 * supply has it. Throws when the bytes are not a zip archive.
 */
export function modelHasBlendshapes(task: Uint8Array): boolean {
  return readZip(task).some((member) => member.name === BLENDSHAPES_MEMBER);
}

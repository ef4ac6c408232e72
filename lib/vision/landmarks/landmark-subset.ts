/**
 * The face-mesh points the liveness cues read, and the only points a landmark frame carries.
 * Numbers are MediaPipe face-mesh indices (468-point topology). "Right" is the person's own right,
 * which is the image's left in an unmirrored camera. Each index was checked once by drawing it on a
 * frame. Keeping only these points keeps recordings small and keeps no more face geometry than the
 * cues need: face geometry is biometric data, and the product stores only derived cue values.
 */

/**
 * Eye contours in eye-aspect-ratio order p1..p6 (Soukupová & Čech 2016): outer corner, upper lid
 * near it, upper lid near the inner corner, inner corner, lower lid near the inner corner, lower lid
 * near the outer corner, so that (p2, p6) and (p3, p5) are the two vertical pairs.
 */
export const RIGHT_EYE = [33, 160, 158, 133, 153, 144] as const;
export const LEFT_EYE = [263, 387, 385, 362, 380, 373] as const;

/** Points that define the head's axes for yaw, pitch and roll. */
export const POSE = {
  rightEyeOuter: 33,
  rightEyeInner: 133,
  leftEyeInner: 362,
  leftEyeOuter: 263,
  /** Top of the forehead on the midline. */
  forehead: 10,
  /** Below the nose on the midline; unlike the chin it does not move when the mouth opens. */
  subnasale: 2,
} as const;

/**
 * Points that speech, smiles and blinks barely move: the forehead and nose midline, the eye corners,
 * the face outline at eye and cheekbone height, and the nose wings. Jitter, identity geometry and
 * challenge breakage read only these, so that expression is not mistaken for noise or a new face.
 * Lips, jaw, chin, brows and eyelids are left out on purpose.
 */
export const RIGID = [
  10, 151, 168, 6, 195, 4, 1, 2, // midline: forehead, nose bridge, nose tip, subnasale
  33, 133, 362, 263, // eye corners
  127, 356, 234, 454, 93, 323, // outline: temples, ear level, cheekbones
  98, 327, // nose wings
] as const;

/** Chin: kept for the face's extent (box) and for pictures of a recording, not for geometry. */
const CHIN = 152;

/** Every recorded point, ascending; a frame's `landmarks[k]` is mesh point `LANDMARK_SUBSET[k]`. */
export const LANDMARK_SUBSET: readonly number[] = [...new Set<number>([...RIGHT_EYE, ...LEFT_EYE, ...Object.values(POSE), ...RIGID, CHIN])]
  .sort((a, b) => a - b);

const POSITION = new Map(LANDMARK_SUBSET.map((mesh, k) => [mesh, k]));

/** Where mesh point `meshIndex` sits in a frame's landmark list; throws for a point not recorded. */
export function subsetPosition(meshIndex: number): number {
  const k = POSITION.get(meshIndex);
  if (k === undefined) throw new Error(`Mesh point ${meshIndex} is not in the landmark subset`);
  return k;
}

/** Keeps the subset, in subset order, from a full mesh (468 or 478 points). */
export function toSubset<P>(mesh: readonly P[]): P[] {
  return LANDMARK_SUBSET.map((i) => {
    const p = mesh[i];
    if (p === undefined) throw new Error(`The mesh has ${mesh.length} points; point ${i} is missing`);
    return p;
  });
}

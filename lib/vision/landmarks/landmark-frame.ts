import { z } from 'zod';
import { LANDMARK_SUBSET } from './landmark-subset';
import { FRAME_HASH_PATTERN } from './frame-hash';

/**
 * What the landmarker hands the cues for one video frame. Coordinates are normalised the MediaPipe
 * way: x by the frame's width, y by its height, z (depth, smaller = nearer the camera) roughly on
 * the scale of x. Only the points of LANDMARK_SUBSET are kept, in that order.
 */

export const PointSchema = z.tuple([z.number(), z.number(), z.number()]);
export type Point = z.infer<typeof PointSchema>;

/** The face's extent in normalised image coordinates (from the whole mesh, not just the subset). */
export const FaceBoxSchema = z.object({ x: z.number(), y: z.number(), width: z.number(), height: z.number() }).strict();

export const FaceSchema = z.object({
  landmarks: z.array(PointSchema).length(LANDMARK_SUBSET.length),
  box: FaceBoxSchema.optional(),
}).strict();
export type Face = z.infer<typeof FaceSchema>;

export const LandmarkFrameSchema = z.object({
  /** Milliseconds since the first frame of the stream. */
  t: z.number().nonnegative(),
  faces: z.array(FaceSchema),
  /** Difference hash of the whole downscaled frame (frame-hash.ts), for freeze and loop checks. */
  frameHash: z.string().regex(FRAME_HASH_PATTERN).optional(),
}).strict();
export type LandmarkFrame = z.infer<typeof LandmarkFrameSchema>;

export const FrameSizeSchema = z.object({ width: z.number().int().positive(), height: z.number().int().positive() }).strict();
export type FrameSize = z.infer<typeof FrameSizeSchema>;

/**
 * Frames of one participant's video in time order, with the pixel size they were measured at: the
 * cues need it to turn normalised coordinates into square units (x and y are scaled differently).
 */
export interface LandmarkClip {
  size: FrameSize;
  frames: readonly LandmarkFrame[];
}

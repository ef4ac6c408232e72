import { z } from 'zod';
import { FaceSchema, FrameSizeSchema, LandmarkFrameSchema } from './landmark-frame';
import { LANDMARK_SUBSET } from './landmark-subset';

/**
 * A landmark recording of a real video, made by test/vision/record-landmarks.ts and kept in
 * test/fixtures/landmarks/ so that the cues are tested on real landmarker output without shipping
 * or re-decoding the video. Only test data and tools read this; the product never stores landmarks.
 */

export const RECORDING_FORMAT = 'hireproof-landmarks/1';

/** Yaw, pitch, roll in degrees (head-pose.ts conventions). */
const PoseAnglesSchema = z.tuple([z.number(), z.number(), z.number()]);

const RecordedFaceSchema = FaceSchema.extend({
  /**
   * The head pose from MediaPipe's own geometry pipeline (its canonical 3-D face fitted to the
   * mesh), kept only so tests can compare head-pose.ts with an independent estimate.
   */
  referencePose: PoseAnglesSchema.optional(),
}).strict();

const RecordedFrameSchema = LandmarkFrameSchema.extend({ faces: z.array(RecordedFaceSchema) }).strict();

export const RecordedSequenceSchema = z.object({
  format: z.literal(RECORDING_FORMAT),
  /** What the frames are and how they were made (file, cuts, derived edits). */
  source: z.string().min(1),
  fps: z.number().positive(),
  size: FrameSizeSchema,
  /** Model file (with its hash), runtime and settings that produced the landmarks. */
  modelId: z.string().min(1),
  /** Must equal LANDMARK_SUBSET: a recording made with another subset would be read wrongly. */
  landmarkIndices: z.array(z.number().int()).refine(
    (indices) => indices.length === LANDMARK_SUBSET.length && indices.every((v, k) => v === LANDMARK_SUBSET[k]),
    'recorded with a different landmark subset: record it again',
  ),
  frames: z.array(RecordedFrameSchema).min(1),
}).strict();
export type RecordedSequence = z.infer<typeof RecordedSequenceSchema>;

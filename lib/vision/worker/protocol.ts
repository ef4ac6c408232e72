import { z } from 'zod';
import { LandmarkFrameSchema } from '../landmarks/landmark-frame';

/**
 * Messages between the panel page and its landmark worker (./landmark-worker.ts). Both sides parse
 * what they receive: the worker must not act on a message that is not what it expects, and the page
 * must not show a liveness result built from a reply it misread after an update of one side.
 * Replies carry numbers only; pixels go in, never out.
 */

const count = () => z.number().int().min(0);
const requestId = z.number().int().positive();
const streamId = z.string().min(1).max(200);

export const DelegateSchema = z.enum(['CPU', 'GPU']);
export type Delegate = z.infer<typeof DelegateSchema>;

// ImageBitmap is looked up when a message is checked, not when this module loads, so that the
// schemas also load where the class does not exist (Node, for tests).
const ImageBitmapSchema = z.custom<ImageBitmap>(
  (value) => typeof ImageBitmap === 'function' && value instanceof ImageBitmap,
  'expected an ImageBitmap',
);

const StartBase = { type: z.literal('start'), requestId, wasmBase: z.string().min(1), delegate: DelegateSchema };
/** The model comes from the extension package by URL, or as bytes an administrator supplied. */
export const StartRequestSchema = z.union([
  z.object({ ...StartBase, modelUrl: z.string().min(1) }).strict(),
  z.object({ ...StartBase, modelAssetBuffer: z.instanceof(ArrayBuffer) }).strict(),
]);

export const WorkerRequestSchema = z.union([
  StartRequestSchema,
  z.object({
    type: z.literal('track'),
    requestId,
    streamId,
    /** The caller's clock for this frame, in milliseconds; must rise within a stream. */
    timestampMs: z.number(),
    bitmap: ImageBitmapSchema,
  }).strict(),
  z.object({ type: z.literal('close'), streamId }).strict(),
  z.object({ type: z.literal('stats'), requestId }).strict(),
]);
export type WorkerRequest = z.infer<typeof WorkerRequestSchema>;
export type StartRequest = z.infer<typeof StartRequestSchema>;

/**
 * Why a frame was not analysed: `stale` when its timestamp was not at least 1 ms after the stream's
 * last one, `busy` when the stream still had a frame in progress, `closed` when the stream was
 * closed while the frame waited for its landmarker.
 */
export const SkipReasonSchema = z.enum(['stale', 'busy', 'closed']);
export type SkipReason = z.infer<typeof SkipReasonSchema>;

export const StreamStatsSchema = z.object({
  streamId,
  /** Frames passed to the landmarker, and how many of them had at least one face. */
  analysed: count(),
  withFace: count(),
  skipped: z.record(SkipReasonSchema, count()),
  /** Points in the model's full mesh for the last face found (478 with the product's model). */
  meshPoints: count().optional(),
}).strict();
export type StreamStats = z.infer<typeof StreamStatsSchema>;

export const WorkerStatsSchema = z.object({
  /** Requests the worker's network guard refused: anything not addressed to its own origin. */
  refusedRequests: count(),
  /** Streams open now. */
  streams: z.array(StreamStatsSchema),
}).strict();
export type WorkerStats = z.infer<typeof WorkerStatsSchema>;

export const WorkerReplySchema = z.union([
  z.object({
    type: z.literal('ready'),
    requestId,
    /** The delegate in use: CPU when GPU was asked for but could not start. */
    delegate: DelegateSchema,
    blendshapes: z.boolean(),
    workerKind: z.enum(['module', 'classic']),
  }).strict(),
  z.object({
    type: z.literal('frame'),
    requestId,
    frame: LandmarkFrameSchema,
    /** Milliseconds the landmarker spent on the frame inside the worker. */
    detectMs: z.number().min(0),
  }).strict(),
  z.object({ type: z.literal('skipped'), requestId, reason: SkipReasonSchema }).strict(),
  z.object({ type: z.literal('stats'), requestId, stats: WorkerStatsSchema }).strict(),
  z.object({ type: z.literal('failed'), requestId, error: z.string() }).strict(),
]);
export type WorkerReply = z.infer<typeof WorkerReplySchema>;

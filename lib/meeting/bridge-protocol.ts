import { z } from 'zod';
import { MAX_KEY_LENGTH, MeetingSnapshotSchema } from '../sites/meetings/define-meeting-adapter';

/**
 * Messages over the MessageChannel between the meetings content script (page side) and the meeting
 * panel iframe (extension origin). Frames travel here, never through runtime messaging (which is JSON:
 * an ImageBitmap would arrive as `{}`). Both sides parse everything they receive: the page side's
 * port only ever talks to our panel, but a message from a newer or older build must not be misread.
 *
 * One frame stream per participant, named by the participant's key (the adapter's stable key).
 */

/** Window message that hands the panel its port; see open-bridge.ts and accept-bridge.ts. */
export const BRIDGE_HELLO = 'hireproof:meeting-bridge';
/** runtime message the panel sends to its tab's content script to learn the hello's key. */
export const BRIDGE_KEY_REQUEST = 'hireproof:meeting-bridge-key';

/** A random per-mount key: only our content script knows it, page scripts cannot read it. */
const BridgeKeySchema = z.string().regex(/^[0-9a-f-]{36}$/);

export const BridgeHelloSchema = z.object({ type: z.literal(BRIDGE_HELLO), key: BridgeKeySchema }).strict();
export type BridgeHello = z.infer<typeof BridgeHelloSchema>;
export const BridgeKeyRequestSchema = z.object({ type: z.literal(BRIDGE_KEY_REQUEST) }).strict();
export const BridgeKeyReplySchema = z.object({ key: BridgeKeySchema }).strict();

const participantKey = z.string().min(1).max(MAX_KEY_LENGTH);
/** The page's clock (performance.now() in the meeting tab), in milliseconds. */
const pageTimeMs = z.number().nonnegative();

export const ChallengeKindSchema = z.enum(['turn-head', 'hand-across-face']);
export type ChallengeKind = z.infer<typeof ChallengeKindSchema>;
const ChallengePhaseSchema = z.enum(['start', 'end']);

/** Why a participant's frames stopped coming without the panel asking (stop-reason.ts). */
const SamplingStoppedReasonSchema = z.enum(['hidden', 'removed', 'ended', 'unreadable', 'not-sampled']);
export type SamplingStoppedReason = z.infer<typeof SamplingStoppedReasonSchema>;

// Looked up when a message is checked, not when this module loads, so that the schema also loads
// where ImageBitmap does not exist (Node, for tests).
const ImageBitmapSchema = z.custom<ImageBitmap>(
  (value) => typeof ImageBitmap === 'function' && value instanceof ImageBitmap,
  'expected an ImageBitmap',
);

/** Content script to panel. */
export const PageMessageSchema = z.discriminatedUnion('type', [
  /** The adapter's latest reading: names, keys and flags, never elements. */
  z.object({ type: z.literal('participants'), snapshot: MeetingSnapshotSchema }).strict(),
  z.object({
    type: z.literal('frame'),
    key: participantKey,
    timestampMs: pageTimeMs,
    /** Transferred, so the page side no longer holds it. */
    bitmap: ImageBitmapSchema,
    /** Frames not captured since the previous one because the panel was still busy. */
    dropped: z.number().int().nonnegative(),
    /** The page's main-thread time this frame's capture took, in milliseconds (what sampling costs the call). */
    pageCostMs: z.number().nonnegative(),
  }).strict(),
  z.object({ type: z.literal('sampling-stopped'), key: participantKey, reason: SamplingStoppedReasonSchema }).strict(),
  /** A challenge's start or end on the frames' own clock, so its window can be cut from them exactly. */
  z.object({
    type: z.literal('challenge-marker'),
    key: participantKey,
    challenge: ChallengeKindSchema,
    phase: ChallengePhaseSchema,
    timestampMs: pageTimeMs,
  }).strict(),
]);
export type PageMessage = z.infer<typeof PageMessageSchema>;

/** Panel to content script. */
export const PanelMessageSchema = z.discriminatedUnion('type', [
  /** The recruiter confirmed (or withdrew) that the candidate was told about the check and agreed. */
  z.object({ type: z.literal('consent'), given: z.boolean() }).strict(),
  /** Accommodation: no liveness check for this person. */
  z.object({ type: z.literal('skip-liveness'), key: participantKey, skip: z.boolean() }).strict(),
  /** The panel is ready to analyse this participant's frames (on), or wants no more (off). */
  z.object({ type: z.literal('sampling'), key: participantKey, on: z.boolean() }).strict(),
  /** Backpressure credit: the panel finished the stream's last frame and takes the next one. */
  z.object({ type: z.literal('ready-for-next'), key: participantKey }).strict(),
  z.object({ type: z.literal('challenge'), key: participantKey, challenge: ChallengeKindSchema, phase: ChallengePhaseSchema }).strict(),
  z.object({ type: z.literal('layout'), collapsed: z.boolean() }).strict(),
]);
export type PanelMessage = z.infer<typeof PanelMessageSchema>;

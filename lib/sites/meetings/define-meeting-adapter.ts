import { z } from 'zod';
import { AdapterHealthSchema, MAX_LIST_LENGTH } from '../../candidate/observation';

/**
 * One meeting adapter per file (`lib/sites/meetings/<id>.ts`), registered in `./index.ts`. An adapter
 * finds the participants a video-call page shows: who, under which stable key, the element their
 * camera (or screen share) plays in, and whether a tile is the recruiter's own self-view. Like the
 * site adapters it never throws on a strange page: what it could not read is reported in `health`.
 */

/** Display names are page text: kept short, like any other field read from a page. */
export const MAX_NAME_LENGTH = 200;
/** Keys come from page attributes (Meet's device paths, Teams' display names): capped as well. */
export const MAX_KEY_LENGTH = 300;

/** What a meeting page normally lets an adapter read; a missing one means the layout changed. */
export const MeetingFieldSchema = z.enum(['tiles', 'names', 'video', 'selfView']);
export type MeetingField = z.infer<typeof MeetingFieldSchema>;

/**
 * Where a participant's picture can be sampled: a `<video>` element, a region of a canvas the client
 * paints every tile into (Zoom's web client), or nowhere (camera off, avatar shown).
 */
export const ParticipantMediaSchema = z.enum(['video', 'canvas-region', 'none']);
export type ParticipantMedia = z.infer<typeof ParticipantMediaSchema>;

/** The serialisable part of a participant: everything except the page's elements. */
export const ParticipantInfoSchema = z.object({
  /** Stable for as long as the person stays in the call (across layout changes and camera toggles). */
  key: z.string().min(1).max(MAX_KEY_LENGTH),
  name: z.string().min(1).max(MAX_NAME_LENGTH).optional(),
  /** The recruiter's own tile: never checked for liveness. */
  self: z.boolean(),
  /** A shared screen or window: reported, but never checked for a face. */
  screenShare: z.boolean(),
  /** The page shows this tile's camera (or share) rather than an avatar. */
  cameraOn: z.boolean(),
  media: ParticipantMediaSchema,
});
export type ParticipantInfo = z.infer<typeof ParticipantInfoSchema>;

/** The job-site adapters' health, over meeting fields; problems read "tiles: found by fallback hook 1". */
export const MeetingHealthSchema = AdapterHealthSchema.extend({
  expected: z.array(MeetingFieldSchema),
  found: z.array(MeetingFieldSchema),
});
export type MeetingHealth = z.infer<typeof MeetingHealthSchema>;

/** What crosses a message boundary (content script to panel): no elements, parsed on receipt. */
export const MeetingSnapshotSchema = z.object({
  participants: z.array(ParticipantInfoSchema).max(MAX_LIST_LENGTH),
  health: MeetingHealthSchema,
});
export type MeetingSnapshot = z.infer<typeof MeetingSnapshotSchema>;

/** A tile painted into a shared canvas: crop `canvas` to `placeholder`'s on-screen box to sample it. */
export interface CanvasRegion {
  canvas: HTMLCanvasElement;
  placeholder: Element;
}

export interface Participant extends ParticipantInfo {
  /** Set when `media` is `video`: the element to sample (requestVideoFrameCallback). */
  video?: HTMLVideoElement;
  /** Set when `media` is `canvas-region`. */
  region?: CanvasRegion;
}

export interface MeetingReadResult {
  participants: Participant[];
  health: MeetingHealth;
}

/** What the extension knows besides the page, e.g. the recruiter's own display names from settings. */
export interface MeetingReadHints {
  selfNames?: readonly string[];
}

export interface MeetingAdapter {
  /** Equals the file name; kebab-case. */
  id: string;
  /** Shown to recruiters: "Google Meet". */
  label: string;
  /** Match patterns (WXT/Chrome syntax) for the meetings content script. */
  matches: string[];
  /** URLs this adapter must claim; the URL matrix test proves no other adapter claims them. */
  exampleUrls: string[];
  /** URLs on the same hosts that are not calls (home, lobby-less launchers, settings). */
  counterExampleUrls: string[];
  /** True when the URL can show a call this adapter reads. Only looks at the URL. */
  isMeetingUrl: (url: URL) => boolean;
  readParticipants: (document: Document, hints?: MeetingReadHints) => MeetingReadResult;
  /**
   * Attributes whose change alters a reading (camera toggles, renames, share state). `watchMeeting`
   * observes only these, so the speaking animations of a busy call do not wake it for nothing.
   */
  watchedAttributes: readonly string[];
}

export function defineMeetingAdapter(adapter: MeetingAdapter): MeetingAdapter {
  return adapter;
}

/** The serialisable part of a reading, for messages and fixtures. */
export function toSnapshot(result: MeetingReadResult): MeetingSnapshot {
  return {
    participants: result.participants.map(({ key, name, self, screenShare, cameraOn, media }) =>
      name === undefined ? { key, self, screenShare, cameraOn, media } : { key, name, self, screenShare, cameraOn, media },
    ),
    health: result.health,
  };
}

/** Participants whose face can be checked: other people, camera on, something to sample. */
export function faceCheckTargets(participants: readonly Participant[]): Participant[] {
  return participants.filter((p) => !p.self && !p.screenShare && p.cameraOn && p.media !== 'none');
}

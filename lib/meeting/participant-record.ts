import type { FrameSize, LandmarkFrame } from '../vision/landmarks/landmark-frame';
import type { ChallengeKind, SamplingStoppedReason } from './bridge-protocol';
import type { ChallengeRecord } from './challenge-window';
import { IDENTITY } from '../vision/cues/identity-drift';
import { nextCallIdentity, type CallIdentity } from './call-identity';
import { summariseCues, type CueSummary } from './cue-summary';

/**
 * What the panel knows about one participant's liveness: counters, and the landmark frames of the
 * last minute in memory (for the cues and the sparkline). Records are replaced, never changed, so the
 * panel re-renders from plain values. Nothing here is stored; a skipped or withdrawn check drops it.
 */

/** The rolling window the cues look at and the sparkline draws. */
export const WINDOW_MS = 60_000;
/** A ceiling whatever the frame rate: 30 fps for the whole window. */
export const MAX_WINDOW_FRAMES = 1_800;
/** Cues are recomputed at most this often (they read the whole window). */
export const SUMMARY_EVERY_MS = 1_000;

export interface TimedFrame {
  /** When the page sampled the frame, on the page's clock (what challenge markers use too). */
  pageMs: number;
  frame: LandmarkFrame;
}

/**
 * What the whole call showed, kept as the window moves on (for the summary stored with the
 * candidate): only values, never landmarks. A warning seen once stays.
 */
export interface CallTotals {
  /** Wall-clock time (epoch ms) of the first and last analysed frame. */
  startedAt: number;
  endedAt: number;
  longestAbsenceMs: number;
  /** Page time since when no face has been seen, while that lasts. */
  absentSinceMs?: number;
  /** Undefined until the cue could measure at all. */
  frozenOrLooping?: 'none' | 'frozen' | 'looping';
  multipleFaces?: boolean;
  /** The face's proportions against the start of the call (in memory only: see call-identity.ts). */
  identity?: CallIdentity;
}

export interface ParticipantRecord {
  /** Frames that reached the panel, whether or not they were analysed. */
  received: number;
  analysed: number;
  withFace: number;
  /** Not captured on the page because the previous frame was still being analysed. */
  droppedOnPage: number;
  /** Reached the panel but the landmarker refused them (busy, or out of time order). */
  droppedInPanel: number;
  failed: number;
  /** The page's main-thread time for all frames received, to show what sampling costs the call. */
  pageCostMs: number;
  lastFrameMs?: number;
  lastFaceMs?: number;
  faceInLastFrame?: boolean;
  /** Why frames stopped coming, until they come again. */
  stopped?: SamplingStoppedReason;
  size?: FrameSize;
  window: readonly TimedFrame[];
  summary?: CueSummary;
  summaryAtMs?: number;
  totals?: CallTotals;
  challenge?: { kind: ChallengeKind; startMs?: number };
  challenges: readonly ChallengeRecord[];
}

export const emptyRecord = (): ParticipantRecord => ({
  received: 0,
  analysed: 0,
  withFace: 0,
  droppedOnPage: 0,
  droppedInPanel: 0,
  failed: 0,
  pageCostMs: 0,
  window: [],
  challenges: [],
});

/** Pure: the call's totals after one more frame (and, when the cues were refreshed, their summary). */
function nextTotals(before: CallTotals | undefined, timed: TimedFrame, face: boolean, at: number, summary: CueSummary | undefined): CallTotals {
  const totals: CallTotals = { longestAbsenceMs: 0, ...before, startedAt: before?.startedAt ?? at, endedAt: at };
  // An absence lasts until the frame that shows the face again (or, while it goes on, until now).
  if (!face) totals.absentSinceMs ??= timed.pageMs;
  if (totals.absentSinceMs !== undefined) totals.longestAbsenceMs = Math.max(totals.longestAbsenceMs, timed.pageMs - totals.absentSinceMs);
  if (face) totals.absentSinceMs = undefined;
  const replay = summary?.frozenOrLooping;
  if (replay?.status === 'measured') {
    const seen = replay.looping ? 'looping' : replay.frozen ? 'frozen' : 'none';
    totals.frozenOrLooping = totals.frozenOrLooping === undefined || totals.frozenOrLooping === 'none' ? seen : totals.frozenOrLooping;
  }
  const faces = summary?.multipleFaces;
  if (faces?.status === 'measured') totals.multipleFaces = (totals.multipleFaces ?? false) || faces.severalFaces;
  return totals;
}

/**
 * Pure: the record with one analysed frame added, the window moved on and, when due, the cues
 * refreshed. `at` is the wall-clock time (epoch ms) the frame was analysed.
 */
export function addFrame(record: ParticipantRecord, timed: TimedFrame, size: FrameSize, at: number): ParticipantRecord {
  const face = timed.frame.faces.length > 0;
  // Cues compare frames in one pixel geometry: a new size (the tile was resized) starts a new window.
  const sameSize = record.size?.width === size.width && record.size?.height === size.height;
  const earliest = timed.pageMs - WINDOW_MS;
  const window = [...(sameSize ? record.window : []).filter((f) => f.pageMs >= earliest), timed].slice(-MAX_WINDOW_FRAMES);
  const next: ParticipantRecord = {
    ...record,
    analysed: record.analysed + 1,
    withFace: record.withFace + (face ? 1 : 0),
    lastFaceMs: face ? timed.pageMs : record.lastFaceMs,
    faceInLastFrame: face,
    size,
    window,
  };
  const due = !sameSize || record.summaryAtMs === undefined || timed.pageMs - record.summaryAtMs >= SUMMARY_EVERY_MS;
  const summary = due ? summariseCues({ size, frames: window.map((f) => f.frame) }) : undefined;
  const totals = nextTotals(record.totals, timed, face, at, summary);
  if (!summary) return { ...next, totals };
  // Proportions are compared in one pixel geometry too: a resized tile starts a new reference.
  const recent = { size, frames: window.filter((f) => f.pageMs > timed.pageMs - IDENTITY.windowMs).map((f) => f.frame) };
  const identity = nextCallIdentity(sameSize ? (totals.identity ?? {}) : {}, recent);
  return { ...next, totals: { ...totals, identity }, summary, summaryAtMs: timed.pageMs };
}

/**
 * Pure: the record with nothing derived from the face (a skip, or a withdrawn consent): only the
 * frames that reached the panel and what capturing them cost stay, which say how the pipeline ran,
 * not what it saw.
 */
export const forgetFace = (record: ParticipantRecord): ParticipantRecord => ({
  ...emptyRecord(),
  received: record.received,
  pageCostMs: record.pageCostMs,
});

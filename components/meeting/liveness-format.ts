import type { SamplingStoppedReason } from '../../lib/meeting/bridge-protocol';
import type { CallIdentity } from '../../lib/meeting/call-identity';
import type { CueSummary } from '../../lib/meeting/cue-summary';
import type { ParticipantRecord } from '../../lib/meeting/participant-record';
import type { NotCheckedReason } from '../../lib/meeting/sampling-plan';

/** Texts of the meeting panel. Every measurement is worded as what was seen, never as a verdict. */

export const NOT_CHECKED_TEXT: Record<NotCheckedReason, string> = {
  self: 'Your own video: never checked.',
  'screen-share': 'Screen share: never checked for a face.',
  'camera-off': 'Camera off: nothing to check.',
};

export const STOPPED_TEXT: Record<SamplingStoppedReason, string> = {
  hidden: 'Paused while this tab is hidden.',
  removed: 'The video tile went away; waiting for it to come back.',
  ended: 'The video ended.',
  unreadable: 'This video cannot be read by the extension.',
  'not-sampled': 'Not sampled.',
};

const seconds = (ms: number) => `${Math.max(0, Math.round(ms / 1000))} s`;

export function faceFoundText(record: ParticipantRecord): { value: 'yes' | 'no' | 'unknown'; text: string } {
  if (record.analysed === 0) return { value: 'unknown', text: 'Not analysed yet' };
  if (record.faceInLastFrame) return { value: 'yes', text: 'Yes' };
  if (record.lastFaceMs === undefined || record.lastFrameMs === undefined) return { value: 'no', text: 'No face seen yet' };
  return { value: 'no', text: `No (last seen ${seconds(record.lastFrameMs - record.lastFaceMs)} ago)` };
}

export function blinkText(summary: CueSummary): string {
  const b = summary.blinks;
  if (b.status !== 'measured') return `Blinks: not enough data yet (${b.reason}).`;
  const rate = `${b.ratePerMinute.toFixed(0)}/min over ${seconds(b.observedMs)}`;
  switch (b.assessment) {
    case 'too-short-to-judge':
      return `Blinks: ${rate}; a rate is compared with the usual range only after a minute.`;
    case 'within-conversation-range':
      return `Blinks: ${rate}, within the usual range in conversation.`;
    case 'below-conversation-range':
      return `Blinks: ${rate}, below the usual range in conversation (reading, concentration and some conditions lower it).`;
    case 'above-conversation-range':
      return `Blinks: ${rate}, above the usual range in conversation.`;
  }
}

const degrees = ([low, high]: [number, number]) => `${low.toFixed(0)}° to ${high.toFixed(0)}°`;

export function headPoseText(summary: CueSummary): string {
  const h = summary.headPose;
  if (h.status !== 'measured') return `Head movement: not enough data yet (${h.reason}).`;
  return `Head movement: turned ${degrees(h.yawDeg)}, tilted ${degrees(h.pitchDeg)} (${h.frames} frames).`;
}

export function presenceText(summary: CueSummary): string {
  const p = summary.presence;
  if (p.status !== 'measured') return `Face on camera: not enough data yet (${p.reason}).`;
  const absent = p.longestAbsenceMs > 0 ? `; longest absence ${seconds(p.longestAbsenceMs)}` : '';
  return `Face on camera ${(p.presentShare * 100).toFixed(0)}% of the last minute${absent}.`;
}

/** Undefined when there is nothing to warn about. */
export function frozenText(summary: CueSummary): string | undefined {
  const f = summary.frozenOrLooping;
  if (f.status !== 'measured') return undefined;
  const parts = [
    f.frozen ? `the picture stood still for up to ${seconds(f.longestFreezeMs)}` : undefined,
    f.looping ? `a stretch of ${seconds(f.longestLoopMs)} repeated earlier frames` : undefined,
  ].filter((p): p is string => p !== undefined);
  if (parts.length === 0) return undefined;
  return `In the last minute ${parts.join(', and ')}. A poor connection can cause this too; worth a look, not a conclusion.`;
}

/** Undefined unless several faces stayed on camera together (a poster or a passer-by counts too). */
export function multipleFacesText(summary: CueSummary): string | undefined {
  const m = summary.multipleFaces;
  if (m.status !== 'measured' || !m.severalFaces) return undefined;
  return `Up to ${m.maxFaces} faces were on camera together for ${(m.multipleShare * 100).toFixed(0)}% of the last minute. Someone passing by, or a face on a poster, counts too.`;
}

/**
 * The face's proportions against the start of the call. The measure is weak (identity-drift.ts):
 * a change is worth a look, and no change proves nothing, so the text says both.
 */
export function identityText(identity: CallIdentity | undefined): string {
  if (!identity?.reference) return 'Face proportions: not measured yet (needs a few seconds facing the camera).';
  if (identity.largestDrift === undefined) return 'Face proportions: the start of the call is the reference; compared from here on.';
  const percent = `${(identity.largestDrift * 100).toFixed(1)}%`;
  return identity.changed
    ? `Face proportions changed by up to ${percent} since the start of the call. Glasses, a moved camera or a big head turn can do this too.`
    : `Face proportions: steady since the start of the call (largest change ${percent}; a steady result does not prove it is the same person).`;
}

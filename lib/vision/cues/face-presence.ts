import type { LandmarkClip } from '../landmarks/landmark-frame';
import { insufficientData, measured, type CueResult } from './cue-result';
import { usableFaces } from './geometry/face-points';
import { clipSpanMs, frameDurations, frameRuns, runMs } from './frame-runs';

/**
 * Is a face on camera, and for how long was it not? Public advisories on fraudulent remote hires
 * (FBI PSAs 2023 and 2025) list a refused or "broken" camera among the red flags. Absence is
 * evidence for a person to weigh: people step away, and cameras fail.
 */
export const PRESENCE = {
  /** Fewer frames than this, or a shorter clip, says nothing about presence. */
  minFrames: 10,
  minSpanMs: 2_000,
  /**
   * An absence this long counts as camera-off time. Product choice, not a published number: long
   * enough that looking away, leaning out or reaching for something does not count.
   */
  cameraOffMs: 10_000,
} as const;

export interface Absence {
  startMs: number;
  endMs: number;
}

export type PresenceResult = CueResult<{
  /** Share of the clip's time with at least one usable face. */
  presentShare: number;
  longestAbsenceMs: number;
  /** Total time of absences of at least PRESENCE.cameraOffMs. */
  cameraOffMs: number;
  cameraOff: Absence[];
}>;

export function facePresence({ frames }: LandmarkClip): PresenceResult {
  const spanMs = clipSpanMs(frames);
  if (frames.length < PRESENCE.minFrames || spanMs < PRESENCE.minSpanMs) {
    return insufficientData(`${frames.length} frames over ${(spanMs / 1000).toFixed(1)} s; presence needs ${PRESENCE.minFrames} frames over ${PRESENCE.minSpanMs / 1000} s`);
  }
  const durations = frameDurations(frames);
  const presentMs = frames.reduce((sum, f, i) => sum + (usableFaces(f).length > 0 ? (durations[i] ?? 0) : 0), 0);
  const absences = frameRuns(frames, (f) => usableFaces(f).length === 0);
  const cameraOff = absences.filter((run) => runMs(run) >= PRESENCE.cameraOffMs).map(({ startMs, endMs }) => ({ startMs, endMs }));
  return measured({
    presentShare: presentMs / spanMs,
    longestAbsenceMs: Math.max(0, ...absences.map(runMs)),
    cameraOffMs: cameraOff.reduce((sum, a) => sum + a.endMs - a.startMs, 0),
    cameraOff,
  });
}

import type { LandmarkClip } from '../landmarks/landmark-frame';
import { insufficientData, measured, type CueResult } from './cue-result';
import { usableFaces } from './geometry/face-points';
import { clipSpanMs, frameDurations, frameRuns, runMs } from './frame-runs';

/**
 * Several faces in the candidate's video: someone beside or behind the candidate (a helper feeding
 * answers, or the person actually doing the job) is among the reported signs of proxy interviews.
 * A face on a poster or screen behind the candidate shows up too, which is why a person reviews it.
 */
export const MULTIPLE_FACES = {
  minFrames: 10,
  minSpanMs: 2_000,
  /**
   * Several faces must persist this long to count, so a single-frame false detection (a pattern, a
   * reflection) is not called a second person. Product choice; the landmarker itself reports the
   * faces it tracks, up to its numFaces setting (two in the recorder).
   */
  minEpisodeMs: 1_000,
} as const;

export interface FacesEpisode {
  startMs: number;
  endMs: number;
  maxFaces: number;
}

export type MultipleFacesResult = CueResult<{
  /** Share of the clip's time with two or more usable faces. */
  multipleShare: number;
  maxFaces: number;
  /** Stretches of at least MULTIPLE_FACES.minEpisodeMs with two or more faces. */
  episodes: FacesEpisode[];
  severalFaces: boolean;
}>;

export function multipleFaces({ frames }: LandmarkClip): MultipleFacesResult {
  const spanMs = clipSpanMs(frames);
  if (frames.length < MULTIPLE_FACES.minFrames || spanMs < MULTIPLE_FACES.minSpanMs) {
    return insufficientData(`${frames.length} frames over ${(spanMs / 1000).toFixed(1)} s; counting faces needs ${MULTIPLE_FACES.minFrames} frames over ${MULTIPLE_FACES.minSpanMs / 1000} s`);
  }
  const counts = frames.map((f) => usableFaces(f).length);
  const durations = frameDurations(frames);
  const multipleMs = counts.reduce((sum, n, i) => sum + (n >= 2 ? (durations[i] ?? 0) : 0), 0);
  const episodes = frameRuns(frames, (_, i) => (counts[i] ?? 0) >= 2)
    .filter((run) => runMs(run) >= MULTIPLE_FACES.minEpisodeMs)
    .map((run) => ({ startMs: run.startMs, endMs: run.endMs, maxFaces: Math.max(...counts.slice(run.first, run.last + 1)) }));
  return measured({ multipleShare: multipleMs / spanMs, maxFaces: Math.max(0, ...counts), episodes, severalFaces: episodes.length > 0 });
}

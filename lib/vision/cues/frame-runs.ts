import type { LandmarkFrame } from '../landmarks/landmark-frame';
import { median } from './statistics';

/**
 * Time bookkeeping shared by the cues. Frames may arrive irregularly (the meeting page samples what
 * it can), so durations come from timestamps, never from frame counts.
 */

/** How long each frame stands for: until the next frame; the last one for the median interval. */
export function frameDurations(frames: readonly LandmarkFrame[]): number[] {
  const gaps = frames.slice(1).map((f, i) => f.t - (frames[i]?.t ?? f.t));
  const typical = gaps.length > 0 ? median(gaps) : 0;
  return frames.map((_, i) => gaps[i] ?? typical);
}

/** Milliseconds from the first frame to the end of the last. */
export function clipSpanMs(frames: readonly LandmarkFrame[]): number {
  return frameDurations(frames).reduce((a, b) => a + b, 0);
}

export interface FrameRun {
  /** Index of the run's first and last frame. */
  first: number;
  last: number;
  startMs: number;
  /** When the run was last seen to hold: the end of its last frame. */
  endMs: number;
}

/** Maximal runs of consecutive frames for which `holds` is true. */
export function frameRuns(frames: readonly LandmarkFrame[], holds: (frame: LandmarkFrame, index: number) => boolean): FrameRun[] {
  const durations = frameDurations(frames);
  const runs: FrameRun[] = [];
  frames.forEach((frame, i) => {
    if (!holds(frame, i)) return;
    const end = frame.t + (durations[i] ?? 0);
    const open = runs.at(-1);
    if (open && open.last === i - 1) {
      open.last = i;
      open.endMs = end;
    } else {
      runs.push({ first: i, last: i, startMs: frame.t, endMs: end });
    }
  });
  return runs;
}

export const runMs = (run: FrameRun): number => run.endMs - run.startMs;

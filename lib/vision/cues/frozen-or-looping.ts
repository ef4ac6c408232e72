import type { FrameSize, LandmarkClip, LandmarkFrame } from '../landmarks/landmark-frame';
import { hashWords, wordsDistance } from '../landmarks/frame-hash';
import { POSE } from '../landmarks/landmark-subset';
import { insufficientData, measured, type CueResult } from './cue-result';
import { meshPoint, toSquare, usableFaces } from './geometry/face-points';
import { distance } from './geometry/vec3';
import { clipSpanMs, frameDurations, frameRuns } from './frame-runs';

/**
 * A replayed video instead of a live camera: the picture freezes (a still photo, a stalled player)
 * or a stretch of it comes back (a clip on repeat). Uses the frame hash (frame-hash.ts) and the
 * landmarks. A call's own connection can freeze the picture for a moment, so a freeze is evidence
 * for a person to weigh, not a verdict.
 *
 * The numbers were checked on the recordings in test/fixtures/landmarks (not published values).
 */
export const FROZEN = {
  minFrames: 10,
  minSpanMs: 2_000,
  /** Fewer hashed frames than this share and the check cannot run. */
  minHashedShare: 0.9,
  /**
   * Two frames show the same picture within 2 of the 256 hash bits: compression noise flips a bit
   * or two (0-3 bits between a frame and its repeat in the re-encoded loop recording).
   */
  maxHashBits: 2,
  /**
   * ...and no landmark moved more than 0.5% of the distance between the eyes. In the nine real
   * recordings, consecutive frames within both limits came in runs of at most 14 frames (0.47 s, a
   * source clip whose last frames repeat); the still photo gave 149 in a row.
   */
  maxLandmarkShift: 0.005,
  /** A still picture for this long is reported as a freeze. */
  minFreezeMs: 1_000,
  /** A repeat must be at least this long, and start at least minLoopLagMs after what it repeats. */
  minLoopMs: 1_000,
  minLoopLagMs: 500,
  /**
   * ...and the repeated stretch must itself change by this many bits, so that a still scene (frozen,
   * or a person holding still in front of a bare wall) does not count as a loop. In the real
   * recordings no stretch matched an earlier one for more than 8 frames, even without this rule.
   */
  minLoopChangeBits: 6,
} as const;

export interface Freeze {
  startMs: number;
  endMs: number;
}

export interface Loop {
  /** The stretch that repeats earlier frames... */
  startMs: number;
  endMs: number;
  /** ...and how far back the original is. */
  lagMs: number;
}

export type FrozenOrLoopingResult = CueResult<{
  freezes: Freeze[];
  longestFreezeMs: number;
  loops: Loop[];
  longestLoopMs: number;
  frozen: boolean;
  looping: boolean;
}>;

/** The largest landmark move between two frames' faces, over the later face's eye distance. */
function landmarkShift(a: LandmarkFrame, b: LandmarkFrame, size: FrameSize): number {
  const [fa, fb] = [usableFaces(a), usableFaces(b)];
  const [first, second] = [fa[0], fb[0]];
  if (fa.length !== fb.length || !first || !second) return Infinity; // no face, or faces came or went
  const eyes = distance(meshPoint(second, size, POSE.rightEyeOuter), meshPoint(second, size, POSE.leftEyeOuter));
  const moved = Math.max(...first.landmarks.map((p, k) => distance(toSquare(p, size), toSquare(second.landmarks[k] ?? p, size))));
  return eyes > 0 ? moved / eyes : Infinity;
}

function findFreezes({ frames, size }: LandmarkClip, words: (Uint32Array | undefined)[]): Freeze[] {
  const stillSincePrevious = (frame: LandmarkFrame, i: number) => {
    const [before, a, b] = [frames[i - 1], words[i - 1], words[i]];
    if (!before || (a && b && wordsDistance(a, b) > FROZEN.maxHashBits)) return false;
    return landmarkShift(before, frame, size) <= FROZEN.maxLandmarkShift;
  };
  // A run of frames each still since the one before began at that earlier frame.
  return frameRuns(frames, stillSincePrevious)
    .map((run) => ({ startMs: frames[run.first - 1]?.t ?? run.startMs, endMs: run.endMs }))
    .filter((f) => f.endMs - f.startMs >= FROZEN.minFreezeMs);
}

function findLoops(frames: readonly LandmarkFrame[], words: (Uint32Array | undefined)[]): Loop[] {
  const durations = frameDurations(frames);
  const found: Loop[] = [];
  const close = (start: number, end: number, lag: number, change: number) => {
    const [first, last, repeat] = [frames[start + lag], frames[end + lag], frames[start]];
    if (!first || !last || !repeat || change < FROZEN.minLoopChangeBits) return;
    const loop = { startMs: first.t, endMs: last.t + (durations[end + lag] ?? 0), lagMs: first.t - repeat.t };
    if (loop.endMs - loop.startMs >= FROZEN.minLoopMs) found.push(loop);
  };
  for (let lag = 1; lag < frames.length; lag++) {
    let start = -1;
    let change = 0;
    for (let i = 0; i + lag <= frames.length; i++) {
      const [a, b, origin] = [words[i], words[i + lag], words[start]];
      const lagMs = (frames[i + lag]?.t ?? 0) - (frames[i]?.t ?? 0);
      const match = a !== undefined && b !== undefined && lagMs >= FROZEN.minLoopLagMs && wordsDistance(a, b) <= FROZEN.maxHashBits;
      if (match && start < 0) [start, change] = [i, 0];
      else if (match && origin) change = Math.max(change, wordsDistance(origin, a));
      else if (!match && start >= 0) {
        close(start, i - 1, lag, change);
        start = -1;
      }
    }
  }
  // Neighbouring lags find the same repeat again: keep the longest of overlapping ones.
  const kept: Loop[] = [];
  for (const loop of found.sort((x, y) => y.endMs - y.startMs - (x.endMs - x.startMs))) {
    if (!kept.some((k) => loop.startMs < k.endMs && k.startMs < loop.endMs)) kept.push(loop);
  }
  return kept.sort((x, y) => x.startMs - y.startMs);
}

/**
 * The loop search compares every frame with every later one, so pass a window of minutes, not a
 * whole call: 3 minutes at 5 frames a second is 900 frames, about 400,000 hash comparisons.
 */
export function frozenOrLooping(clip: LandmarkClip): FrozenOrLoopingResult {
  const { frames } = clip;
  const spanMs = clipSpanMs(frames);
  if (frames.length < FROZEN.minFrames || spanMs < FROZEN.minSpanMs) {
    return insufficientData(`${frames.length} frames over ${(spanMs / 1000).toFixed(1)} s; freeze and loop checks need ${FROZEN.minFrames} frames over ${FROZEN.minSpanMs / 1000} s`);
  }
  const words = frames.map((f) => (f.frameHash ? hashWords(f.frameHash) : undefined));
  const hashedShare = words.filter(Boolean).length / frames.length;
  if (hashedShare < FROZEN.minHashedShare) {
    return insufficientData(`Only ${(hashedShare * 100).toFixed(0)}% of frames carry a picture hash; the check needs ${FROZEN.minHashedShare * 100}%`);
  }
  const freezes = findFreezes(clip, words);
  const loops = findLoops(frames, words);
  const longest = (xs: { startMs: number; endMs: number }[]) => Math.max(0, ...xs.map((x) => x.endMs - x.startMs));
  return measured({
    freezes,
    longestFreezeMs: longest(freezes),
    loops,
    longestLoopMs: longest(loops),
    frozen: freezes.length > 0,
    looping: loops.length > 0,
  });
}


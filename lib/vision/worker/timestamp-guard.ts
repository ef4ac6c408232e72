/**
 * MediaPipe's VIDEO mode throws when a landmarker sees a timestamp that is not after the previous
 * one, and a landmarker that threw is of no further use. Its clock counts whole microseconds, so
 * two frames closer than that would collide after rounding; a 1 ms step keeps well clear of it and
 * no camera delivers frames faster. A stream whose clock restarts is closed and opened again.
 */

export const MIN_STEP_MS = 1;

export interface TimestampGuard {
  /**
   * The frame's time since the stream's first frame, or undefined when it must not be passed to the
   * landmarker (not finite, or less than MIN_STEP_MS after the last admitted frame).
   */
  admit: (timestampMs: number) => number | undefined;
}

export function createTimestampGuard(): TimestampGuard {
  let first: number | undefined;
  let last = -Infinity;
  return {
    admit(timestampMs) {
      if (!Number.isFinite(timestampMs) || timestampMs - last < MIN_STEP_MS) return undefined;
      first ??= timestampMs;
      last = timestampMs;
      return timestampMs - first;
    },
  };
}

/**
 * When to take the next frame. Blinks last 100 ms or more, so the liveness cues need about 10 frames
 * a second (lib/vision/cues/blinks.ts); more only costs the call's CPU.
 */
export const DEFAULT_SAMPLE_FPS = 10;

/**
 * Frames arrive on the source's own cadence (30, 25 or 24 a second, with jitter), so a frame is
 * taken when it comes no more than this early for its slot; otherwise a 30 fps source, whose frames
 * land a hair before each 100 ms mark, would be sampled at 7.5 fps.
 */
export const EARLY_TOLERANCE_MS = 4;

export interface RateDecision {
  take: boolean;
  /** When the slot after this one is due; undefined until the first frame is taken. */
  nextDueMs: number | undefined;
}

/**
 * Pure. Slots are `1000 / fps` apart and keep their phase, so the average rate is `fps` whatever the
 * source's cadence. A slot that passes (the consumer was busy, the video paused) is not made up: after
 * falling behind by a whole slot the schedule restarts from now.
 */
export function rateDecision(dueMs: number | undefined, nowMs: number, fps: number = DEFAULT_SAMPLE_FPS): RateDecision {
  const interval = 1000 / fps;
  if (dueMs === undefined) return { take: true, nextDueMs: nowMs + interval };
  if (nowMs < dueMs - EARLY_TOLERANCE_MS) return { take: false, nextDueMs: dueMs };
  const next = dueMs + interval;
  return { take: true, nextDueMs: next <= nowMs ? nowMs + interval : next };
}

/** A rate from settings or a message, kept where sampling stays cheap and useful. */
export function clampFps(fps: number | undefined): number {
  if (fps === undefined || !Number.isFinite(fps)) return DEFAULT_SAMPLE_FPS;
  return Math.min(30, Math.max(1, fps));
}

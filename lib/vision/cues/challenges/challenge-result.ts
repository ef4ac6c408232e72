import type { LandmarkClip } from '../../landmarks/landmark-frame';
import { singleFace } from '../geometry/face-points';
import { clipSpanMs } from '../frame-runs';

/**
 * What a guided challenge reports to the recruiter. "fail" means the measurement did not show what
 * the challenge asks for, with the reason; it is evidence for a person to weigh, never a verdict, and
 * a candidate who cannot do a challenge (for instance for a disability) takes the accommodation path.
 */
export type ChallengeOutcome = 'pass' | 'fail' | 'inconclusive';

export interface ChallengeResult<M> {
  result: ChallengeOutcome;
  reason: string;
  measured: M;
}

/** Every challenge needs a few frames over at least a second before it can say anything. */
export const CHALLENGE_WINDOW = { minFrames: 10, minWindowMs: 1_000 } as const;

/** Why the window is too short to judge, or undefined when it is long enough. */
export function shortWindowReason({ frames }: LandmarkClip): string | undefined {
  const spanMs = clipSpanMs(frames);
  if (frames.length >= CHALLENGE_WINDOW.minFrames && spanMs >= CHALLENGE_WINDOW.minWindowMs) return undefined;
  return `The challenge window has ${frames.length} frames over ${(spanMs / 1000).toFixed(1)} s; at least ${CHALLENGE_WINDOW.minFrames} frames over ${CHALLENGE_WINDOW.minWindowMs / 1000} s are needed`;
}

/** Share of the window's frames in which exactly one face was tracked. */
export function trackingContinuity({ frames }: LandmarkClip): number {
  return frames.length > 0 ? frames.filter((f) => singleFace(f) !== undefined).length / frames.length : 0;
}

export const percent = (share: number, decimals = 0): string => `${(share * 100).toFixed(decimals)}%`;

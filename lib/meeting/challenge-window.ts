import { handAcrossFace } from '../vision/cues/challenges/hand-across-face';
import type { ChallengeOutcome } from '../vision/cues/challenges/challenge-result';
import { turnHead } from '../vision/cues/challenges/turn-head';
import type { FrameSize } from '../vision/landmarks/landmark-frame';
import type { ChallengeKind } from './bridge-protocol';
import type { TimedFrame } from './participant-record';

/** What the panel keeps of a challenge: when, the outcome and its reason (no landmarks). */
export interface ChallengeRecord {
  kind: ChallengeKind;
  startMs: number;
  endMs: number;
  result: ChallengeOutcome;
  reason: string;
  /** Wall-clock time (epoch ms) the result was measured. */
  at: number;
}

export const CHALLENGE_LABELS: Record<ChallengeKind, { title: string; ask: string }> = {
  'turn-head': { title: 'Turn head', ask: 'Ask the candidate to turn their head slowly to one side until their ear faces the camera, then back.' },
  'hand-across-face': { title: 'Hand across face', ask: 'Ask the candidate to pass a hand slowly across their face.' },
};

export interface ChallengeWindow {
  kind: ChallengeKind;
  /** Markers on the page's clock. */
  startMs: number;
  endMs: number;
  /** Wall-clock time of the end marker. */
  at: number;
}

/** Pure: runs the challenge's cue over the frames between its start and end markers. */
export function runChallenge(frames: readonly TimedFrame[], size: FrameSize, { kind, startMs, endMs, at }: ChallengeWindow): ChallengeRecord {
  const clip = { size, frames: frames.filter((f) => f.pageMs >= startMs && f.pageMs <= endMs).map((f) => f.frame) };
  const { result, reason } = kind === 'turn-head' ? turnHead(clip) : handAcrossFace(clip);
  return { kind, startMs, endMs, result, reason, at };
}

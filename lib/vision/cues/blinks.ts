import type { LandmarkClip } from '../landmarks/landmark-frame';
import { insufficientData, measured, type CueResult } from './cue-result';
import { meanEyeAspectRatio } from './eye-aspect-ratio';
import { facingFrames } from './facing-frames';
import { median } from './statistics';

/**
 * Blinks from the eye aspect ratio (EAR), against the person's own open-eye level.
 *
 * Fairness: blink rate can be a disability proxy (EEOC/ADA guidance), and modern face swaps copy the
 * driver's blinks, so this is a low-weight cue that is never decisive alone; a candidate can be
 * exempted from liveness cues altogether.
 */
export const BLINK = {
  /**
   * Closed below 80% of the open level. Fixed thresholds of 0.2-0.25 (Soukupová & Čech 2016) against
   * a typical open EAR near 0.3 are 67-83% of it. The upper end, because this landmark model closes
   * the lids only part-way for some faces, and a missed blink is the unfair error: it makes a real
   * person look less alive. Of the 24 blinks seen by eye in the recorded videos, 0.75 found 18;
   * 0.8 finds 22 and one false one (test/lib/vision/cues/blinks.test.ts lists them).
   */
  closedRatio: 0.8,
  /** Open again above 90%: hysteresis, so one closure flickering around the threshold counts once. */
  reopenRatio: 0.9,
  /** The person's open level: the median EAR over the first 3 s (blinks are brief, so it is an open eye). */
  baselineMs: 3_000,
  baselineMinSamples: 15,
  /**
   * The local open level: the median over ±1 s. The eye counts as closed only below both levels, so
   * slow changes (looking down or aside, smiling, head pose) are not blinks; that is what the
   * per-person baseline alone could not tell apart (checked by eye on the d10 recording).
   */
  localWindowMs: 1_000,
  /** Spontaneous blinks last about 100-400 ms, double and voluntary ones longer; over 1 s is eyes closed. */
  maxBlinkMs: 1_000,
  /** The EAR is read only while the head faces the camera within these angles (head-pose.ts). */
  maxYawDeg: 30,
  maxPitchDeg: 25,
  /**
   * Blinks last 100 ms or more, so frames must come about every 100 ms (10 fps) to see them. The
   * meeting page samples on a 100 ms timer, whose ticks land a little late, and a 25 fps camera has
   * frames only every 40 ms: intervals of 100-120 ms are what 10 fps looks like in a real call, and
   * most blinks (150-400 ms) still span a sample. Slower than this misses blinks.
   */
  maxFrameIntervalMs: 120,
  /** A longer gap between readable frames breaks observation: a closure across it is not counted. */
  maxGapMs: 250,
  /** Less than this much readable eye time is too little to say anything. */
  minObservedMs: 4_000,
  /** Rates are compared with human ranges only over a minute or more (over 20 s, one blink moves it by 3/min). */
  minJudgeMs: 60_000,
  /** Conversation, 95% range (Doughty 2001); about 26/min in conversation, 4.5/min reading (Bentivoglio 1997). */
  conversationPerMinute: [10.5, 32.5],
} as const;

export interface Blink {
  startMs: number;
  endMs: number;
  /** Lowest EAR during the closure over the open level it was compared with. */
  depth: number;
}

export type BlinkAssessment = 'too-short-to-judge' | 'below-conversation-range' | 'within-conversation-range' | 'above-conversation-range';

export type BlinkResult = CueResult<{
  /** The person's open-eye EAR, learned from the first seconds. */
  baselineEar: number;
  blinks: Blink[];
  /** Time the eyes were readable without a break longer than maxGapMs. */
  observedMs: number;
  ratePerMinute: number;
  assessment: BlinkAssessment;
}>;

interface Sample { t: number; ear: number }

/** Frames with one face, facing the camera closely enough, and a finite EAR. */
function eyeSamples(clip: LandmarkClip): Sample[] {
  return facingFrames(clip, BLINK).flatMap(({ t, face }) => {
    const ear = meanEyeAspectRatio(face, clip.size);
    return Number.isFinite(ear) ? [{ t, ear }] : [];
  });
}

/** Median EAR within ±localWindowMs of each sample (a sliding window: long calls stay linear). */
function localLevels(samples: readonly Sample[]): number[] {
  let [lo, hi] = [0, 0];
  return samples.map((s) => {
    while ((samples[lo]?.t ?? Infinity) < s.t - BLINK.localWindowMs) lo++;
    while (hi < samples.length && (samples[hi]?.t ?? Infinity) <= s.t + BLINK.localWindowMs) hi++;
    return median(samples.slice(lo, hi).map((o) => o.ear));
  });
}

function assess(ratePerMinute: number, observedMs: number): BlinkAssessment {
  const [low, high] = BLINK.conversationPerMinute;
  if (observedMs < BLINK.minJudgeMs) return 'too-short-to-judge';
  if (ratePerMinute < low) return 'below-conversation-range';
  return ratePerMinute > high ? 'above-conversation-range' : 'within-conversation-range';
}

export function blinks(clip: LandmarkClip): BlinkResult {
  const samples = eyeSamples(clip);
  const first = samples[0];
  if (!first) return insufficientData('No frame shows one face turned to the camera with readable eyes');
  const intervals = samples.slice(1).map((s, k) => s.t - (samples[k]?.t ?? s.t));
  if (median(intervals) > BLINK.maxFrameIntervalMs) {
    return insufficientData(`Frames come every ${median(intervals).toFixed(0)} ms; blinks need at least one every ${BLINK.maxFrameIntervalMs} ms`);
  }
  const observedMs = intervals.filter((dt) => dt <= BLINK.maxGapMs).reduce((a, b) => a + b, 0);
  const early = samples.filter((s) => s.t < first.t + BLINK.baselineMs);
  if (early.length < BLINK.baselineMinSamples || observedMs < BLINK.minObservedMs) {
    return insufficientData(`The eyes were readable for ${(observedMs / 1000).toFixed(1)} s; blinks need ${BLINK.minObservedMs / 1000} s, starting with ${BLINK.baselineMinSamples} frames in the first ${BLINK.baselineMs / 1000} s`);
  }
  const baselineEar = median(early.map((s) => s.ear));
  const local = localLevels(samples);
  const found: Blink[] = [];
  let closing: { startMs: number; depth: number } | undefined;
  samples.forEach((s, k) => {
    if (k > 0 && s.t - (samples[k - 1]?.t ?? s.t) > BLINK.maxGapMs) closing = undefined; // unseen: cannot tell
    const level = Math.min(baselineEar, local[k] ?? baselineEar);
    if (!closing) {
      if (s.ear < BLINK.closedRatio * level) closing = { startMs: s.t, depth: s.ear / level };
      return;
    }
    closing.depth = Math.min(closing.depth, s.ear / level);
    if (s.ear <= BLINK.reopenRatio * level) return;
    if (s.t - closing.startMs <= BLINK.maxBlinkMs) found.push({ startMs: closing.startMs, endMs: s.t, depth: closing.depth });
    closing = undefined;
  });
  const ratePerMinute = found.length / (observedMs / 60_000);
  return measured({ baselineEar, blinks: found, observedMs, ratePerMinute, assessment: assess(ratePerMinute, observedMs) });
}

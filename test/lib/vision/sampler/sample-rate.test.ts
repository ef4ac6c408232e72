import { describe, expect, it } from 'vitest';
import { clampFps, DEFAULT_SAMPLE_FPS, EARLY_TOLERANCE_MS, rateDecision } from '../../../../lib/vision/sampler/sample-rate';

/** Runs the decision over a source's frame times and returns the times taken. */
function taken(frameTimes: number[], fps: number): number[] {
  let due: number | undefined;
  return frameTimes.filter((now) => {
    const decision = rateDecision(due, now, fps);
    due = decision.nextDueMs;
    return decision.take;
  });
}

/** Frame times of a source at `sourceFps` for `seconds`, with an optional fixed jitter pattern. */
const source = (sourceFps: number, seconds: number, jitter: number[] = [0]) =>
  Array.from({ length: Math.round(sourceFps * seconds) }, (_, i) => (i * 1000) / sourceFps + (jitter[i % jitter.length] ?? 0));

describe('rateDecision', () => {
  const single: Array<[string, number | undefined, number, { take: boolean; nextDueMs: number | undefined }]> = [
    ['first frame is always taken', undefined, 5000, { take: true, nextDueMs: 5100 }],
    ['too early for the slot', 5100, 5050, { take: false, nextDueMs: 5100 }],
    ['a hair early, within the tolerance', 5100, 5100 - EARLY_TOLERANCE_MS, { take: true, nextDueMs: 5200 }],
    ['on time keeps the phase', 5100, 5133, { take: true, nextDueMs: 5200 }],
    ['a whole slot behind restarts from now', 5100, 5350, { take: true, nextDueMs: 5450 }],
  ];
  it.each(single)('%s', (_name, due, now, expected) => expect(rateDecision(due, now, DEFAULT_SAMPLE_FPS)).toEqual(expected));

  const rates: Array<[string, number[], number, number]> = [
    ['30 fps source at 10 fps', source(30, 10), 10, 100],
    ['30 fps source with jitter either side', source(30, 10, [0, -2, 3, -1, 2]), 10, 100],
    ['25 fps source at 10 fps', source(25, 10), 10, 100],
    ['24 fps source at 10 fps', source(24, 10), 10, 100],
    ['60 fps source at 15 fps', source(60, 10), 15, 150],
    ['a 5 fps source gives what it has', source(5, 10), 10, 50],
  ];
  it.each(rates)('%s', (_name, frames, fps, expected) => {
    // Within one frame of the target over ten seconds, whatever the source's cadence.
    expect(Math.abs(taken(frames, fps).length - expected)).toBeLessThanOrEqual(1);
  });
});

describe('clampFps', () => {
  const cases: Array<[number | undefined, number]> = [
    [undefined, DEFAULT_SAMPLE_FPS],
    [Number.NaN, DEFAULT_SAMPLE_FPS],
    [0, 1],
    [-5, 1],
    [12, 12],
    [120, 30],
  ];
  it.each(cases)('%s -> %s', (fps, expected) => expect(clampFps(fps)).toBe(expected));
});

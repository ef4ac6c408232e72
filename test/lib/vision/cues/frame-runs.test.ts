import { describe, expect, it } from 'vitest';
import { clipSpanMs, frameDurations, frameRuns, runMs } from '../../../../lib/vision/cues/frame-runs';
import type { LandmarkFrame } from '../../../../lib/vision/landmarks/landmark-frame';

const at = (...times: number[]): LandmarkFrame[] => times.map((t) => ({ t, faces: [] }));

describe('frameDurations and clipSpanMs', () => {
  it.each<[string, LandmarkFrame[], number[], number]>([
    ['steady frames; the last one lasts the median interval', at(0, 100, 200), [100, 100, 100], 300],
    ['an irregular gap', at(0, 100, 600, 700), [100, 500, 100, 100], 800],
    ['one frame', at(40), [0], 0],
    ['no frames', [], [], 0],
  ])('%s', (_, frames, durations, span) => {
    expect(frameDurations(frames)).toEqual(durations);
    expect(clipSpanMs(frames)).toBe(span);
  });
});

describe('frameRuns', () => {
  const frames = at(0, 100, 200, 300, 400, 500);
  it.each<[string, boolean[], [number, number, number, number][]]>([
    ['none', [false, false, false, false, false, false], []],
    ['all', [true, true, true, true, true, true], [[0, 5, 0, 600]]],
    ['two runs', [true, true, false, false, true, false], [[0, 1, 0, 200], [4, 4, 400, 500]]],
    ['a run at the end', [false, false, false, true, true, true], [[3, 5, 300, 600]]],
  ])('%s', (_, holds, expected) => {
    const runs = frameRuns(frames, (_f, i) => holds[i] ?? false);
    expect(runs.map((r) => [r.first, r.last, r.startMs, r.endMs])).toEqual(expected);
    expect(runs.map(runMs)).toEqual(expected.map(([, , start, end]) => end - start));
  });
});

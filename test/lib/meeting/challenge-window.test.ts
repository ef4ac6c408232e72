import { describe, expect, it } from 'vitest';
import { runChallenge } from '../../../lib/meeting/challenge-window';
import type { TimedFrame } from '../../../lib/meeting/participant-record';
import { handAcrossFace } from '../../../lib/vision/cues/challenges/hand-across-face';
import { turnHead } from '../../../lib/vision/cues/challenges/turn-head';
import type { LandmarkFrame } from '../../../lib/vision/landmarks/landmark-frame';
import { recording } from '../vision/cues/recordings';

const d9 = recording('d9');
/** d9 at 10 fps on a page clock starting at 10 s. */
const timed: TimedFrame[] = d9.frames.filter((_, i) => i % 3 === 0).map((frame, k) => ({ pageMs: 10_000 + k * 100, frame: frame as LandmarkFrame }));
const between = (start: number, end: number) => timed.filter((f) => f.pageMs >= start && f.pageMs <= end).map((f) => f.frame);

describe('runChallenge', () => {
  const cases: Array<[string, 'turn-head' | 'hand-across-face', number, number, typeof turnHead | typeof handAcrossFace]> = [
    ['turn head over three seconds', 'turn-head', 11_000, 14_000, turnHead],
    ['hand across face over three seconds', 'hand-across-face', 11_000, 14_000, handAcrossFace],
    ['a window before any frame', 'turn-head', 0, 5_000, turnHead],
  ];
  it.each(cases)('%s: the cue sees exactly the frames between the markers', (_name, kind, start, end, cue) => {
    const expected = cue({ size: d9.size, frames: between(start, end) });
    expect(runChallenge(timed, d9.size, { kind, startMs: start, endMs: end, at: 99 })).toEqual({ kind, startMs: start, endMs: end, result: expected.result, reason: expected.reason, at: 99 });
  });

  it('an empty window is inconclusive, never a pass', () => {
    expect(runChallenge(timed, d9.size, { kind: 'turn-head', startMs: 0, endMs: 5_000, at: 0 }).result).toBe('inconclusive');
  });
});

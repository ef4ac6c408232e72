import { describe, expect, it } from 'vitest';
import { TURN_HEAD, turnHead } from '../../../../../lib/vision/cues/challenges/turn-head';
import type { Face, LandmarkClip } from '../../../../../lib/vision/landmarks/landmark-frame';
import { recording } from '../recordings';
import { framesAt, realFace, rotateFace, shake, slice } from '../synthetic';

const { size } = recording('d9');
const start = realFace('d9', 0);

/**
 * d9's first frame held for 0.5 s (the candidate hears the instruction), then turned smoothly from
 * its own pose to `peakDeg` more and back over 3 s, at 30 fps; `edit` may drop or damage frames.
 */
function turn(peakDeg: number, edit: (face: Face, i: number) => Face | undefined = (f) => f): LandmarkClip {
  const yaw = (i: number) => (i < 15 ? 0 : peakDeg * Math.sin((Math.PI * (i - 15)) / 89));
  const faces = Array.from({ length: 105 }, (_, i) => edit(rotateFace(start, size, { yawDeg: yaw(i) }), i));
  return { size, frames: framesAt(30, faces) };
}
const near = (i: number, centre: number, half: number) => Math.abs(i - centre) <= half;

describe('turnHead on synthetic turns of a real face', () => {
  it.each<[string, number, 'pass' | 'fail' | 'inconclusive', RegExp, LandmarkClip]>([
    ['a turn to 60° towards the image\'s right', 60, 'pass', /turned 60°/, turn(60)],
    ['a turn to 60° the other way', 60, 'pass', /turned 60°/, turn(-60)],
    ['a turn to 46°, just past the 45° asked', 46, 'pass', /turned 46°/, turn(46)],
    ['a turn to 15° only', 15, 'fail', /turned 15° from its starting pose, short of the 45°/, turn(15)],
    ['a turn to 30°, face lost for 21 frames around the peak', 28, 'inconclusive', /lost in 20%.*near profile/, turn(30, (f, i) => (near(i, 60, 10) ? undefined : f))],
    ['a turn to 60°, face tracked in a third of the frames', 0, 'inconclusive', /tracked in only 33%/, turn(60, (f, i) => (i % 3 === 0 ? f : undefined))],
    ['a turn to 60° whose landmarks tear apart at the peak', 60, 'fail', /broke apart/, turn(60, (f, i) => (near(i, 58, 1) ? shake(f, 0.05, i) : f))],
  ])('%s: turn about %i°, %s', (_, turnDeg, result, reason, clip) => {
    const outcome = turnHead(clip);
    expect(outcome.result).toBe(result);
    expect(outcome.reason).toMatch(reason);
    if (turnDeg > 0) expect(outcome.measured.turnDeg).toBeCloseTo(turnDeg, -0.5);
  });

  it('reports the yaw reached, from where the head started', () => {
    const { measured } = turnHead(turn(60));
    expect(measured.maxYawDeg - measured.neutralYawDeg).toBeCloseTo(60, 0);
    expect(measured.trackingContinuity).toBe(1);
    expect(measured.breakage).toBe(0);
  });

  it.each<[string, LandmarkClip]>([
    ['no frames', { size, frames: [] }],
    ['five frames', { size, frames: turn(60).frames.slice(0, 5) }],
    ['half a second', { size, frames: turn(60).frames.slice(0, 15) }],
  ])('%s: inconclusive', (_, clip) => {
    expect(turnHead(clip).result).toBe('inconclusive');
  });
});

describe('turnHead on real head motion', () => {
  // d12 2.4-4.2 s: the head turns to the image's left and back, about 20° (frames checked by eye).
  it('d12, 2.4-4.2 s: measures a 15-25° turn, tracked throughout, and fails it as short of 45°', () => {
    const outcome = turnHead(slice('d12', 60, 105));
    expect(outcome.result).toBe('fail');
    expect(outcome.measured.turnDeg).toBeGreaterThan(15);
    expect(outcome.measured.turnDeg).toBeLessThan(25);
    expect(outcome.measured.maxYawDeg).toBeLessThan(0);
    expect(outcome.measured).toMatchObject({ trackingContinuity: 1, breakage: 0 });
    expect(outcome.measured.maxPairJitter).toBeLessThan(TURN_HEAD.breakageJitter / 2);
  });
});

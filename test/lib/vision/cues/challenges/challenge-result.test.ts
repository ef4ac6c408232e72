import { describe, expect, it } from 'vitest';
import { percent, shortWindowReason, trackingContinuity } from '../../../../../lib/vision/cues/challenges/challenge-result';
import type { LandmarkClip } from '../../../../../lib/vision/landmarks/landmark-frame';
import { recording } from '../recordings';
import { framesAt, realFace } from '../synthetic';

const { size } = recording('d9');
const face = realFace('d9', 0);
const clip = (fps: number, faces: Parameters<typeof framesAt>[1]): LandmarkClip => ({ size, frames: framesAt(fps, faces) });

describe('challenge windows', () => {
  it.each<[string, boolean, LandmarkClip]>([
    ['30 frames over 1 s is enough', true, clip(30, Array.from({ length: 30 }, () => face))],
    ['9 frames is too few', false, clip(30, Array.from({ length: 9 }, () => face))],
    ['20 frames over 0.67 s is too short', false, clip(30, Array.from({ length: 20 }, () => face))],
    ['no frames', false, clip(30, [])],
  ])('%s', (_, enough, window) => {
    expect(shortWindowReason(window) === undefined).toBe(enough);
  });

  it.each<[string, number, LandmarkClip]>([
    ['one face throughout', 1, clip(30, [face, face, face, face])],
    ['lost in one frame of four', 0.75, clip(30, [face, undefined, face, face])],
    ['two faces count as not tracked', 0.5, clip(30, [face, [face, face], face, undefined])],
    ['no frames', 0, clip(30, [])],
  ])('tracking continuity, %s: %d', (_, share, window) => {
    expect(trackingContinuity(window)).toBe(share);
  });

  it.each<[number, number, string]>([
    [0.5, 0, '50%'],
    [0.0346, 1, '3.5%'],
    [1, 0, '100%'],
  ])('percent(%d, %i) is %s', (share, decimals, text) => {
    expect(percent(share, decimals)).toBe(text);
  });
});

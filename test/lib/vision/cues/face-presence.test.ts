import { describe, expect, it } from 'vitest';
import { facePresence } from '../../../../lib/vision/cues/face-presence';
import type { LandmarkClip, Point } from '../../../../lib/vision/landmarks/landmark-frame';
import { DERIVED, REAL, recording } from './recordings';

const d9 = recording('d9');
/** d9 (19.6 s) with the faces taken out of frames `first`..`last`. */
const d9Without = (first: number, last: number, broken = false): LandmarkClip => ({
  size: d9.size,
  frames: d9.frames.map((f, i) => (i < first || i > last ? f : {
    t: f.t,
    faces: broken ? f.faces.map((face) => ({ landmarks: face.landmarks.map((): Point => [NaN, 0, 0]) })) : [],
  })),
});

describe('facePresence', () => {
  it.each([...REAL, ...DERIVED])('%s: a face in every frame', (name) => {
    expect(facePresence(recording(name))).toEqual({ status: 'measured', presentShare: 1, longestAbsenceMs: 0, cameraOffMs: 0, cameraOff: [] });
  });

  it.each<[string, LandmarkClip, number, number, number]>([
    // case, share present, longest absence (ms), camera-off time (ms)
    ['face lost for 2 s midway', d9Without(300, 359), 527 / 587, 2000, 0],
    ['landmarks NaN for 2 s midway', d9Without(300, 359, true), 527 / 587, 2000, 0],
    ['camera off from 5 s to 16 s', d9Without(150, 479), 257 / 587, 11_000, 11_000],
    ['camera off from 5 s to the end', d9Without(150, 586), 150 / 587, 14_567, 14_567],
  ])('%s', (_, clip, share, longest, cameraOff) => {
    const result = facePresence(clip);
    if (result.status !== 'measured') throw new Error(result.reason);
    expect(result.presentShare).toBeCloseTo(share, 2);
    expect(result.longestAbsenceMs).toBeCloseTo(longest, -1);
    expect(result.cameraOffMs).toBeCloseTo(cameraOff, -1);
    expect(result.cameraOff).toHaveLength(cameraOff > 0 ? 1 : 0);
  });

  it.each<[string, LandmarkClip]>([
    ['no frames', { size: d9.size, frames: [] }],
    ['one frame', { size: d9.size, frames: d9.frames.slice(0, 1) }],
    ['1 s of frames', { size: d9.size, frames: d9.frames.slice(0, 30) }],
  ])('%s: insufficient data', (_, clip) => {
    expect(facePresence(clip).status).toBe('insufficient-data');
  });
});

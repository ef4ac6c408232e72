import { describe, expect, it } from 'vitest';
import { multipleFaces } from '../../../../lib/vision/cues/multiple-faces';
import type { LandmarkClip } from '../../../../lib/vision/landmarks/landmark-frame';
import { REAL, recording } from './recordings';
import { reframe } from './synthetic';

const d9 = recording('d9');
const d19 = recording('d19');
/** d9 with d19's face added (as a second person beside him) in frames `first`..`last`. */
const withSecondFace = (first: number, last: number): LandmarkClip => ({
  size: d9.size,
  frames: d9.frames.map((f, i) => {
    const other = d19.frames[i % d19.frames.length]?.faces[0];
    return i < first || i > last || !other ? f : { t: f.t, faces: [...f.faces, reframe(other, d19.size, d9.size)] };
  }),
});

describe('multipleFaces', () => {
  it('two real videos side by side: two faces throughout', () => {
    const result = multipleFaces(recording('two-faces'));
    expect(result).toMatchObject({ status: 'measured', multipleShare: 1, maxFaces: 2, severalFaces: true });
    if (result.status === 'measured') expect(result.episodes).toEqual([{ startMs: 0, endMs: 8000, maxFaces: 2 }]);
  });

  it.each(REAL)('%s: one face only', (name) => {
    expect(multipleFaces(recording(name))).toMatchObject({ status: 'measured', multipleShare: 0, maxFaces: 1, severalFaces: false, episodes: [] });
  });

  it.each<[string, LandmarkClip, boolean, number]>([
    ['a second face for 10 frames (0.33 s): too brief', withSecondFace(200, 209), false, 10 / 587],
    ['a second face for 2 s', withSecondFace(200, 259), true, 60 / 587],
  ])('%s', (_, clip, several, share) => {
    const result = multipleFaces(clip);
    if (result.status !== 'measured') throw new Error(result.reason);
    expect(result.severalFaces).toBe(several);
    expect(result.maxFaces).toBe(2);
    expect(result.multipleShare).toBeCloseTo(share, 3);
  });

  it.each<[string, LandmarkClip]>([
    ['no frames', { size: d9.size, frames: [] }],
    ['one frame', { size: d9.size, frames: d9.frames.slice(0, 1) }],
  ])('%s: insufficient data', (_, clip) => {
    expect(multipleFaces(clip).status).toBe('insufficient-data');
  });
});

import { describe, expect, it } from 'vitest';
import { frozenOrLooping } from '../../../../lib/vision/cues/frozen-or-looping';
import type { LandmarkClip, LandmarkFrame } from '../../../../lib/vision/landmarks/landmark-frame';
import { REAL, recording } from './recordings';
import { shake } from './synthetic';

const d9 = recording('d9');
/** d9 with frame `from` held (same picture, same landmarks) until frame `to`. */
const held = (from: number, to: number, edit: (f: LandmarkFrame) => LandmarkFrame = (f) => f): LandmarkClip => ({
  size: d9.size,
  frames: d9.frames.map((f, i) => {
    const source = d9.frames[from];
    return i > from && i <= to && source ? edit({ ...source, t: f.t }) : f;
  }),
});

describe('frozenOrLooping on the recordings', () => {
  it.each(REAL)('%s: neither frozen nor looping', (name) => {
    expect(frozenOrLooping(recording(name))).toMatchObject({ status: 'measured', frozen: false, looping: false, freezes: [], loops: [] });
  });

  it('the still photo held 5 s: one freeze over the whole clip, no loop', () => {
    expect(frozenOrLooping(recording('still'))).toMatchObject({ status: 'measured', frozen: true, looping: false, freezes: [{ startMs: 0, endMs: 5000 }] });
  });

  it('d9\'s first 2 s played three times: a loop from 2 s, repeating what came 2 s earlier', () => {
    const result = frozenOrLooping(recording('loop'));
    if (result.status !== 'measured') throw new Error(result.reason);
    expect(result.frozen).toBe(false);
    expect(result.looping).toBe(true);
    const [loop] = result.loops;
    expect(loop?.startMs).toBeCloseTo(2000, -2);
    expect(loop?.lagMs).toBeCloseTo(2000, -2);
    expect(result.longestLoopMs).toBeGreaterThanOrEqual(3000);
  });

  it('the two-face video: neither frozen nor looping', () => {
    expect(frozenOrLooping(recording('two-faces'))).toMatchObject({ status: 'measured', frozen: false, looping: false });
  });
});

describe('frozenOrLooping on synthetic edits of d9', () => {
  it.each<[string, number, LandmarkClip]>([
    ['a frame held for 2 s', 2033, held(100, 160)],
    ['a frame held for 0.5 s (a network stall): not reported', 0, held(100, 115)],
    ['the same picture held 2 s while its landmarks move by 2% of the frame', 0, held(100, 160, (f) => ({ ...f, faces: f.faces.map((face) => shake(face, 0.02, f.t)) }))],
  ])('%s → longest freeze %i ms', (_, longest, clip) => {
    const result = frozenOrLooping(clip);
    if (result.status !== 'measured') throw new Error(result.reason);
    expect(result.longestFreezeMs).toBeCloseTo(longest, -1);
    expect(result.frozen).toBe(longest > 0);
  });

  it('d9 with its own frames 0-89 played again from frame 300: a loop', () => {
    const frames = d9.frames.map((f, i) => {
      const source = d9.frames[i - 300];
      return i >= 300 && i < 390 && source ? { ...source, t: f.t } : f;
    });
    const result = frozenOrLooping({ size: d9.size, frames });
    if (result.status !== 'measured') throw new Error(result.reason);
    expect(result.loops).toEqual([{ startMs: 10_000, endMs: 13_000, lagMs: 10_000 }]);
  });

  it.each<[string, LandmarkClip]>([
    ['no frames', { size: d9.size, frames: [] }],
    ['one frame', { size: d9.size, frames: d9.frames.slice(0, 1) }],
    ['frames without picture hashes', { size: d9.size, frames: d9.frames.map(({ t, faces }) => ({ t, faces })) }],
  ])('%s: insufficient data', (_, clip) => {
    expect(frozenOrLooping(clip).status).toBe('insufficient-data');
  });
});

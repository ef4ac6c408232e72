import { describe, expect, it } from 'vitest';
import { eyePoints, MIN_POSE_FRAMES, summariseCues, yawPoints } from '../../../lib/meeting/cue-summary';
import type { LandmarkClip } from '../../../lib/vision/landmarks/landmark-frame';
import { recording, type RecordingName } from '../vision/cues/recordings';

/** Every third frame: what the page's 10 fps sampling would hand the panel. */
function at10fps(name: RecordingName): LandmarkClip {
  const rec = recording(name);
  return { size: rec.size, frames: rec.frames.filter((_, i) => i % 3 === 0) };
}

describe('summariseCues on real landmark recordings', () => {
  const cases: Array<[RecordingName, { frozen: boolean; looping: boolean }]> = [
    ['d9', { frozen: false, looping: false }],
    ['still', { frozen: true, looping: false }],
    ['loop', { frozen: false, looping: true }],
  ];
  it.each(cases)('%s', (name, expected) => {
    const summary = summariseCues(at10fps(name));
    expect(summary.presence.status).toBe('measured');
    expect(summary.headPose.status).toBe('measured');
    const f = summary.frozenOrLooping;
    expect(f.status === 'measured' && { frozen: f.frozen, looping: f.looping }).toEqual(expected);
  });

  it('says it has too little data rather than measuring a few frames', () => {
    const clip = at10fps('d9');
    const summary = summariseCues({ ...clip, frames: clip.frames.slice(0, MIN_POSE_FRAMES - 1) });
    expect([summary.presence.status, summary.headPose.status, summary.blinks.status, summary.frozenOrLooping.status]).toEqual([
      'insufficient-data', 'insufficient-data', 'insufficient-data', 'insufficient-data',
    ]);
  });

  it('gives a yaw for frames with one face and a gap for the others', () => {
    const clip = at10fps('d9');
    const first = clip.frames[0];
    if (!first) throw new Error('empty recording');
    const points = yawPoints({ ...clip, frames: [first, { t: 100, faces: [] }] });
    expect(points[0]?.yawDeg).toEqual(expect.any(Number));
    expect(points[1]).toEqual({ t: 100, yawDeg: undefined });
  });

  it('gives an eye openness for frames with one face, lower through a blink, and a gap for the others', () => {
    const clip = at10fps('d9');
    const points = eyePoints({ ...clip, frames: [...clip.frames, { t: 1e9, faces: [] }] });
    const values = points.flatMap((p) => (p.value === undefined ? [] : [p.value]));
    expect(points.at(-1)).toEqual({ t: 1e9, value: undefined });
    // d9 blinks: the lowest reading is well under the typical (median) one.
    const sorted = [...values].sort((a, b) => a - b);
    expect(sorted[0]).toBeLessThan((sorted[Math.floor(sorted.length / 2)] ?? 0) * 0.75);
    expect(sorted.every((v) => v > 0 && v < 0.6)).toBe(true);
  });
});

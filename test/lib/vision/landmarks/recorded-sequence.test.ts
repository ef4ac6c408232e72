import { statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LANDMARK_SUBSET } from '../../../../lib/vision/landmarks/landmark-subset';
import { RecordedSequenceSchema } from '../../../../lib/vision/landmarks/recorded-sequence';
import { DERIVED, REAL, RECORDINGS_DIR, recording } from '../cues/recordings';

const ALL = [...REAL, ...DERIVED];

describe('landmark recordings in test/fixtures/landmarks', () => {
  it.each(ALL)('%s parses, stays under 1 MB and has rising timestamps at its frame rate', (name) => {
    const rec = recording(name);
    expect(statSync(`${RECORDINGS_DIR}${name}.json`).size).toBeLessThan(1_000_000);
    expect(rec.frames.every((f, i) => f.t === Math.round((i * 1000) / rec.fps))).toBe(true);
    expect(rec.frames.every((f) => f.frameHash !== undefined)).toBe(true);
  });

  it.each(ALL)('%s keeps 4 decimals at most', (name) => {
    const values = recording(name).frames.flatMap((f) => f.faces.flatMap((face) => face.landmarks.flat()));
    expect(values.every((v) => Math.abs(v * 1e4 - Math.round(v * 1e4)) < 1e-6)).toBe(true);
  });

  it.each<[string, (rec: Record<string, unknown>) => Record<string, unknown>]>([
    ['another landmark subset', (rec) => ({ ...rec, landmarkIndices: [...LANDMARK_SUBSET].reverse() })],
    ['an unknown format', (rec) => ({ ...rec, format: 'other/1' })],
    ['no frames', (rec) => ({ ...rec, frames: [] })],
    ['an unknown field', (rec) => ({ ...rec, extra: 1 })],
    ['a face with a missing landmark', (rec) => ({ ...rec, frames: [{ t: 0, faces: [{ landmarks: [[0, 0, 0]] }] }] })],
    ['a malformed frame hash', (rec) => ({ ...rec, frames: [{ t: 0, faces: [], frameHash: 'abc' }] })],
  ])('rejects a recording with %s', (_, change) => {
    const valid = recording('d12') as unknown as Record<string, unknown>;
    expect(RecordedSequenceSchema.safeParse(valid).success).toBe(true);
    expect(RecordedSequenceSchema.safeParse(change(valid)).success).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { jitter, pairJitter } from '../../../../lib/vision/cues/jitter';
import type { LandmarkClip } from '../../../../lib/vision/landmarks/landmark-frame';
import { REAL, recording } from './recordings';
import { framesAt, realFace, rotateFace, shake } from './synthetic';

const { size } = recording('d9');
const face = realFace('d9', 0);

describe('pairJitter', () => {
  it.each<[string, number, number, ReturnType<typeof realFace>]>([
    ['the same face', 0, 1e-9, face],
    ['the face turned 30° and tilted 10° (rigid)', 0, 1e-9, rotateFace(face, size, { yawDeg: 30, rollDeg: 10 })],
    ['the face shaken by ±0.5% of the frame', 0.01, 0.06, shake(face, 0.005, 1)],
  ])('%s → between %d and %d of the face size', (_, low, high, other) => {
    const value = pairJitter(face, other, size);
    expect(value).toBeGreaterThanOrEqual(low);
    expect(value).toBeLessThanOrEqual(high);
  });
});

describe('jitter', () => {
  // Measured medians: 0.1% (obama, half its frames repeat) to 1.0% (d12, fast motion at 25 fps).
  it.each(REAL)('%s: typical, median under 1.2% of the face size', (name) => {
    const result = jitter(recording(name));
    if (result.status !== 'measured') throw new Error(result.reason);
    expect(result.level).toBe('typical');
    expect(result.medianJitter).toBeGreaterThan(0.0005);
    expect(result.medianJitter).toBeLessThan(0.012);
  });

  it.each<[string, 'typical' | 'elevated', number, number, LandmarkClip]>([
    ['the still photo: no movement at all', 'typical', 0, 1e-9, recording('still')],
    ['a real face turning smoothly to 40°', 'typical', 0, 1e-9, { size, frames: framesAt(30, Array.from({ length: 60 }, (_, i) => rotateFace(face, size, { yawDeg: i * 0.7 }))) }],
    ['a real face shaken by ±1% of the frame every frame', 'elevated', 0.03, 0.15, { size, frames: framesAt(30, Array.from({ length: 60 }, (_, i) => shake(face, 0.01, i + 1))) }],
  ])('%s: %s', (_, level, low, high, clip) => {
    const result = jitter(clip);
    if (result.status !== 'measured') throw new Error(result.reason);
    expect(result.level).toBe(level);
    expect(result.medianJitter).toBeGreaterThanOrEqual(low);
    expect(result.medianJitter).toBeLessThanOrEqual(high);
  });

  it.each<[string, LandmarkClip]>([
    ['no frames', { size, frames: [] }],
    ['one frame', { size, frames: framesAt(30, [face]) }],
    ['frames 1 s apart', { size, frames: framesAt(1, Array.from({ length: 30 }, () => face)) }],
    ['two faces in every frame', recording('two-faces')],
  ])('%s: insufficient data', (_, clip) => {
    expect(jitter(clip).status).toBe('insufficient-data');
  });
});

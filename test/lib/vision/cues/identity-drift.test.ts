import { describe, expect, it } from 'vitest';
import { IDENTITY, identityDrift } from '../../../../lib/vision/cues/identity-drift';
import type { LandmarkClip } from '../../../../lib/vision/landmarks/landmark-frame';
import { REAL, recording, type RecordingName } from './recordings';
import { reframe } from './synthetic';

/** d9's first 4 s, then `other`'s first 4 s (moved into d9's frame size): a swap halfway. */
function swappedTo(other: RecordingName): LandmarkClip {
  const [d9, next] = [recording('d9'), recording(other)];
  const late = next.frames.slice(0, 120).map((f, k) => ({ t: Math.round(((120 + k) * 1000) / 30), faces: f.faces.map((face) => reframe(face, next.size, d9.size)) }));
  return { size: d9.size, frames: [...d9.frames.slice(0, 120), ...late] };
}

describe('identityDrift', () => {
  // Measured drift between the first and last 3 s: 0.7% (d18) to 3.4% (obama).
  it.each(REAL)('%s: the same face from start to end', (name) => {
    const result = identityDrift(recording(name));
    if (result.status !== 'measured') throw new Error(result.reason);
    expect(result.changed).toBe(false);
    expect(result.drift).toBeLessThan(IDENTITY.changedAbove);
  });

  // Measured drift of these swaps: to d10 5.8%, to d12 5.8%, to obama 2.9%, to d19 3.4%. The last
  // two are a known limit: this landmark model gives those faces nearly the same proportions.
  it.each<[string, boolean, LandmarkClip]>([
    ['d9 swapped halfway to d10\'s geometry', true, swappedTo('d10')],
    ['d9 swapped halfway to d12\'s geometry', true, swappedTo('d12')],
    ['d9 swapped halfway to obama\'s geometry (missed)', false, swappedTo('obama')],
    ['d9 swapped halfway to d19\'s geometry (missed)', false, swappedTo('d19')],
  ])('%s → changed: %s', (_, changed, clip) => {
    const result = identityDrift(clip);
    if (result.status !== 'measured') throw new Error(result.reason);
    expect(result.changed).toBe(changed);
  });

  it('a swap drifts further than any of the real recordings', () => {
    const drift = (clip: LandmarkClip) => {
      const result = identityDrift(clip);
      return result.status === 'measured' ? result.drift : NaN;
    };
    const worstReal = Math.max(...REAL.map((name) => drift(recording(name))));
    expect(drift(swappedTo('d12'))).toBeGreaterThan(worstReal);
  });

  it.each<[string, LandmarkClip]>([
    ['no frames', { size: recording('d9').size, frames: [] }],
    ['5 s: no room for two separate 3 s windows', { size: recording('d9').size, frames: recording('d9').frames.slice(0, 150) }],
    ['the still photo, 5 s', recording('still')],
    ['two faces in every frame', recording('two-faces')],
  ])('%s: insufficient data', (_, clip) => {
    expect(identityDrift(clip).status).toBe('insufficient-data');
  });
});

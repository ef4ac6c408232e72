import { describe, expect, it } from 'vitest';
import { facingFrames, type FacingLimits } from '../../../../lib/vision/cues/facing-frames';
import { recording } from './recordings';
import { framesAt, realFace, rotateFace } from './synthetic';

const { size } = recording('d9');
const face = realFace('d9', 0); // near frontal: yaw -3°, pitch within a few degrees
const limits: FacingLimits = { maxYawDeg: 20, maxPitchDeg: 20 };

describe('facingFrames', () => {
  it.each<[string, number, Parameters<typeof framesAt>[1]]>([
    ['a frontal face', 1, [face]],
    ['turned 35° away', 0, [rotateFace(face, size, { yawDeg: 35 })]],
    ['raised 30°', 0, [rotateFace(face, size, { pitchDeg: 30 })]],
    ['tilted 40° (roll does not matter)', 1, [rotateFace(face, size, { rollDeg: 40 })]],
    ['no face', 0, [undefined]],
    ['two faces', 0, [[face, face]]],
  ])('%s → %i frame(s)', (_, count, faces) => {
    expect(facingFrames({ size, frames: framesAt(30, faces) }, limits)).toHaveLength(count);
  });

  it('keeps each frame\'s time and face', () => {
    const frames = framesAt(30, [undefined, face, face]);
    expect(facingFrames({ size, frames }, limits)).toEqual([{ t: 33, face }, { t: 67, face }]);
  });
});

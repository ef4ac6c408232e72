import { describe, expect, it } from 'vitest';
import { landmarkGatherIndices } from '../../../../lib/vision/model/landmark-gather-indices';

const indices = landmarkGatherIndices();
/** The mesh point whose x, y, z fill output point `p` (all three must agree). */
const sourcePoint = (p: number) => {
  const [x, y, z] = [indices[p * 3]!, indices[p * 3 + 1]!, indices[p * 3 + 2]!];
  return y === x + 1 && z === x + 2 && x % 3 === 0 ? x / 3 : NaN;
};

describe('landmarkGatherIndices', () => {
  it('fills 478 points of x, y, z from the 1404 values of the 468-point mesh', () => {
    expect(indices).toHaveLength(1434);
    expect(Math.min(...indices)).toBe(0);
    expect(Math.max(...indices)).toBeLessThan(1404);
  });

  it.each([0, 1, 13, 159, 386, 467])('keeps mesh point %i in place', (p) => {
    expect(sourcePoint(p)).toBe(p);
  });

  // Points 468-472 and 473-477: iris centre, then four around it, in the 478-point layout.
  it.each<[number, number]>([
    [468, 159], [469, 133], [470, 159], [471, 33], [472, 145],
    [473, 386], [474, 362], [475, 386], [476, 263], [477, 374],
  ])('fills iris slot %i from eye-contour point %i', (slot, source) => {
    expect(sourcePoint(slot)).toBe(source);
  });
});

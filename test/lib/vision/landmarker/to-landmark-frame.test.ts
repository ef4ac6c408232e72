import { describe, expect, it } from 'vitest';
import { toLandmarkFrame, type MeshPoint } from '../../../../lib/vision/landmarker/to-landmark-frame';
import { LandmarkFrameSchema, type LandmarkFrame } from '../../../../lib/vision/landmarks/landmark-frame';
import { LANDMARK_SUBSET } from '../../../../lib/vision/landmarks/landmark-subset';

// Tests lib/vision/landmarker/to-landmark-frame.ts (kept with the worker's tests, its only user).

/** A mesh whose point i sits at x = 0.2 + i/1000, y = 0.3 + i/2000, z = -i/10000, so each is traceable. */
const mesh = (points = 478): MeshPoint[] => Array.from({ length: points }, (_, i) => ({ x: 0.2 + i / 1000, y: 0.3 + i / 2000, z: -i / 10000 }));
const withIrisOutlier = () => mesh().map((p, i) => (i === 470 ? { x: 0.99, y: 0.99, z: 0 } : p));
const round = (v: number) => Math.round(v * 1e6) / 1e6;
const first = LANDMARK_SUBSET[0] ?? NaN;

describe('toLandmarkFrame', () => {
  it.each<[string, MeshPoint[][], string | undefined, (frame: LandmarkFrame) => unknown, unknown]>([
    ['no face', [], undefined, (f) => f, { t: 40, faces: [] }],
    ['keeps only the subset, in subset order', [mesh()], undefined, (f) => f.faces[0]?.landmarks.map(([x]) => Math.round((x - 0.2) * 1000)), [...LANDMARK_SUBSET]],
    ['keeps x, y and z', [mesh()], undefined, (f) => f.faces[0]?.landmarks[0]?.map(round), [0.2 + first / 1000, 0.3 + first / 2000, -first / 10000].map(round)],
    ['boxes the mesh without the iris slots', [withIrisOutlier()], undefined, (f) => Object.values(f.faces[0]?.box ?? {}).map(round), [0.2, 0.3, 0.467, 0.2335]],
    ['keeps two faces apart', [mesh(), withIrisOutlier()], undefined, (f) => f.faces.length, 2],
    ['carries the frame hash', [], 'ab'.repeat(32), (f) => f.frameHash, 'ab'.repeat(32)],
    ['leaves the hash out when there is none', [], undefined, (f) => 'frameHash' in f, false],
  ])('%s', (_, meshes, hash, pick, expected) => {
    const frame = toLandmarkFrame(meshes, 40, hash);
    expect(LandmarkFrameSchema.safeParse(frame).success).toBe(true);
    expect(pick(frame)).toEqual(expected);
  });

  it('refuses a mesh that lacks points of the subset', () => {
    expect(() => toLandmarkFrame([mesh(300)], 0)).toThrow(/point \d+ is missing/);
  });
});

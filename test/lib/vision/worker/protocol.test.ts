import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { LANDMARK_SUBSET } from '../../../../lib/vision/landmarks/landmark-subset';
import { WorkerReplySchema, WorkerRequestSchema } from '../../../../lib/vision/worker/protocol';

/** Stands in for the browser's ImageBitmap, which Node does not have. */
class FakeImageBitmap {
  width = 2;
  height = 2;
  close() {}
}
beforeAll(() => void vi.stubGlobal('ImageBitmap', FakeImageBitmap));
afterAll(() => void vi.unstubAllGlobals());

const face = { landmarks: LANDMARK_SUBSET.map((): [number, number, number] => [0.5, 0.5, 0]), box: { x: 0.4, y: 0.4, width: 0.2, height: 0.2 } };
const start = { type: 'start', requestId: 1, wasmBase: '/vision/wasm', delegate: 'CPU' };

describe('WorkerRequestSchema', () => {
  it.each<[string, unknown, boolean]>([
    ['start with the package model', { ...start, modelUrl: '/vision/face_landmarker.task' }, true],
    ['start with model bytes', { ...start, modelAssetBuffer: new ArrayBuffer(8) }, true],
    ['start with the GPU', { ...start, delegate: 'GPU', modelUrl: '/m.task' }, true],
    ['start with no model', start, false],
    ['start with both a URL and bytes', { ...start, modelUrl: '/m.task', modelAssetBuffer: new ArrayBuffer(8) }, false],
    ['start with bytes as a typed array', { ...start, modelAssetBuffer: new Uint8Array(8) }, false],
    ['start with an unknown delegate', { ...start, delegate: 'NPU', modelUrl: '/m.task' }, false],
    ['a frame', { type: 'track', requestId: 2, streamId: 'tile-1', timestampMs: 33.3, bitmap: new FakeImageBitmap() }, true],
    ['a frame whose pixels are a plain object', { type: 'track', requestId: 2, streamId: 'tile-1', timestampMs: 0, bitmap: { width: 2, height: 2 } }, false],
    ['a frame without a stream', { type: 'track', requestId: 2, streamId: '', timestampMs: 0, bitmap: new FakeImageBitmap() }, false],
    ['a frame at an infinite time', { type: 'track', requestId: 2, streamId: 's', timestampMs: Infinity, bitmap: new FakeImageBitmap() }, false],
    ['a frame with request id 0', { type: 'track', requestId: 0, streamId: 's', timestampMs: 0, bitmap: new FakeImageBitmap() }, false],
    ['closing a stream', { type: 'close', streamId: 'tile-1' }, true],
    ['asking for stats', { type: 'stats', requestId: 3 }, true],
    ['asking for stats with something extra', { type: 'stats', requestId: 3, verbose: true }, false],
    ['an unknown request', { type: 'eval', requestId: 4, code: '1' }, false],
    ['not an object', 'start', false],
  ])('%s: accepted %s', (_, message, accepted) => {
    expect(WorkerRequestSchema.safeParse(message).success).toBe(accepted);
  });
});

describe('WorkerReplySchema', () => {
  const stats = { refusedRequests: 1, streams: [{ streamId: 's', analysed: 3, withFace: 2, skipped: { stale: 0, busy: 1, closed: 0 }, meshPoints: 478 }] };
  it.each<[string, unknown, boolean]>([
    ['ready', { type: 'ready', requestId: 1, delegate: 'CPU', blendshapes: false, workerKind: 'module' }, true],
    ['a frame with a face', { type: 'frame', requestId: 2, frame: { t: 0, faces: [face] }, detectMs: 9.5 }, true],
    ['a frame without a face', { type: 'frame', requestId: 2, frame: { t: 33, faces: [] }, detectMs: 9.5 }, true],
    ['a frame that carries pixels', { type: 'frame', requestId: 2, frame: { t: 0, faces: [], pixels: [1, 2, 3] }, detectMs: 1 }, false],
    ['a frame reply with an image beside it', { type: 'frame', requestId: 2, frame: { t: 0, faces: [] }, detectMs: 1, image: 'data:' }, false],
    ['a face with the whole mesh instead of the subset', { type: 'frame', requestId: 2, frame: { t: 0, faces: [{ landmarks: Array(478).fill([0, 0, 0]) }] }, detectMs: 1 }, false],
    ['a frame at a negative time', { type: 'frame', requestId: 2, frame: { t: -1, faces: [] }, detectMs: 1 }, false],
    ['a skipped frame', { type: 'skipped', requestId: 2, reason: 'stale' }, true],
    ['a frame skipped for an unknown reason', { type: 'skipped', requestId: 2, reason: 'tired' }, false],
    ['stats', { type: 'stats', requestId: 3, stats }, true],
    ['stats missing a skip reason', { type: 'stats', requestId: 3, stats: { ...stats, streams: [{ ...stats.streams[0], skipped: { stale: 0 } }] } }, false],
    ['a failure', { type: 'failed', requestId: 4, error: 'No model' }, true],
    ['a failure without a request', { type: 'failed', error: 'No model' }, false],
  ])('%s: accepted %s', (_, message, accepted) => {
    expect(WorkerReplySchema.safeParse(message).success).toBe(accepted);
  });
});

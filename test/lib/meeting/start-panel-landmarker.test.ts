import { describe, expect, it } from 'vitest';
import { startPanelLandmarker, type RunningModel } from '../../../lib/meeting/start-panel-landmarker';
import type { StoredModel } from '../../../lib/vision/model/custom-model-store';
import type { Landmarker, LandmarkerOptions } from '../../../lib/vision/worker/connect-landmarker';

/**
 * Which model the meeting panel starts, with a stand-in for the worker: `start` records what it was
 * given, and refuses the bytes "BAD" the way MediaPipe refuses a bundle (and, when asked, the package model).
 */

const URLS = { modelUrl: 'chrome-extension://id/vision/face_landmarker.task', wasmBase: 'chrome-extension://id/vision/wasm' };
const MODEL = { name: 'face_landmarker.task', sha256: 'ab'.repeat(32), size: 3, hasBlendshapes: true, loadedAt: '2026-11-24T09:15:00.000Z' };
const ready = (text: string): StoredModel => ({ state: 'ready', model: MODEL, bytes: new TextEncoder().encode(text) });

function fakeStart(calls: string[], { refuseBuiltIn = false } = {}) {
  return async (options: LandmarkerOptions): Promise<Landmarker> => {
    const given = 'modelUrl' in options ? options.modelUrl : `bytes:${new TextDecoder().decode(options.modelAssetBuffer)}`;
    calls.push(given);
    if (given === 'bytes:BAD') throw new Error('UNKNOWN: Could not build model; StartGraph failed\n=== Source Location Trace: ===\nx.cc:1');
    if (given === URLS.modelUrl && refuseBuiltIn) throw new Error('no wasm');
    const never = () => Promise.reject(new Error('not used'));
    return { delegate: 'CPU', blendshapes: given.startsWith('bytes:'), workerKind: 'module', track: never, close: () => undefined, stats: never, dispose: () => undefined };
  };
}

describe('startPanelLandmarker', () => {
  it.each<[string, () => Promise<StoredModel>, string[], RunningModel]>([
    ['nothing stored: the package model', async () => ({ state: 'none' }), [URLS.modelUrl], { source: 'built-in' }],
    ['a usable stored model: its bytes, with blendshapes', async () => ready('GOOD'), ['bytes:GOOD'], {
      source: 'custom', name: 'face_landmarker.task', sha256: MODEL.sha256, blendshapes: true,
    }],
    ['a stored model MediaPipe refuses: the package model, saying why', async () => ready('BAD'), ['bytes:BAD', URLS.modelUrl], {
      source: 'built-in', ignored: 'The face model loaded by your organisation (face_landmarker.task) did not start: UNKNOWN: Could not build model; StartGraph failed',
    }],
    ['a corrupt record: the package model, with the problems', async () => ({ state: 'corrupt', problems: ['One.', 'Two.'] }), [URLS.modelUrl], {
      source: 'built-in', ignored: 'One. Two.',
    }],
    ['storage that cannot be read: the package model', () => Promise.reject(new Error('storage gone')), [URLS.modelUrl], {
      source: 'built-in', ignored: 'The stored face model could not be read: storage gone',
    }],
  ])('%s', async (_, stored, expectedCalls, expectedModel) => {
    const calls: string[] = [];
    const { model } = await startPanelLandmarker({ stored, start: fakeStart(calls), ...URLS });
    expect(calls).toEqual(expectedCalls);
    expect(model).toEqual(expectedModel);
  });

  it('fails when the package model does not start either', async () => {
    const start = fakeStart([], { refuseBuiltIn: true });
    await expect(startPanelLandmarker({ stored: async () => ready('BAD'), start, ...URLS })).rejects.toThrow('no wasm');
  });
});

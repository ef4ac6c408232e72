// The landmark test page's API first: ./landmark-page.ts waits for it before calling anything.
import './landmark-page-entry';
import { startPanelLandmarker, type RunningModel } from '../../lib/meeting/start-panel-landmarker';
import { tryFaceModel, type TrialResult } from '../../lib/options/try-face-model';
import { base64ToBytes, bytesToBase64 } from '../../lib/vision/model/bytes-base64';
import type { StoredModel } from '../../lib/vision/model/custom-model-store';
import { startLandmarker } from '../../lib/vision/worker/landmark-client';

/**
 * Page script for ./custom-face-model.spec.ts: the options page's trial and the meeting panel's
 * start, as the product runs them, on bundles the test serves. Results are plain data.
 */

const WASM_BASE = '/vision/wasm';
const PACKAGE_MODEL_URL = '/vision/face_landmarker.task';

export type Outcome<T> = { ok: true; value: T } | { ok: false; error: string };

const outcome = <T>(work: Promise<T>): Promise<Outcome<T>> =>
  work.then((value) => ({ ok: true as const, value }), (error: unknown) => ({ ok: false as const, error: error instanceof Error ? error.message : String(error) }));

const fetchBytes = async (url: string) => new Uint8Array(await (await fetch(url)).arrayBuffer());

/** Faces found in `frames` frames of the image at `imageUrl`, one landmarker call each. */
async function facesIn(landmarker: Awaited<ReturnType<typeof startLandmarker>>, imageUrl: string, frames: number): Promise<number[]> {
  const image = await createImageBitmap(await (await fetch(imageUrl)).blob());
  const faces: number[] = [];
  for (let k = 0; k < frames; k++) {
    const result = await landmarker.track('image', await createImageBitmap(image), k * 33);
    faces.push(typeof result === 'object' ? result.faces.length : -1);
  }
  return faces;
}

const api = {
  /** The options page's trial of the bundle at `url`. */
  trial: async (url: string): Promise<Outcome<TrialResult>> => outcome(fetchBytes(url).then((bytes) => tryFaceModel(bytes, { wasmBase: WASM_BASE }))),

  /**
   * The meeting panel's start with the bundle at `url` stored as the organisation's model (its bytes
   * through base64 and back, as storage.local keeps them), then the faces it finds in the image.
   */
  async panel(url: string, imageUrl: string, frames: number): Promise<Outcome<{ model: RunningModel; faces: number[] }>> {
    const bytes = base64ToBytes(bytesToBase64(await fetchBytes(url)));
    if (!bytes) throw new Error('base64 round trip failed');
    const stored = async (): Promise<StoredModel> => ({
      state: 'ready',
      model: { name: url.split('/').pop() ?? url, sha256: '0'.repeat(64), size: bytes.length, hasBlendshapes: false, loadedAt: new Date(0).toISOString() },
      bytes,
    });
    return outcome((async () => {
      const { landmarker, model } = await startPanelLandmarker({ stored, start: startLandmarker, modelUrl: PACKAGE_MODEL_URL, wasmBase: WASM_BASE });
      try {
        return { model, faces: await facesIn(landmarker, imageUrl, frames) };
      } finally {
        landmarker.dispose();
      }
    })());
  },

  /** A landmarker started from the bundle at `url` as bytes, on one frame of the image. */
  facesWith: async (url: string, imageUrl: string): Promise<Outcome<number[]>> =>
    outcome((async () => {
      const landmarker = await startLandmarker({ modelAssetBuffer: (await fetchBytes(url)).buffer, wasmBase: WASM_BASE });
      try {
        return await facesIn(landmarker, imageUrl, 1);
      } finally {
        landmarker.dispose();
      }
    })()),
};

export type CustomModelPageApi = typeof api;
(window as unknown as { customModelPage: CustomModelPageApi }).customModelPage = api;

import type { FaceLandmarker } from '@mediapipe/tasks-vision';
import { createFaceLandmarker } from '../landmarker/create-face-landmarker';
import { createFrameHasher } from '../landmarker/frame-hasher';
import { loadModelBytes } from '../landmarker/load-model-bytes';
import { modelHasBlendshapes } from '../landmarker/model-has-blendshapes';
import { wasmFileset } from '../landmarker/wasm-fileset';
import type { Delegate, StartRequest } from './protocol';
import { createStreamLandmarkers, type StreamLandmarkers } from './stream-landmarkers';
import { workerKind } from './worker-kind';

export interface Session {
  landmarkers: StreamLandmarkers<ImageBitmap>;
  /** The delegate that started: CPU when GPU was asked for and failed. */
  delegate: Delegate;
  blendshapes: boolean;
  workerKind: 'module' | 'classic';
}

/**
 * Loads the runtime and the model once for the worker's lifetime. One landmarker is made at once,
 * so that a broken model or runtime fails the start (where the page can report it) rather than
 * each stream's first frame, and so that the delegate is known; it serves the first stream.
 */
export async function startSession(request: StartRequest, scope: { importScripts?: () => void }): Promise<Session> {
  const kind = workerKind(scope);
  const model = await loadModelBytes(request);
  const blendshapes = modelHasBlendshapes(model);
  let instances = 0;
  const setup = { fileset: () => wasmFileset(request.wasmBase, kind, ++instances), model, blendshapes };
  const first = await createFaceLandmarker({ ...setup, delegate: request.delegate });
  let spare: FaceLandmarker | undefined = first.landmarker;
  const create = async () => {
    const landmarker = spare ?? (await createFaceLandmarker({ ...setup, delegate: first.delegate })).landmarker;
    spare = undefined;
    return landmarker;
  };
  return {
    landmarkers: createStreamLandmarkers({ create, hash: createFrameHasher() }),
    delegate: first.delegate,
    blendshapes,
    workerKind: kind,
  };
}

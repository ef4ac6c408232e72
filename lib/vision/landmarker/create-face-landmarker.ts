import { FaceLandmarker } from '@mediapipe/tasks-vision';
import type { Delegate } from '../worker/protocol';
import type { WasmFileset } from './wasm-fileset';

export interface FaceLandmarkerSetup {
  fileset: () => WasmFileset;
  model: Uint8Array;
  delegate: Delegate;
  /** Only when the bundle has a blendshapes model (model-has-blendshapes.ts): MediaPipe fails otherwise. */
  blendshapes: boolean;
}

/** The product looks for "more than one face", so two is the most it needs to find. */
const NUM_FACES = 2;

/**
 * A FaceLandmarker for one participant's video. VIDEO mode tracks the face from frame to frame
 * instead of searching the whole frame each time. GPU is used when asked for and it works;
 * otherwise the CPU, and the result says which.
 */
export async function createFaceLandmarker(setup: FaceLandmarkerSetup): Promise<{ landmarker: FaceLandmarker; delegate: Delegate }> {
  const create = (delegate: Delegate) => FaceLandmarker.createFromOptions(setup.fileset(), {
    baseOptions: { modelAssetBuffer: setup.model, delegate },
    runningMode: 'VIDEO',
    numFaces: NUM_FACES,
    outputFaceBlendshapes: setup.blendshapes,
  });
  if (setup.delegate === 'GPU' && (await gpuWorks(() => create('GPU')))) return { landmarker: await create('GPU'), delegate: 'GPU' };
  return { landmarker: await create('CPU'), delegate: 'CPU' };
}

/**
 * Whether a GPU landmarker starts and analyses a frame. Starting is not enough: the GPU backend
 * compiles the model on the first frame and refuses operations it lacks (the product's own model
 * has a GATHER it does not support). The probe is closed afterwards because its clock has moved.
 */
async function gpuWorks(create: () => Promise<FaceLandmarker>): Promise<boolean> {
  let probe: FaceLandmarker | undefined;
  try {
    probe = await create();
    probe.detectForVideo(new ImageData(64, 64), 0);
    return true;
  } catch {
    return false;
  } finally {
    probe?.close();
  }
}

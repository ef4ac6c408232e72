import type { Delegate } from '../vision/worker/protocol';
import { startLandmarker } from '../vision/worker/landmark-client';
import { mediapipeReason } from '../vision/worker/mediapipe-reason';

export interface TrialResult {
  blendshapes: boolean;
  delegate: Delegate;
}

/** MediaPipe takes a few seconds to start here; a worker silent for this long is not going to. */
const TRIAL_TIMEOUT_MS = 60_000;
/** Side of the blank frame the trial analyses: small, so the trial costs little beyond the start. */
const FRAME_SIDE = 64;

/**
 * Starts a landmark worker with the bundle, the same way the meeting panel will (with the runtime at
 * `wasmBase`, see lib/vision/landmarker/package-model-urls.ts), has it analyse one blank frame, and
 * stops it. Resolves when MediaPipe built a FaceLandmarker from the bytes and ran it; rejects with
 * MediaPipe's own reason otherwise. The structural check
 * (lib/vision/model/validate-landmarker-task.ts) comes first: it explains more plainly, and it
 * catches tensor sizes that MediaPipe only trips over once a face is in view.
 */
export async function tryFaceModel(bytes: Uint8Array, runtime: { wasmBase: string }): Promise<TrialResult> {
  // A copy for the worker, so the caller's bytes stay whole for storing.
  const started = startLandmarker({ modelAssetBuffer: bytes.slice().buffer, wasmBase: runtime.wasmBase });
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`MediaPipe did not start within ${TRIAL_TIMEOUT_MS / 1000} s.`)), TRIAL_TIMEOUT_MS);
  });
  try {
    const landmarker = await Promise.race([started, timeout]);
    try {
      const frame = await createImageBitmap(new ImageData(FRAME_SIDE, FRAME_SIDE));
      const result = await Promise.race([landmarker.track('trial', frame, 0), timeout]);
      if (typeof result !== 'object') throw new Error(`The trial frame was not analysed (${result}).`);
      return { blendshapes: landmarker.blendshapes, delegate: landmarker.delegate };
    } finally {
      landmarker.dispose();
    }
  } catch (error) {
    // A worker that starts after the timeout must not linger.
    void started.then((late) => late.dispose(), () => undefined);
    throw new Error(mediapipeReason(error));
  } finally {
    clearTimeout(timer);
  }
}

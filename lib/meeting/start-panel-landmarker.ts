import type { StoredModel } from '../vision/model/custom-model-store';
import type { Landmarker, LandmarkerOptions } from '../vision/worker/connect-landmarker';
import { mediapipeReason } from '../vision/worker/mediapipe-reason';

/** The model a running landmarker was made from, for the panel to say so. */
export type RunningModel =
  /** `ignored`: why the model an administrator loaded is not the one running. */
  | { source: 'built-in'; ignored?: string }
  | { source: 'custom'; name: string; sha256: string; blendshapes: boolean };

export interface PanelLandmarkerSetup {
  /** The administrator's model as stored (lib/vision/model/custom-model-store.ts). */
  stored: () => Promise<StoredModel>;
  start: (options: LandmarkerOptions) => Promise<Landmarker>;
  /** The package's model and runtime (lib/vision/landmarker/package-model-urls.ts). */
  modelUrl: string;
  wasmBase: string;
}

/**
 * Starts the meeting panel's landmarker: from the model an administrator loaded when one is stored
 * and usable, otherwise from the package's. A stored model that cannot be read or does not start
 * falls back to the package's with the reason kept, so a broken upload costs the organisation its
 * better model, not its liveness checks. Blendshapes are switched on by the worker when the bundle
 * has them (model-has-blendshapes.ts).
 */
export async function startPanelLandmarker(setup: PanelLandmarkerSetup): Promise<{ landmarker: Landmarker; model: RunningModel }> {
  const { wasmBase } = setup;
  let stored: StoredModel;
  try {
    stored = await setup.stored();
  } catch (error) {
    stored = { state: 'corrupt', problems: [`The stored face model could not be read: ${mediapipeReason(error)}`] };
  }
  let ignored: string | undefined;
  if (stored.state === 'ready') {
    const { name, sha256 } = stored.model;
    try {
      const landmarker = await setup.start({ modelAssetBuffer: stored.bytes.buffer, wasmBase });
      return { landmarker, model: { source: 'custom', name, sha256, blendshapes: landmarker.blendshapes } };
    } catch (error) {
      ignored = `The face model loaded by your organisation (${name}) did not start: ${mediapipeReason(error)}`;
    }
  } else if (stored.state === 'corrupt') {
    ignored = stored.problems.join(' ');
  }
  const landmarker = await setup.start({ modelUrl: setup.modelUrl, wasmBase });
  return { landmarker, model: ignored === undefined ? { source: 'built-in' } : { source: 'built-in', ignored } };
}

import { useEffect, useRef, useState } from 'react';
import { browser } from 'wxt/browser';
import { startLandmarker } from '../vision/worker/landmark-client';
import type { Landmarker } from '../vision/worker/connect-landmarker';

export type LandmarkerStatus =
  | { state: 'idle' }
  | { state: 'starting' }
  | { state: 'ready'; landmarker: Landmarker }
  | { state: 'failed'; error: string };

/**
 * Starts the landmark worker (lib/vision/worker) the first time `enabled` is true (after consent: the
 * model is not even loaded before), with the model and runtime shipped in the package, and stops it
 * when the panel goes away.
 */
export function useLandmarker(enabled: boolean): LandmarkerStatus {
  const [status, setStatus] = useState<LandmarkerStatus>({ state: 'idle' });
  const life = useRef<{ started: boolean; gone: boolean; landmarker?: Landmarker }>({ started: false, gone: false });

  useEffect(() => {
    const current = life.current;
    if (!enabled || current.started) return;
    current.started = true;
    setStatus({ state: 'starting' });
    const modelUrl = browser.runtime.getURL('/vision/face_landmarker.task');
    // The runtime's folder (public/vision/wasm) sits next to the model.
    startLandmarker({ modelUrl, wasmBase: new URL('wasm', modelUrl).href }).then(
      (landmarker) => {
        if (current.gone) return landmarker.dispose();
        current.landmarker = landmarker;
        setStatus({ state: 'ready', landmarker });
      },
      (error: unknown) => !current.gone && setStatus({ state: 'failed', error: error instanceof Error ? error.message : String(error) }),
    );
  }, [enabled]);

  useEffect(() => {
    const current = life.current;
    return () => {
      current.gone = true;
      current.landmarker?.dispose();
    };
  }, []);
  return status;
}

import { useEffect, useRef, useState } from 'react';
import { packageModelUrls } from '../vision/landmarker/package-model-urls';
import { readCustomModel } from '../vision/model/custom-model-store';
import { startLandmarker } from '../vision/worker/landmark-client';
import type { Landmarker } from '../vision/worker/connect-landmarker';
import { startPanelLandmarker, type RunningModel } from './start-panel-landmarker';

export type LandmarkerStatus =
  | { state: 'idle' }
  | { state: 'starting' }
  /** `model`: which model is running (see ./model-line.ts for the panel's wording). */
  | { state: 'ready'; landmarker: Landmarker; model: RunningModel }
  | { state: 'failed'; error: string };

/**
 * Starts the landmark worker (lib/vision/worker) the first time `enabled` is true (after consent: the
 * model is not even loaded before), with the model an administrator loaded on the options page if
 * one is stored and works, else the one shipped in the package, and stops it when the panel goes
 * away. The stored model is read from `storage.local`, which this iframe may use (IndexedDB it may not).
 */
export function useLandmarker(enabled: boolean): LandmarkerStatus {
  const [status, setStatus] = useState<LandmarkerStatus>({ state: 'idle' });
  const life = useRef<{ started: boolean; gone: boolean; landmarker?: Landmarker }>({ started: false, gone: false });

  useEffect(() => {
    const current = life.current;
    if (!enabled || current.started) return;
    current.started = true;
    setStatus({ state: 'starting' });
    startPanelLandmarker({ stored: readCustomModel, start: startLandmarker, ...packageModelUrls() }).then(
      ({ landmarker, model }) => {
        if (current.gone) return landmarker.dispose();
        current.landmarker = landmarker;
        setStatus({ state: 'ready', landmarker, model });
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

import { useCallback, useEffect, useRef, useState } from 'react';
import { onCustomModelChanged, readCustomModel, removeCustomModel, saveCustomModel, type CustomModelInfo } from '../vision/model/custom-model-store';
import { taskSizeProblem, validateLandmarkerTask } from '../vision/model/validate-landmarker-task';
import type { TrialResult } from './try-face-model';

/** Which model the meeting panel will use. */
export type FaceModelStatus =
  | { state: 'loading' }
  /** `ignored`: a stored model that cannot be used, and why (the built-in one applies meanwhile). */
  | { state: 'built-in'; ignored?: string[] }
  | { state: 'custom'; model: CustomModelInfo };

/** The last file chosen, from reading it to storing it. */
export type FaceModelCheck =
  | { state: 'idle' }
  | { state: 'checking'; fileName: string; stage: string; startedAt: number }
  | { state: 'refused'; fileName: string; problems: string[] }
  | { state: 'accepted'; model: CustomModelInfo };

export type FaceModelTrial = (bytes: Uint8Array) => Promise<TrialResult>;

export interface FaceModelState {
  status: FaceModelStatus;
  check: FaceModelCheck;
  /** Reads, checks, tries and stores the file; the outcome arrives in `check`. */
  load: (file: File) => void;
  /** Goes back to the built-in model; rejects with the browser's reason. */
  remove: () => Promise<void>;
}

/**
 * The options page's side of the administrator's face model: what is stored (re-read whenever it
 * changes, here or in another tab), and loading a new one. A file is stored only after it passed the
 * structural check and `trial` started MediaPipe with it, so the meeting panel never meets a bundle
 * that was known not to work.
 */
export function useFaceModel(trial: FaceModelTrial): FaceModelState {
  const [status, setStatus] = useState<FaceModelStatus>({ state: 'loading' });
  const [check, setCheck] = useState<FaceModelCheck>({ state: 'idle' });
  const live = useRef(true);

  useEffect(() => {
    live.current = true;
    const reload = () =>
      readCustomModel().then(
        (stored) => {
          if (!live.current) return;
          if (stored.state === 'ready') setStatus({ state: 'custom', model: stored.model });
          else setStatus(stored.state === 'corrupt' ? { state: 'built-in', ignored: stored.problems } : { state: 'built-in' });
        },
        (error: unknown) => live.current && setStatus({ state: 'built-in', ignored: [`The stored face model could not be read: ${messageOf(error)}`] }),
      );
    void reload();
    const unsubscribe = onCustomModelChanged(() => void reload());
    return () => {
      live.current = false;
      unsubscribe();
    };
  }, []);

  const load = useCallback(
    (file: File) => {
      const fileName = file.name;
      const startedAt = Date.now();
      const stage = (text: string) => live.current && setCheck({ state: 'checking', fileName, stage: text, startedAt });
      const refuse = (problems: string[]) => live.current && setCheck({ state: 'refused', fileName, problems });
      void (async () => {
        // Before reading: a file of gigabytes is refused by its size, not loaded into memory.
        const sizeProblem = taskSizeProblem(fileName, file.size);
        if (sizeProblem) return refuse([sizeProblem]);
        stage(`Reading ${fileName}…`);
        const bytes = new Uint8Array(await file.arrayBuffer());
        stage(`Checking ${fileName}: the bundle's members and models…`);
        const checked = await validateLandmarkerTask(bytes, fileName);
        if (!checked.ok) return refuse(checked.problems);
        stage(`Starting MediaPipe with ${fileName} (a few seconds)…`);
        try {
          await trial(bytes);
        } catch (error) {
          return refuse([`MediaPipe could not start a face landmarker from it: ${messageOf(error)}`]);
        }
        stage(`Storing ${fileName}…`);
        const model = await saveCustomModel({ name: fileName, bytes, loadedAt: new Date() });
        if (!live.current) return;
        setStatus({ state: 'custom', model });
        setCheck({ state: 'accepted', model });
      })().catch((error: unknown) => refuse([messageOf(error)]));
    },
    [trial],
  );

  const remove = useCallback(async () => {
    await removeCustomModel();
    if (!live.current) return;
    setStatus({ state: 'built-in' });
    setCheck({ state: 'idle' });
  }, []);

  return { status, check, load, remove };
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

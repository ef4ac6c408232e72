import { useCallback, useEffect, useRef, useState } from 'react';
import type { ExportProgress } from './export-actions';

export type ExportState =
  | { status: 'idle' }
  | { status: 'running'; progress?: ExportProgress; slow: boolean }
  | { status: 'done'; message: string }
  | { status: 'error'; message: string };

/** Progress shows only after this long (ms): a quick export would otherwise flash a bar. */
export const SLOW_AFTER_MS = 400;

/**
 * One export's state for a button: running (with progress once it is slow), done with a sentence
 * saying what was saved, or failed with the reason. A second click while it runs does nothing.
 */
export function useExportTask(): { state: ExportState; run: (task: (onProgress: (p: ExportProgress) => void) => Promise<string>) => Promise<void> } {
  const [state, setState] = useState<ExportState>({ status: 'idle' });
  const running = useRef(false);
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  const run = useCallback(async (task: (onProgress: (p: ExportProgress) => void) => Promise<string>) => {
    if (running.current) return;
    running.current = true;
    let progress: ExportProgress | undefined;
    let slow = false;
    const show = () => {
      if (mounted.current && running.current) setState({ status: 'running', slow, ...(progress ? { progress } : {}) });
    };
    show();
    const timer = setTimeout(() => {
      slow = true;
      show();
    }, SLOW_AFTER_MS);
    try {
      const message = await task((p) => {
        progress = p;
        if (slow) show();
      });
      running.current = false;
      if (mounted.current) setState({ status: 'done', message });
    } catch (e) {
      running.current = false;
      if (mounted.current) setState({ status: 'error', message: e instanceof Error ? e.message : String(e) });
    } finally {
      clearTimeout(timer);
    }
  }, []);
  return { state, run };
}

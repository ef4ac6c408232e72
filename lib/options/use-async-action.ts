import { useCallback, useEffect, useRef, useState } from 'react';

/**
 * State for one button's asynchronous work: whether it is running and the error it ended with,
 * so each control shows its own failure next to it instead of one page-wide message.
 */
export interface AsyncAction {
  pending: boolean;
  error: string | undefined;
  /** Runs `work` unless already running; resolves true when it succeeded. Never rejects. */
  run: (work: () => Promise<unknown>) => Promise<boolean>;
  clearError: () => void;
}

export function useAsyncAction(): AsyncAction {
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string>();
  const running = useRef(false);
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  const run = useCallback(async (work: () => Promise<unknown>) => {
    if (running.current) return false;
    running.current = true;
    setPending(true);
    setError(undefined);
    try {
      await work();
      return true;
    } catch (e) {
      if (mounted.current) setError(e instanceof Error ? e.message : String(e));
      return false;
    } finally {
      running.current = false;
      if (mounted.current) setPending(false);
    }
  }, []);

  return { pending, error, run, clearError: useCallback(() => setError(undefined), []) };
}

import { useEffect, useState } from 'react';
import type { LivenessState, LivenessTracker } from './liveness-tracker';

/** Frames change the state ten times a second per person; the panel redraws at most this often. */
export const REDRAW_MS = 250;

const INITIAL: LivenessState = { consent: false, skipped: new Set(), requested: new Set(), records: new Map() };

/** The tracker's state for rendering, at most every REDRAW_MS (a decision by the recruiter at once). */
export function useTrackerState(tracker: LivenessTracker | undefined): LivenessState {
  const [state, setState] = useState<LivenessState>(() => tracker?.getState() ?? INITIAL);
  useEffect(() => {
    if (!tracker) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let shown = tracker.getState();
    const show = () => {
      clearTimeout(timer);
      timer = undefined;
      shown = tracker.getState();
      setState(shown);
    };
    show();
    const unsubscribe = tracker.subscribe(() => {
      const next = tracker.getState();
      // Consent and skips change what the recruiter sees next: never wait for them.
      if (next.consent !== shown.consent || next.skipped !== shown.skipped) return show();
      timer ??= setTimeout(show, REDRAW_MS);
    });
    return () => {
      unsubscribe();
      clearTimeout(timer);
    };
  }, [tracker]);
  return state;
}

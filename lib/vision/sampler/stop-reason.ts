/** Why a sampler stopped; the caller decides whether to start again (for instance when the tab shows again). */
export type StopReason = 'stopped' | 'hidden' | 'removed' | 'ended' | 'unreadable';

export interface SourceState {
  /** stop() was called. */
  stopped: boolean;
  /** document.visibilityState === 'hidden': nobody is looking, and browsers throttle hidden tabs anyway. */
  hidden: boolean;
  /** Every element the frames come from is still in the document. */
  connected: boolean;
  /** The video played to its end (a file, not a call's stream). */
  ended: boolean;
  /** Consecutive captures that threw (a cross-origin picture, a canvas the page cannot share). */
  failures: number;
}

/** After this many failed captures in a row the source is taken as unreadable. */
export const MAX_CAPTURE_FAILURES = 5;

/** Pure: the first reason that applies, most deliberate first; undefined while sampling may go on. */
export function stopReason(state: SourceState): StopReason | undefined {
  if (state.stopped) return 'stopped';
  if (!state.connected) return 'removed';
  if (state.ended) return 'ended';
  if (state.hidden) return 'hidden';
  if (state.failures >= MAX_CAPTURE_FAILURES) return 'unreadable';
  return undefined;
}

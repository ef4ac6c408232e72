import type { MeetingAdapter, MeetingReadHints, MeetingReadResult } from './define-meeting-adapter';
import { diffParticipants, type ParticipantEvent } from './diff-participants';

/** A call's DOM changes in bursts (a join re-renders the grid): read once the burst settles… */
export const MEETING_DEBOUNCE_MS = 250;
/** …but never wait longer than this, or a call whose tiles never stop animating would never be read. */
export const MEETING_MAX_WAIT_MS = 1000;

export interface MeetingUpdate extends MeetingReadResult {
  /** What changed since the previous update; the first update lists everyone as joined. */
  events: ParticipantEvent[];
}

export interface WatchMeetingOptions {
  hints?: MeetingReadHints;
  debounceMs?: number;
  maxWaitMs?: number;
}

/**
 * Reads the call now and again after DOM changes (debounced, with a ceiling), and hands each reading
 * that changed something to `onChange`. Reads happen in timers, never inside the mutation callback,
 * so the call's own rendering is not slowed. Returns the function that stops watching: a content
 * script calls it from `ctx.onInvalidated` and when the URL stops being a meeting.
 */
export function watchMeeting(
  document: Document,
  adapter: MeetingAdapter,
  onChange: (update: MeetingUpdate) => void,
  options: WatchMeetingOptions = {},
): () => void {
  const debounceMs = options.debounceMs ?? MEETING_DEBOUNCE_MS;
  const maxWaitMs = options.maxWaitMs ?? MEETING_MAX_WAIT_MS;
  let previous: MeetingReadResult['participants'] = [];
  let lastHealth: string | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let firstPending: number | undefined;
  let stopped = false;

  const read = () => {
    timer = undefined;
    firstPending = undefined;
    if (stopped) return;
    let result: MeetingReadResult;
    try {
      result = adapter.readParticipants(document, options.hints);
    } catch {
      return; // Adapters report problems instead of throwing; a throw leaves the last reading standing.
    }
    const events = diffParticipants(previous, result.participants);
    const health = JSON.stringify(result.health);
    previous = result.participants;
    if (events.length === 0 && health === lastHealth) return;
    lastHealth = health;
    onChange({ ...result, events });
  };

  const schedule = () => {
    if (stopped) return;
    const now = Date.now();
    firstPending ??= now;
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(read, Math.max(0, Math.min(debounceMs, firstPending + maxWaitMs - now)));
  };

  // The content script's own realm in production, the test window's under happy-dom.
  const Observer = document.defaultView?.MutationObserver ?? MutationObserver;
  const observer = new Observer(schedule);
  observer.observe(document.documentElement ?? document, {
    childList: true,
    subtree: true,
    characterData: true,
    attributes: true,
    attributeFilter: [...adapter.watchedAttributes],
  });
  read();

  return () => {
    stopped = true;
    observer.disconnect();
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
  };
}

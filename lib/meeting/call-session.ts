import { toSnapshot, type MeetingAdapter, type MeetingReadHints, type Participant } from '../sites/meetings/define-meeting-adapter';
import { watchMeeting, type MeetingUpdate } from '../sites/meetings/watch-meeting';
import type { PageMessage, PanelMessage } from './bridge-protocol';
import type { VideoFrameHandOff } from './frame-relay-protocol';
import { samplingTargets } from './sampling-plan';
import { createStreamSamplers, type StreamSamplersOptions } from './stream-samplers';

/**
 * One call in the meetings content script: reads the participants, shows the panel once someone is
 * there, passes the panel's decisions (consent, skip, which streams it takes) to the samplers, and
 * ends when the call does. Everything page-specific arrives through the options, so the whole flow
 * runs in tests without a browser extension.
 */

/** No participants for this long means the call ended (a re-render can empty the grid for a moment). */
export const CALL_END_GRACE_MS = 3000;

export interface PanelHandle {
  post: (message: PageMessage, transfer?: Transferable[]) => boolean;
  /** Whole video frames to be scaled off the page's main thread (open-bridge.ts), where the page allows it. */
  frames?: VideoFrameHandOff;
  setCollapsed: (collapsed: boolean) => void;
  remove: () => void;
}

export interface CallSessionOptions {
  document: Document;
  adapter: MeetingAdapter;
  /** Mounts the panel and opens its channel; messages from the panel go to `onMessage`. */
  mountPanel: (onMessage: (message: PanelMessage) => void) => PanelHandle;
  /** The call ended on the page (nobody left in it). */
  onEnded: () => void;
  samplers?: Omit<StreamSamplersOptions, 'post'>;
  watch?: typeof watchMeeting;
  now?: () => number;
  /** Passed to every reading of the page: a change to the object applies from the next change the call reports. */
  hints?: MeetingReadHints;
}

export interface CallSession {
  stop: () => void;
  /** Keys sampled now (for tests and diagnostics). */
  sampling: () => string[];
}

export function startCallSession(options: CallSessionOptions): CallSession {
  const { document: doc, adapter, now = () => performance.now(), watch = watchMeeting } = options;
  let participants: Participant[] = [];
  let consent = false;
  const skipped = new Set<string>();
  const requested = new Set<string>();
  let panel: PanelHandle | undefined;
  let endTimer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;

  const post = (message: PageMessage, transfer?: Transferable[]) => panel?.post(message, transfer) ?? false;
  const frames: VideoFrameHandOff = {
    ready: () => panel?.frames?.ready() ?? false,
    starting: () => panel?.frames?.starting?.() ?? false,
    send: (job, frame) => panel?.frames?.send(job, frame) ?? false,
  };
  const samplers = createStreamSamplers({ frames, ...options.samplers, post });
  const targets = () => samplingTargets(participants, { consent, skipped, requested });
  const reconcile = () => {
    // A hidden tab samples nothing: the samplers stop themselves (and tell the panel why), and are
    // started again when it shows.
    if (stopped || doc.visibilityState === 'hidden') return;
    samplers.reconcile(targets());
  };

  const onPanelMessage = (message: PanelMessage) => {
    if (stopped) return;
    switch (message.type) {
      case 'consent':
        consent = message.given;
        break;
      case 'skip-liveness':
        if (message.skip) skipped.add(message.key);
        else skipped.delete(message.key);
        break;
      case 'sampling':
        if (message.on) requested.add(message.key);
        else requested.delete(message.key);
        break;
      case 'ready-for-next':
        return samplers.credit(message.key);
      case 'challenge':
        // Stamped here, on the clock the frames carry, and only for someone being checked.
        if (targets().some((p) => p.key === message.key)) {
          post({ type: 'challenge-marker', key: message.key, challenge: message.challenge, phase: message.phase, timestampMs: now() });
        }
        return;
      case 'layout':
        return panel?.setCollapsed(message.collapsed);
    }
    reconcile();
  };

  const onUpdate = (update: MeetingUpdate) => {
    participants = update.participants;
    if (participants.length > 0) {
      clearTimeout(endTimer);
      endTimer = undefined;
      panel ??= options.mountPanel(onPanelMessage);
    } else if (panel && endTimer === undefined) {
      endTimer = setTimeout(() => options.onEnded(), CALL_END_GRACE_MS);
    }
    post({ type: 'participants', snapshot: toSnapshot(update) });
    reconcile();
  };

  const onVisibility = () => reconcile();
  doc.addEventListener('visibilitychange', onVisibility);
  const unwatch = watch(doc, adapter, onUpdate, options.hints ? { hints: options.hints } : undefined);

  return {
    stop() {
      if (stopped) return;
      stopped = true;
      unwatch();
      doc.removeEventListener('visibilitychange', onVisibility);
      clearTimeout(endTimer);
      samplers.stopAll();
      panel?.remove();
      panel = undefined;
    },
    sampling: () => samplers.active(),
  };
}

import { useEffect, useState } from 'react';
import { acceptBridge } from './accept-bridge';
import { requestBridgeKey } from './bridge-key';
import { PageMessageSchema, type PanelMessage } from './bridge-protocol';
import { createLivenessTracker, type LivenessTracker } from './liveness-tracker';

/**
 * The panel's end of the channel. Listening starts when the page script runs, before React renders:
 * the content script hands the port over on the frame's `load` event, which can come before the
 * first effects run, and a message nobody listened for is gone.
 */
export function listenForBridge(): Promise<MessagePort> {
  return new Promise((resolve, reject) => {
    acceptBridge({ window, key: requestBridgeKey(), onPort: resolve, onError: reject });
  });
}

export interface MeetingBridge {
  tracker: LivenessTracker;
  /** For what is not the tracker's business (the panel's size). */
  post: (message: PanelMessage) => void;
}

/** Parses every message on the port and feeds a liveness tracker that answers over the same port. */
export function useMeetingBridge(port: Promise<MessagePort>): { bridge?: MeetingBridge; error?: string } {
  const [bridge, setBridge] = useState<MeetingBridge>();
  const [error, setError] = useState<string>();
  useEffect(() => {
    let accepted: MessagePort | undefined;
    let gone = false;
    port.then(
      (p) => {
        if (gone) return;
        accepted = p;
        const post = (message: PanelMessage) => p.postMessage(message);
        const tracker = createLivenessTracker(post);
        p.onmessage = (event: MessageEvent<unknown>) => {
          const parsed = PageMessageSchema.safeParse(event.data);
          if (parsed.success) tracker.handle(parsed.data);
        };
        setBridge({ tracker, post });
      },
      (e: unknown) => !gone && setError(`Could not connect to the meeting page: ${e instanceof Error ? e.message : String(e)}`),
    );
    return () => {
      gone = true;
      accepted?.close();
    };
  }, [port]);
  return { bridge, error };
}

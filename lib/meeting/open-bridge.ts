import { BRIDGE_HELLO, PanelMessageSchema, type BridgeHello, type PageMessage, type PanelMessage } from './bridge-protocol';
import type { VideoFrameHandOff } from './frame-relay-protocol';
import { startFrameRelay, type FrameRelay, type FrameRelayOptions } from './start-frame-relay';

/**
 * The content script's end of the channel to the meeting panel. The channel is made here, and its
 * other port is handed to the panel's window once the iframe has loaded, addressed to the extension's
 * origin so that nothing else could receive it. Messages posted before then wait in the port.
 *
 * Where the page allows it, this end moves into the frame relay (start-frame-relay.ts) as soon as
 * that runs: video frames are then scaled and sent from the relay's thread, and the page's main
 * thread only takes each frame (about 0.1 ms). Until then, and where the relay cannot run, this end
 * stays here and frames come as bitmaps scaled on the main thread. The relay is started when frames
 * are first wanted (after the recruiter's consent), not when the panel mounts: a page whose CSP
 * refuses it sends the site a violation report, which should not happen for a call nobody checks.
 */
export interface PageBridge {
  /** False once closed: the caller still owns what it meant to transfer (close its bitmap). */
  post: (message: PageMessage, transfer?: Transferable[]) => boolean;
  /** Whole video frames for the relay to scale; `ready()` is false while there is no relay. */
  frames: VideoFrameHandOff;
  close: () => void;
}

export interface OpenBridgeOptions {
  iframe: HTMLIFrameElement;
  /** The extension's origin, e.g. `chrome-extension://<id>` (no trailing slash). */
  targetOrigin: string;
  /** The per-mount key the panel learns through the extension (bridge-key.ts). */
  key: string;
  onMessage: (message: PanelMessage) => void;
  /** Tests pass a stand-in or `false` (no relay); the product starts the real one. */
  relay?: StartRelay | false;
}

type StartRelay = (options: FrameRelayOptions) => Promise<FrameRelay | undefined>;
/** Starters the page refused once (per page load): trying again would only file another CSP report. */
const refusedHere = new WeakSet<StartRelay>();

export function openBridge({ iframe, targetOrigin, key, onMessage, relay: startRelay = startFrameRelay }: OpenBridgeOptions): PageBridge {
  const channel = new MessageChannel();
  let closed = false;
  let relay: FrameRelay | undefined;
  const receive = (data: unknown) => {
    const parsed = PanelMessageSchema.safeParse(data);
    if (parsed.success && !closed) onMessage(parsed.data);
  };
  channel.port1.onmessage = (event: MessageEvent<unknown>) => receive(event.data);
  const handOver = () => {
    if (closed) return;
    const hello: BridgeHello = { type: BRIDGE_HELLO, key };
    iframe.contentWindow?.postMessage(hello, targetOrigin, [channel.port2]);
  };
  iframe.addEventListener('load', handOver, { once: true });

  const close = () => {
    closed = true;
    iframe.removeEventListener('load', handOver);
    relay?.close();
    relay = undefined;
    channel.port1.close();
  };

  let asked = false;
  let starting = false;
  const startOnce = () => {
    if (asked || closed || !startRelay || refusedHere.has(startRelay)) return;
    asked = true;
    starting = true;
    startRelay({
      onPanel: receive,
      // The panel credits only frames it got: a frame the relay could not scale is credited here.
      onLost: (lost) => receive({ type: 'ready-for-next', key: lost }),
      // The port went down with the worker: nothing more can reach the panel.
      onBroken: close,
    }).then((started) => {
      starting = false;
      if (!started) return void refusedHere.add(startRelay);
      if (closed) return started.close();
      channel.port1.onmessage = null;
      started.adopt(channel.port1);
      relay = started;
    }, () => void (starting = false));
  };

  return {
    post: (message, transfer = []) => {
      if (closed) return false;
      if (relay) relay.post(message, transfer);
      else channel.port1.postMessage(message, transfer);
      return true;
    },
    frames: {
      ready: () => {
        if (!relay) startOnce();
        return !closed && relay !== undefined;
      },
      starting: () => {
        startOnce();
        return !closed && starting;
      },
      send: (job, frame) => {
        if (closed || !relay) return false;
        try {
          relay.sendFrame(job, frame);
          return true;
        } catch {
          return false; // A frame that cannot be transferred (already closed): the caller closes it.
        }
      },
    },
    close,
  };
}

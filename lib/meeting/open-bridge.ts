import { BRIDGE_HELLO, PanelMessageSchema, type BridgeHello, type PageMessage, type PanelMessage } from './bridge-protocol';

/**
 * The content script's end of the channel to the meeting panel. The channel is made here, and its
 * other port is handed to the panel's window once the iframe has loaded, addressed to the extension's
 * origin so that nothing else could receive it. Messages posted before then wait in the port.
 */
export interface PageBridge {
  /** False once closed: the caller still owns what it meant to transfer (close its bitmap). */
  post: (message: PageMessage, transfer?: Transferable[]) => boolean;
  close: () => void;
}

export interface OpenBridgeOptions {
  iframe: HTMLIFrameElement;
  /** The extension's origin, e.g. `chrome-extension://<id>` (no trailing slash). */
  targetOrigin: string;
  /** The per-mount key the panel learns through the extension (bridge-key.ts). */
  key: string;
  onMessage: (message: PanelMessage) => void;
}

export function openBridge({ iframe, targetOrigin, key, onMessage }: OpenBridgeOptions): PageBridge {
  const channel = new MessageChannel();
  let closed = false;
  channel.port1.onmessage = (event: MessageEvent<unknown>) => {
    const parsed = PanelMessageSchema.safeParse(event.data);
    if (parsed.success && !closed) onMessage(parsed.data);
  };
  const handOver = () => {
    if (closed) return;
    const hello: BridgeHello = { type: BRIDGE_HELLO, key };
    iframe.contentWindow?.postMessage(hello, targetOrigin, [channel.port2]);
  };
  iframe.addEventListener('load', handOver, { once: true });
  return {
    post: (message, transfer = []) => {
      if (closed) return false;
      channel.port1.postMessage(message, transfer);
      return true;
    },
    close: () => {
      closed = true;
      iframe.removeEventListener('load', handOver);
      channel.port1.close();
    },
  };
}

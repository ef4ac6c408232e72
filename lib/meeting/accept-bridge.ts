import { BridgeHelloSchema } from './bridge-protocol';

/**
 * The panel's side of the hand-over (open-bridge.ts): a port is taken only from the parent window,
 * with a hello carrying the key our content script made (bridge-key.ts), and only once. Every other
 * message to this window is ignored, and ports offered with a wrong key are closed.
 */

/** What of a MessageEvent the check reads. */
export interface OfferEvent {
  source: unknown;
  data: unknown;
  ports: readonly MessagePort[];
}

export interface BridgeOffer {
  key: string;
  port: MessagePort;
}

/** Pure: the offer this event makes, or undefined when it is not one from `parent`. */
export function bridgeOffer(event: OfferEvent, parent: unknown): BridgeOffer | undefined {
  if (event.source !== parent || event.ports.length !== 1) return undefined;
  const hello = BridgeHelloSchema.safeParse(event.data);
  const port = event.ports[0];
  return hello.success && port ? { key: hello.data.key, port } : undefined;
}

/** Offers kept while the key is on its way; a page posting more only closes its own ports. */
const MAX_PENDING_OFFERS = 8;

export interface AcceptBridgeOptions {
  window: Pick<Window, 'addEventListener' | 'removeEventListener' | 'parent'>;
  key: Promise<string>;
  onPort: (port: MessagePort) => void;
  onError?: (error: unknown) => void;
}

/** Listens until the right port came (or the returned function is called). */
export function acceptBridge({ window: win, key, onPort, onError }: AcceptBridgeOptions): () => void {
  const pending: BridgeOffer[] = [];
  let expected: string | undefined;
  let done = false;

  const finish = () => {
    done = true;
    win.removeEventListener('message', onMessage);
    for (const offer of pending.splice(0)) offer.port.close();
  };
  const consider = (offer: BridgeOffer) => {
    if (done) return offer.port.close();
    if (expected === undefined) {
      if (pending.length < MAX_PENDING_OFFERS) pending.push(offer);
      else offer.port.close();
      return;
    }
    if (offer.key !== expected) return offer.port.close();
    finish();
    onPort(offer.port);
  };
  function onMessage(event: MessageEvent) {
    const offer = bridgeOffer(event, win.parent);
    if (offer) consider(offer);
  }

  win.addEventListener('message', onMessage);
  key.then(
    (value) => {
      if (done) return;
      expected = value;
      for (const offer of pending.splice(0)) consider(offer);
    },
    (error: unknown) => {
      finish();
      onError?.(error);
    },
  );
  return finish;
}

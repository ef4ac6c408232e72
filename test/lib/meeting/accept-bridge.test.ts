import { describe, expect, it, vi } from 'vitest';
import { acceptBridge, bridgeOffer, type OfferEvent } from '../../../lib/meeting/accept-bridge';
import { BRIDGE_HELLO } from '../../../lib/meeting/bridge-protocol';

const KEY = '0b7e9413-2a1f-4c5e-9a3b-8e2f6d1c0a9b';
const OTHER_KEY = 'ffffffff-2a1f-4c5e-9a3b-8e2f6d1c0a9b';
const parent = { name: 'parent window' };
const stranger = { name: 'another frame' };

function port(): MessagePort & { closed: boolean } {
  const p = new MessageChannel().port1 as MessagePort & { closed: boolean };
  p.closed = false;
  const close = p.close.bind(p);
  p.close = () => {
    p.closed = true;
    close();
  };
  return p;
}

describe('bridgeOffer', () => {
  const p = port();
  const cases: Array<[string, OfferEvent, boolean]> = [
    ['hello with one port from the parent', { source: parent, data: { type: BRIDGE_HELLO, key: KEY }, ports: [p] }, true],
    ['from another frame', { source: stranger, data: { type: BRIDGE_HELLO, key: KEY }, ports: [p] }, false],
    ['without a port', { source: parent, data: { type: BRIDGE_HELLO, key: KEY }, ports: [] }, false],
    ['with two ports', { source: parent, data: { type: BRIDGE_HELLO, key: KEY }, ports: [p, p] }, false],
    ['with a malformed hello', { source: parent, data: { type: BRIDGE_HELLO, key: 42 }, ports: [p] }, false],
    ['another message with a port', { source: parent, data: { type: 'hireproof:panel-layout', collapsed: true }, ports: [p] }, false],
  ];
  it.each(cases)('%s', (_name, event, accepted) => expect(bridgeOffer(event, parent) !== undefined).toBe(accepted));
  p.close();
});

/** A window stand-in that records its one message listener. */
function fakeWindow() {
  let listener: ((event: MessageEvent) => void) | undefined;
  const win = {
    parent,
    addEventListener: (_type: string, l: (event: MessageEvent) => void) => void (listener = l),
    removeEventListener: () => void (listener = undefined),
  };
  const offer = (source: unknown, key: string) => {
    const p = port();
    listener?.({ source, data: { type: BRIDGE_HELLO, key }, ports: [p] } as unknown as MessageEvent);
    return p;
  };
  return { win: win as unknown as Window, offer, listening: () => listener !== undefined };
}

describe('acceptBridge', () => {
  it('takes only the port with our key, even when a page script offered one first', async () => {
    const { win, offer, listening } = fakeWindow();
    const onPort = vi.fn();
    acceptBridge({ window: win, key: Promise.resolve(KEY), onPort });
    const forged = offer(parent, OTHER_KEY);
    const fromElsewhere = offer(stranger, KEY);
    const ours = offer(parent, KEY);
    await Promise.resolve();
    await Promise.resolve();
    expect(onPort).toHaveBeenCalledOnce();
    expect(onPort.mock.calls[0]?.[0]).toBe(ours);
    expect(forged.closed).toBe(true);
    expect(fromElsewhere.closed).toBe(false); // never taken, so never touched
    expect(listening()).toBe(false);
    for (const p of [fromElsewhere, ours]) p.close();
  });

  it('takes the first right port only, once', async () => {
    const { win, offer, listening } = fakeWindow();
    const onPort = vi.fn();
    acceptBridge({ window: win, key: Promise.resolve(KEY), onPort });
    await Promise.resolve();
    const first = offer(parent, KEY);
    expect(listening()).toBe(false);
    const second = offer(parent, KEY); // nobody listens any more
    expect(onPort).toHaveBeenCalledOnce();
    expect(onPort.mock.calls[0]?.[0]).toBe(first);
    for (const p of [first, second]) p.close();
  });

  it('stops listening and reports when the key cannot be had', async () => {
    const { win, offer, listening } = fakeWindow();
    const onPort = vi.fn();
    const onError = vi.fn();
    acceptBridge({ window: win, key: Promise.reject(new Error('no content script')), onPort, onError });
    const waiting = offer(parent, KEY);
    await Promise.resolve();
    await Promise.resolve();
    expect(onPort).not.toHaveBeenCalled();
    expect(onError).toHaveBeenCalledOnce();
    expect(waiting.closed).toBe(true);
    expect(listening()).toBe(false);
  });
});

import { afterEach, describe, expect, it } from 'vitest';
import { BRIDGE_HELLO, type PageMessage, type PanelMessage } from '../../../lib/meeting/bridge-protocol';
import type { FrameJob } from '../../../lib/meeting/frame-relay-protocol';
import { openBridge, type PageBridge } from '../../../lib/meeting/open-bridge';
import type { FrameRelay, FrameRelayOptions } from '../../../lib/meeting/start-frame-relay';

/**
 * The content script's end of the bridge, with real MessageChannels (Node has them) and a frame
 * relay stand-in that the test starts when it likes.
 */

const KEY = '0b7e9413-2a1f-4c5e-9a3b-8e2f6d1c0a9b';
const settle = () => new Promise((resolve) => setTimeout(resolve, 10));

/** An iframe stand-in: `load()` fires its load listener; `panelPort` is the port the hello carried. */
function fakeIframe() {
  let onLoad: (() => void) | undefined;
  const state: { hello?: unknown; origin?: string; panelPort?: MessagePort } = {};
  const iframe = {
    addEventListener: (_type: string, listener: () => void) => void (onLoad = listener),
    removeEventListener: () => void (onLoad = undefined),
    contentWindow: {
      postMessage: (hello: unknown, origin: string, ports: MessagePort[]) => Object.assign(state, { hello, origin, panelPort: ports[0] }),
    },
  } as unknown as HTMLIFrameElement;
  return { iframe, state, load: () => onLoad?.() };
}

/** A relay stand-in that records what it was given, started when the test resolves it. */
function fakeRelay() {
  const calls: { posted: unknown[]; frames: FrameJob[]; adopted?: MessagePort; closed: boolean } = { posted: [], frames: [], closed: false };
  let resolve: (relay: FrameRelay | undefined) => void = () => undefined;
  let options: FrameRelayOptions | undefined;
  let starts = 0;
  const start = (o: FrameRelayOptions) => {
    options = o;
    starts++;
    return new Promise<FrameRelay | undefined>((r) => (resolve = r));
  };
  const relay: FrameRelay = {
    adopt: (port) => void (calls.adopted = port),
    post: (message) => void calls.posted.push(message),
    sendFrame: (job) => void calls.frames.push(job),
    close: () => void (calls.closed = true),
  };
  return { start, calls, run: () => resolve(relay), refuse: () => resolve(undefined), options: () => options, starts: () => starts };
}

let bridges: PageBridge[] = [];
afterEach(() => {
  for (const b of bridges) b.close();
  bridges = [];
});

function open(relay: ReturnType<typeof fakeRelay> | false) {
  const frame = fakeIframe();
  const received: PanelMessage[] = [];
  const bridge = openBridge({ iframe: frame.iframe, targetOrigin: 'chrome-extension://abc', key: KEY, onMessage: (m) => void received.push(m), relay: relay && relay.start });
  bridges.push(bridge);
  return { bridge, frame, received };
}

/** Opens a bridge and starts its relay the way the samplers do: by asking whether it takes frames. */
async function openRunning(relay: ReturnType<typeof fakeRelay>) {
  const opened = open(relay);
  expect(opened.bridge.frames.ready()).toBe(false);
  relay.run();
  await settle();
  return opened;
}

const participants: PageMessage = {
  type: 'participants',
  snapshot: { participants: [], health: { adapterId: 'jitsi', adapterLabel: 'Jitsi Meet', problems: [], expected: [], found: [] } },
};
const job: FrameJob = { key: 'ana', timestampMs: 1, dropped: 0, pageCostMs: 0.1, width: 256, height: 144 };
const videoFrame = { close: () => undefined } as unknown as VideoFrame;

describe('openBridge', () => {
  it('hands the panel its port with the key, addressed to the extension\'s origin, on the iframe\'s load', () => {
    const { frame } = open(false);
    expect(frame.state.hello).toBeUndefined();
    frame.load();
    expect(frame.state.hello).toEqual({ type: BRIDGE_HELLO, key: KEY });
    expect(frame.state.origin).toBe('chrome-extension://abc');
    frame.state.panelPort?.close();
  });

  it('without a relay, posts on its own port and parses what the panel sends', async () => {
    const { bridge, frame, received } = open(false);
    frame.load();
    const panelPort = frame.state.panelPort as MessagePort;
    const got: unknown[] = [];
    panelPort.onmessage = (e) => void got.push(e.data);
    expect(bridge.frames.ready()).toBe(false);
    expect(bridge.frames.send(job, videoFrame)).toBe(false);
    expect(bridge.post(participants)).toBe(true);
    panelPort.postMessage({ type: 'ready-for-next', key: 'ana' });
    panelPort.postMessage({ type: 'ready-for-next', key: 'ana', extra: 'not ours' });
    await settle();
    expect(got).toEqual([participants]);
    expect(received).toEqual([{ type: 'ready-for-next', key: 'ana' }]);
    panelPort.close();
  });

  it('starts the relay only when frames are first wanted (after consent), and once', async () => {
    const relay = fakeRelay();
    const { bridge } = open(relay);
    bridge.post(participants);
    await settle();
    expect(relay.starts()).toBe(0);
    bridge.frames.ready();
    expect(bridge.frames.starting?.()).toBe(true);
    expect(relay.starts()).toBe(1);
    relay.run();
    await settle();
    expect([bridge.frames.starting?.(), bridge.frames.ready()]).toEqual([false, true]);
  });

  it('is not starting once the relay was refused, nor without one', async () => {
    const relay = fakeRelay();
    const { bridge } = open(relay);
    expect(bridge.frames.starting?.()).toBe(true);
    relay.refuse();
    await settle();
    expect(bridge.frames.starting?.()).toBe(false);
    expect(open(false).bridge.frames.starting?.()).toBe(false);
  });

  it('moves its port into the relay once it runs: posts and frames then go through the relay', async () => {
    const relay = fakeRelay();
    const opened = open(relay);
    const { bridge } = opened;
    bridge.post(participants); // before the relay: on the port itself
    expect(bridge.frames.ready()).toBe(false);
    relay.run();
    await settle();
    expect(relay.calls.adopted).toBeInstanceOf(MessagePort);
    expect(bridge.frames.ready()).toBe(true);
    expect(bridge.post({ type: 'sampling-stopped', key: 'ana', reason: 'removed' })).toBe(true);
    expect(bridge.frames.send(job, videoFrame)).toBe(true);
    expect(relay.calls.posted).toEqual([{ type: 'sampling-stopped', key: 'ana', reason: 'removed' }]);
    expect(relay.calls.frames).toEqual([job]);
  });

  it('parses what the relay passes on from the panel, and credits a frame the relay lost', async () => {
    const relay = fakeRelay();
    const { received } = await openRunning(relay);
    relay.options()?.onPanel({ type: 'layout', collapsed: true });
    relay.options()?.onPanel({ type: 'frame', key: 'forged' });
    relay.options()?.onLost('ana');
    expect(received).toEqual([{ type: 'layout', collapsed: true }, { type: 'ready-for-next', key: 'ana' }]);
  });

  it('stays on its own port when the relay cannot run, and does not try again in this page', async () => {
    const relay = fakeRelay();
    const { bridge } = open(relay);
    bridge.frames.ready();
    relay.refuse();
    await settle();
    expect(relay.calls.adopted).toBeUndefined();
    expect(bridge.frames.ready()).toBe(false);
    expect(bridge.post(participants)).toBe(true);
    // A later panel of the same page (the next call) does not ask again: a refusal files a CSP report.
    expect(open(relay).bridge.frames.ready()).toBe(false);
    expect(relay.starts()).toBe(1);
  });

  it.each<[string, (relay: ReturnType<typeof fakeRelay>, bridge: PageBridge) => Promise<void>]>([
    ['closed by the content script', async (_relay, bridge) => bridge.close()],
    ['broken (its worker died)', async (relay) => relay.options()?.onBroken('gone')],
  ])('sends nothing once %s', async (_name, end) => {
    const relay = fakeRelay();
    const { bridge } = await openRunning(relay);
    await end(relay, bridge);
    expect(relay.calls.closed).toBe(true);
    expect(bridge.post(participants)).toBe(false);
    expect(bridge.frames.ready()).toBe(false);
    expect(bridge.frames.send(job, videoFrame)).toBe(false);
  });

  it('closes a relay that started after the bridge was closed', async () => {
    const relay = fakeRelay();
    const { bridge } = open(relay);
    bridge.frames.ready();
    bridge.close();
    relay.run();
    await settle();
    expect(relay.calls.closed).toBe(true);
    expect(relay.calls.adopted).toBeUndefined();
  });
});

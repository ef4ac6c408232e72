import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import type { FrameJob, RelayReply, RelayRequest } from '../../../lib/meeting/frame-relay-protocol';
import { frameRelayWorker, type RelayWorkerScope } from '../../../lib/meeting/frame-relay-worker';
import { frameRelaySource } from '../../../lib/meeting/start-frame-relay';

/** The relay's worker body on a scope stand-in: what it posts back, and what leaves through its port. */

interface Closable {
  closed: boolean;
  close: () => void;
}
const closable = <T extends object>(extra: T): T & Closable => {
  const value = { ...extra, closed: false, close: () => void (value.closed = true) };
  return value;
};

function fakePort() {
  const out: { message: unknown; transfer: unknown[] }[] = [];
  const port = closable({
    onmessage: null as ((event: MessageEvent<unknown>) => void) | null,
    postMessage: (message: unknown, transfer: unknown[] = []) => void out.push({ message, transfer }),
  });
  return { port, out, fromPanel: (data: unknown) => port.onmessage?.({ data } as MessageEvent<unknown>) };
}

function harness(scale: (frame: VideoFrame, options: ImageBitmapOptions) => Promise<ImageBitmap>) {
  const replies: RelayReply[] = [];
  const scope = closable({
    onmessage: null as RelayWorkerScope['onmessage'],
    postMessage: (message: RelayReply) => void replies.push(message),
    createImageBitmap: scale,
  });
  frameRelayWorker(scope);
  const send = (request: RelayRequest) => scope.onmessage?.({ data: request } as MessageEvent<RelayRequest>);
  return { scope, replies, send };
}

const JOB: FrameJob = { key: 'ana', timestampMs: 1234.5, dropped: 2, pageCostMs: 0.1, width: 256, height: 144 };
const frame = () => closable({}) as unknown as VideoFrame & Closable;
const bitmap = () => closable({ width: 256, height: 144 }) as unknown as ImageBitmap & Closable;
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('frameRelayWorker', () => {
  it('answers hello, then relays panel messages to the content script as they came', () => {
    const { replies, send } = harness(() => Promise.resolve(bitmap()));
    const { port, fromPanel } = fakePort();
    send({ type: 'hello' });
    send({ type: 'port', port: port as unknown as MessagePort });
    fromPanel({ type: 'ready-for-next', key: 'ana' });
    fromPanel('anything at all'); // the content script parses it, not the relay
    expect(replies).toEqual([
      { type: 'ready' },
      { type: 'panel', data: { type: 'ready-for-next', key: 'ana' } },
      { type: 'panel', data: 'anything at all' },
    ]);
  });

  it('scales a frame to the job\'s size, closes it, and sends the panel a frame message with the bitmap transferred', async () => {
    const asked: [unknown, ImageBitmapOptions][] = [];
    const scaled = bitmap();
    const { replies, send } = harness((f, options) => (asked.push([f, options]), Promise.resolve(scaled)));
    const { port, out } = fakePort();
    send({ type: 'port', port: port as unknown as MessagePort });
    const f = frame();
    send({ type: 'frame', job: JOB, frame: f });
    await settle();
    expect(asked).toEqual([[f, { resizeWidth: 256, resizeHeight: 144, resizeQuality: 'low' }]]);
    expect(f.closed).toBe(true);
    expect(out).toEqual([{ message: { type: 'frame', key: 'ana', timestampMs: 1234.5, bitmap: scaled, dropped: 2, pageCostMs: 0.1 }, transfer: [scaled] }]);
    expect(replies).toEqual([]);
  });

  it('reports a frame it could not scale as lost (the panel will not credit it), and closes it', async () => {
    const { replies, send } = harness(() => Promise.reject(new Error('decode failed')));
    const { port, out } = fakePort();
    send({ type: 'port', port: port as unknown as MessagePort });
    const f = frame();
    send({ type: 'frame', job: JOB, frame: f });
    await settle();
    expect([f.closed, out.length]).toEqual([true, 0]);
    expect(replies).toEqual([{ type: 'lost', key: 'ana', error: 'decode failed' }]);
  });

  it('keeps the order things came in: a message after a frame waits for the frame\'s scaling', async () => {
    let finish: (b: ImageBitmap) => void = () => undefined;
    const { send } = harness(() => new Promise((resolve) => (finish = resolve)));
    const { port, out } = fakePort();
    send({ type: 'port', port: port as unknown as MessagePort });
    send({ type: 'frame', job: JOB, frame: frame() });
    const stopped = { type: 'sampling-stopped', key: 'ana', reason: 'removed' };
    send({ type: 'post', message: stopped, transfer: [] });
    await settle();
    expect(out).toEqual([]);
    finish(bitmap());
    await settle();
    expect(out.map((o) => (o.message as { type: string }).type)).toEqual(['frame', 'sampling-stopped']);
  });

  it('closes its port and itself when told', () => {
    const { scope, send } = harness(() => Promise.resolve(bitmap()));
    const { port } = fakePort();
    send({ type: 'port', port: port as unknown as MessagePort });
    send({ type: 'close' });
    expect([port.closed, scope.closed]).toEqual([true, true]);
  });
});

describe('frameRelaySource', () => {
  it('runs on its own, with nothing from outside its text (as in a blob worker)', async () => {
    const replies: unknown[] = [];
    const self: Partial<RelayWorkerScope> = {
      postMessage: (message) => void replies.push(message),
      onmessage: null,
      createImageBitmap: () => Promise.resolve(bitmap()),
      close: () => undefined,
    };
    // A fresh global with only `self`: a name the function took from its module would throw here.
    runInNewContext(frameRelaySource(), { self });
    self.onmessage?.({ data: { type: 'hello' } } as MessageEvent<RelayRequest>);
    const { port, out } = fakePort();
    self.onmessage?.({ data: { type: 'port', port } } as unknown as MessageEvent<RelayRequest>);
    self.onmessage?.({ data: { type: 'frame', job: JOB, frame: frame() } } as unknown as MessageEvent<RelayRequest>);
    await settle();
    expect(replies).toEqual([{ type: 'ready' }]);
    expect(out).toHaveLength(1);
  });
});

import { runInNewContext } from 'node:vm';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { RelayRequest } from '../../../lib/meeting/frame-relay-protocol';
import { startFrameRelay, type FrameRelayOptions } from '../../../lib/meeting/start-frame-relay';

/**
 * The relay's start-up against Worker stand-ins: one that runs the blob's script in a fresh context
 * (as a browser would), one the page's CSP refused (an `error` event, as Chromium 156 fires for
 * `worker-src 'self'`), and one that never answers.
 */

type Behaviour = 'run' | 'refused' | 'silent';
let behaviour: Behaviour;
let workers: FakeWorker[];
let blobs: Map<string, Blob>;

class FakeWorker {
  onmessage: ((event: MessageEvent<unknown>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  terminated = false;
  received: RelayRequest[] = [];
  /** The worker's own scope, once its script ran. */
  scope?: { onmessage: ((event: MessageEvent<RelayRequest>) => void) | null };

  constructor(url: string) {
    workers.push(this);
    const blob = blobs.get(url);
    if (behaviour === 'refused') {
      setTimeout(() => this.onerror?.({ message: '' } as ErrorEvent), 0);
    } else if (behaviour === 'run' && blob) {
      void blob.text().then((source) => {
        const scope: NonNullable<FakeWorker['scope']> & Record<string, unknown> = {
          onmessage: null,
          postMessage: (data: unknown) => setTimeout(() => !this.terminated && this.onmessage?.({ data } as MessageEvent<unknown>), 0),
          createImageBitmap: () => Promise.reject(new Error('no pixels here')),
          close: () => undefined,
        };
        runInNewContext(source, { self: scope });
        this.scope = scope;
        for (const request of this.received) scope.onmessage?.({ data: request } as MessageEvent<RelayRequest>);
      });
    }
  }

  postMessage(request: RelayRequest) {
    this.received.push(request);
    if (this.scope && !this.terminated) this.scope.onmessage?.({ data: request } as MessageEvent<RelayRequest>);
  }

  terminate() {
    this.terminated = true;
  }
}

const options = (): FrameRelayOptions & { panel: unknown[]; lost: string[]; broken: string[] } => {
  const panel: unknown[] = [];
  const lost: string[] = [];
  const broken: string[] = [];
  return { panel, lost, broken, onPanel: (d) => void panel.push(d), onLost: (k) => void lost.push(k), onBroken: (e) => void broken.push(e), timeoutMs: 200 };
};

beforeEach(() => {
  workers = [];
  blobs = new Map();
  let next = 0;
  vi.stubGlobal('Worker', FakeWorker);
  vi.stubGlobal('VideoFrame', class {});
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    const url = `blob:https://meet.example/${++next}`;
    blobs.set(url, blob as Blob);
    return url;
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation((url) => void blobs.delete(url));
});

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('startFrameRelay', () => {
  it('resolves once the worker answered, and revokes the blob URL then', async () => {
    behaviour = 'run';
    const relay = await startFrameRelay(options());
    expect(relay).toBeDefined();
    expect(workers).toHaveLength(1);
    expect(blobs.size).toBe(0);
    expect(workers[0]?.received).toEqual([{ type: 'hello' }]);
  });

  it('passes on what the worker relays from the panel, and the frames it lost', async () => {
    behaviour = 'run';
    const o = options();
    const relay = await startFrameRelay(o);
    const channel = new MessageChannel();
    relay?.adopt(channel.port1);
    const scope = workers[0]?.scope as unknown as { onmessage: (e: { data: unknown }) => void };
    // The worker's own reply paths, driven from inside it.
    const job = { key: 'ana', timestampMs: 1, dropped: 0, pageCostMs: 0.1, width: 2, height: 2 };
    scope.onmessage({ data: { type: 'frame', job, frame: { close: () => undefined } } });
    await vi.waitFor(() => expect(o.lost).toEqual(['ana']));
    channel.port1.close();
  });

  it.each<[string, Behaviour]>([
    ['the page\'s CSP refused the worker (error event)', 'refused'],
    ['the worker never answered', 'silent'],
  ])('resolves to undefined when %s, and terminates the worker', async (_name, b) => {
    behaviour = b;
    const o = options();
    expect(await startFrameRelay(o)).toBeUndefined();
    expect(workers[0]?.terminated).toBe(true);
    expect(blobs.size).toBe(0);
    expect(o.broken).toEqual([]);
  });

  it('reports a worker that fails after it started as broken', async () => {
    behaviour = 'run';
    const o = options();
    await startFrameRelay(o);
    workers[0]?.onerror?.({ message: 'out of memory' } as ErrorEvent);
    expect(o.broken).toEqual(['out of memory']);
    expect(workers[0]?.terminated).toBe(true);
  });

  it.each(['Worker', 'VideoFrame'])('resolves to undefined where %s is missing, without starting anything', async (name) => {
    behaviour = 'run';
    vi.stubGlobal(name, undefined);
    expect(await startFrameRelay(options())).toBeUndefined();
    expect(workers).toHaveLength(0);
  });

  it('close() tells the worker and terminates it', async () => {
    behaviour = 'run';
    const relay = await startFrameRelay(options());
    relay?.close();
    expect(workers[0]?.received.at(-1)).toEqual({ type: 'close' });
    expect(workers[0]?.terminated).toBe(true);
  });
});

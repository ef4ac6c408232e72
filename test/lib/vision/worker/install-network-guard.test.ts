import { describe, expect, it } from 'vitest';
import { installNetworkGuard, NetworkRefusedError, type GuardedScope } from '../../../../lib/vision/worker/install-network-guard';

const OWN = 'chrome-extension://abcdefghijklmnopabcdefghijklmnop/assets/landmark-worker-1.js';
const MODEL = 'chrome-extension://abcdefghijklmnopabcdefghijklmnop/vision/face_landmarker.task';
const METRICS = 'https://odml.pa.googleapis.com/v1/log';

/** A worker global whose network functions only write down what reached them. */
function fakeWorker() {
  const reached: string[] = [];
  class FakeXhr {
    open(_method: string, url: string | URL) {
      reached.push(String(url));
    }
  }
  class FakeSocket {
    constructor(url: string | URL) {
      reached.push(String(url));
    }
  }
  const scope = {
    location: { href: OWN },
    fetch: (input: RequestInfo | URL) => {
      reached.push(input instanceof Request ? input.url : String(input));
      return Promise.resolve(new Response('ok'));
    },
    XMLHttpRequest: FakeXhr,
    navigator: { sendBeacon: (url: string | URL) => reached.push(String(url)) > 0 },
    importScripts: (...urls: (string | URL)[]) => void reached.push(...urls.map(String)),
    WebSocket: FakeSocket,
    EventSource: FakeSocket,
  } satisfies GuardedScope;
  const guard = installNetworkGuard(scope);
  return { scope, guard, reached, FakeXhr };
}

type Way = (worker: ReturnType<typeof fakeWorker>, url: string) => unknown;
const WAYS: [string, Way][] = [
  ['fetch', ({ scope }, url) => scope.fetch(url)],
  ['fetch with a Request', ({ scope }, url) => scope.fetch(new Request(url))],
  ['XMLHttpRequest.open', ({ FakeXhr }, url) => new FakeXhr().open('POST', url)],
  ['navigator.sendBeacon', ({ scope }, url) => scope.navigator.sendBeacon(url)],
  ['importScripts', ({ scope }, url) => scope.importScripts(url)],
  ['WebSocket', ({ scope }, url) => new scope.WebSocket(url.replace(/^https/, 'wss'))],
  ['EventSource', ({ scope }, url) => new scope.EventSource(url)],
];

describe('installNetworkGuard', () => {
  it.each(WAYS)('%s: lets a request to the extension through', async (_, way) => {
    const worker = fakeWorker();
    await way(worker, MODEL);
    expect(worker.reached).toEqual([MODEL]);
    expect(worker.guard.refused()).toBe(0);
  });

  it.each(WAYS)('%s: refuses a request elsewhere and counts it', async (_, way) => {
    const worker = fakeWorker();
    // Not a TypeError: tasks-vision would retry a failed importScripts as an import().
    await expect(async () => way(worker, METRICS)).rejects.toSatisfy((error) => error instanceof NetworkRefusedError && !(error instanceof TypeError));
    expect(worker.reached).toEqual([]);
    expect(worker.guard.refused()).toBe(1);
  });

  it('refuses a whole importScripts call when one of its URLs is elsewhere', () => {
    const worker = fakeWorker();
    expect(() => worker.scope.importScripts(MODEL, METRICS)).toThrow(NetworkRefusedError);
    expect(worker.reached).toEqual([]);
  });

  it('counts every refusal', async () => {
    const worker = fakeWorker();
    for (const [, way] of WAYS) await Promise.resolve().then(() => way(worker, METRICS)).catch(() => undefined);
    expect(worker.guard.refused()).toBe(WAYS.length);
  });

  it('leaves out what the worker does not have', () => {
    const scope: GuardedScope = { location: { href: OWN } };
    expect(installNetworkGuard(scope).refused()).toBe(0);
    expect(Object.keys(scope)).toEqual(['location']);
  });
});

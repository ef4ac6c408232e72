import { isSameOrigin } from './same-origin-rule';

/**
 * Makes a worker refuse every request that is not to its own origin. @mediapipe/tasks-vision 1.x
 * posts usage metrics to a Google endpoint, and the extension's CSP has to allow https: for list
 * subscriptions, so the CSP alone would let them out. The guard replaces the worker's ways of
 * reaching a URL before the library loads; a refused request fails and is counted.
 */

/** The worker globals the guard replaces; each is optional because not every engine has them all. */
export interface GuardedScope {
  location: { href: string };
  fetch?: (input: RequestInfo | URL, init?: RequestInit) => Promise<Response>;
  XMLHttpRequest?: { prototype: { open: XhrOpen } };
  navigator?: { sendBeacon?: (url: string | URL, data?: BodyInit | null) => boolean };
  importScripts?: (...urls: (string | URL)[]) => void;
  WebSocket?: new (url: string | URL, ...rest: never[]) => unknown;
  EventSource?: new (url: string | URL, ...rest: never[]) => unknown;
}
type XhrOpen = (this: unknown, method: string, url: string | URL, ...rest: unknown[]) => void;

export interface NetworkGuard {
  refused: () => number;
}

/**
 * Not a TypeError on purpose: tasks-vision's script loader answers a TypeError from importScripts
 * by trying a dynamic import() of the same URL, which no wrapper can intercept.
 */
export class NetworkRefusedError extends Error {
  override name = 'NetworkRefusedError';
}

export function installNetworkGuard(scope: GuardedScope): NetworkGuard {
  let refused = 0;
  const check = (url: string | URL) => {
    if (isSameOrigin(String(url), scope.location.href)) return;
    refused++;
    throw new NetworkRefusedError(`Blocked a request to ${String(url).slice(0, 200)}: this worker talks to nothing outside the extension`);
  };

  // Bound: the originals are operations of the global object and refuse another `this`.
  const fetch = scope.fetch?.bind(scope);
  if (fetch) {
    scope.fetch = (input, init) => {
      try {
        check(input instanceof Request ? input.url : input);
      } catch (error) {
        return Promise.reject(error);
      }
      return fetch(input, init);
    };
  }
  const xhr = scope.XMLHttpRequest?.prototype;
  if (xhr) {
    const open = xhr.open;
    xhr.open = function guardedOpen(method, url, ...rest) {
      check(url);
      open.call(this, method, url, ...rest);
    };
  }
  const beacon = scope.navigator?.sendBeacon;
  if (scope.navigator && beacon) {
    const navigator = scope.navigator;
    navigator.sendBeacon = (url, data) => {
      check(url);
      return beacon.call(navigator, url, data);
    };
  }
  const importScripts = scope.importScripts?.bind(scope);
  if (importScripts) {
    scope.importScripts = (...urls) => {
      urls.forEach(check);
      importScripts(...urls);
    };
  }
  for (const name of ['WebSocket', 'EventSource'] as const) {
    const original = scope[name];
    if (!original) continue;
    scope[name] = new Proxy(original, {
      construct(target, args: [string | URL, ...never[]]) {
        check(args[0]);
        return Reflect.construct(target, args) as object;
      },
    });
  }
  return { refused: () => refused };
}

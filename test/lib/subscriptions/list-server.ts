import { createServer, type IncomingHttpHeaders, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A real HTTP server on 127.0.0.1 (random port) for subscription tests: each path answers with what
 * the test set last, honouring If-None-Match / If-Modified-Since the way a static file server does.
 */

export interface Route {
  status?: number;
  body?: string;
  headers?: Record<string, string>;
  etag?: string;
  lastModified?: string;
  /** Milliseconds before anything is sent, to provoke time-outs. */
  delayMs?: number;
  /** Send the body in pieces without Content-Length, so only a limit checked while reading can catch it. */
  chunked?: boolean;
  /**
   * Answer as a list server configured for extensions without host access: CORS for any origin,
   * the preflight the conditional headers cause, and ETag readable by the page.
   */
  cors?: boolean;
}

const CORS_HEADERS = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Headers': 'If-None-Match, If-Modified-Since',
  'Access-Control-Expose-Headers': 'ETag',
};

export interface ListServer {
  origin: string;
  url: (path: string) => string;
  set: (path: string, route: Route) => void;
  clear: () => void;
  requests: Array<{ method: string; path: string; headers: IncomingHttpHeaders }>;
  close: () => Promise<void>;
}

export async function startListServer(): Promise<ListServer> {
  const routes = new Map<string, Route>();
  const requests: ListServer['requests'] = [];
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    requests.push({ method: req.method ?? 'GET', path, headers: req.headers });
    const route = routes.get(path) ?? { status: 404, body: 'not found' };
    if (req.method === 'OPTIONS') {
      res.writeHead(204, route.cors ? CORS_HEADERS : {}).end();
      return;
    }
    const send = () => respond(res, route, req.headers);
    if (route.delayMs) setTimeout(send, route.delayMs);
    else send();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    url: (path) => `${origin}${path}`,
    set: (path, route) => routes.set(path, route),
    clear: () => {
      routes.clear();
      requests.length = 0;
    },
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function respond(res: ServerResponse, route: Route, headers: IncomingHttpHeaders): void {
  if (res.destroyed) return;
  const answer: Record<string, string> = route.cors ? { ...CORS_HEADERS } : {};
  if (route.etag !== undefined) answer.ETag = route.etag;
  if (route.lastModified !== undefined) answer['Last-Modified'] = route.lastModified;
  const fresh =
    (route.etag !== undefined && headers['if-none-match'] === route.etag) ||
    (route.lastModified !== undefined && headers['if-none-match'] === undefined && headers['if-modified-since'] === route.lastModified);
  if (fresh) {
    res.writeHead(304, answer).end();
    return;
  }
  const body = Buffer.from(route.body ?? '');
  const status = route.status ?? 200;
  if (route.chunked) {
    res.writeHead(status, { ...answer, ...route.headers });
    for (let i = 0; i < body.length; i += 1024) res.write(body.subarray(i, i + 1024));
    res.end();
    return;
  }
  res.writeHead(status, { 'Content-Length': String(body.length), ...answer, ...route.headers }).end(body);
}

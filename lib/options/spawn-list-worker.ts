import ListWorker from './list-worker.ts?worker';
import type { WorkerLike } from './list-jobs';

/**
 * Starts the list worker. Vite's `?worker` import, not `new Worker(new URL(…, import.meta.url))`:
 * WXT defines `import.meta.url` as `self.location.href` for every bundle, which hides that pattern
 * from Vite, so the worker file would not be built (https://github.com/wxt-dev/wxt/issues/2032).
 * Vite emits the worker as a classic script under assets/, which the extension CSP
 * (`script-src 'self'`) allows.
 */
export function spawnListWorker(): WorkerLike {
  return new ListWorker();
}

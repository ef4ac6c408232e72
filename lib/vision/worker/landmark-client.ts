import workerUrl from './landmark-worker.ts?worker&url';
import { connectLandmarker, type Landmarker, type LandmarkerOptions } from './connect-landmarker';

/**
 * Starts the landmark worker from an extension-origin page (the panel) and resolves once its model
 * is loaded. For the package's model:
 *
 *   startLandmarker({ modelUrl: browser.runtime.getURL('/vision/face_landmarker.task'),
 *                     wasmBase: browser.runtime.getURL('/vision/wasm') })
 *
 * `?worker&url`, not `new Worker(new URL(…, import.meta.url))`: WXT defines `import.meta.url` for
 * every bundle, which hides that pattern from Vite, so the worker would not be built
 * (https://github.com/wxt-dev/wxt/issues/2032). Vite builds the file as one self-contained script
 * (its worker format is the same for every worker); started with type "module" it runs as a module
 * worker, which is what tasks-vision's module loader build needs. The extension CSP
 * (`script-src 'self'`) allows it.
 */
export function startLandmarker(options: LandmarkerOptions): Promise<Landmarker> {
  return connectLandmarker(new Worker(workerUrl, { type: 'module', name: 'hireproof-landmarks' }), options);
}

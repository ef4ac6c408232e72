import type { FaceLandmarker } from '@mediapipe/tasks-vision';

/** tasks-vision does not export its WasmFileset type; this is it. */
export type WasmFileset = Parameters<typeof FaceLandmarker.createFromOptions>[0];

/**
 * The tasks-vision runtime files under `wasmBase` (public/vision/wasm in the package) for the
 * `instance`-th landmarker of a worker. Built here rather than by FilesetResolver, which probes for
 * SIMD and could pick the no-SIMD build: every browser the extension supports has SIMD, and one
 * variant is what the tests measure. A module worker cannot call importScripts, so it needs the
 * ES-module build of the loader. The extension starts only module workers and ships only that build
 * (lib/build/face-model.ts); a classic worker needs a `wasmBase` that also holds the classic
 * `vision_wasm_internal` files (the tests serve the npm package's folder for that).
 *
 * The loader sets a global factory that tasks-vision clears after each use. A module runs once per
 * URL, so from the second landmarker on a module worker would find no factory ("ModuleFactory not
 * set"); a query that differs per instance makes the loader module run again for each landmarker.
 */
export function wasmFileset(wasmBase: string, workerKind: 'module' | 'classic', instance: number): WasmFileset {
  const base = wasmBase.replace(/\/+$/, '');
  const name = workerKind === 'module' ? 'vision_wasm_module_internal' : 'vision_wasm_internal';
  const query = workerKind === 'module' && instance > 1 ? `?instance=${instance}` : '';
  return { wasmLoaderPath: `${base}/${name}.js${query}`, wasmBinaryPath: `${base}/${name}.wasm` };
}

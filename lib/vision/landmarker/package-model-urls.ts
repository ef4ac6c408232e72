import { browser } from 'wxt/browser';

/**
 * Extension URLs of the model built at install (lib/build/face-model.ts) and of the tasks-vision
 * runtime next to it (public/vision/wasm), for the pages that start a landmark worker.
 */
export function packageModelUrls(): { modelUrl: string; wasmBase: string } {
  const modelUrl = browser.runtime.getURL('/vision/face_landmarker.task');
  // A folder has no entry in WXT's list of public paths, so it is resolved against the model's URL.
  return { modelUrl, wasmBase: new URL('wasm', modelUrl).href };
}

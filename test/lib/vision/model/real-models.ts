import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { packedAssetBytes, readPackedAssetsIndex } from '../../../../lib/vision/model/packed-assets-index';

/** The installed @mediapipe/face_mesh package, read the way the build reads it. */
const DIR = fileURLToPath(new URL('../../../../node_modules/@mediapipe/face_mesh/', import.meta.url));

export const faceMeshPackage = () => ({
  loaderSource: readFileSync(`${DIR}face_mesh_solution_packed_assets_loader.js`, 'utf8'),
  packedAssets: new Uint8Array(readFileSync(`${DIR}face_mesh_solution_packed_assets.data`)),
  version: (JSON.parse(readFileSync(`${DIR}package.json`, 'utf8')) as { version: string }).version,
});

/** One model file from the package, e.g. `face_landmark.tflite`. */
export function faceMeshAsset(name: string): Uint8Array {
  const pkg = faceMeshPackage();
  return packedAssetBytes(readPackedAssetsIndex(pkg.loaderSource), pkg.packedAssets, name);
}

import { z } from 'zod';

/**
 * Reads the file table of an Emscripten "packed assets" loader, such as
 * @mediapipe/face_mesh's face_mesh_solution_packed_assets_loader.js. The loader ends with a call
 * `loadPackage({"files": [{"filename", "start", "end"}, …], "remote_package_size": N, …})` whose
 * argument is JSON; the byte ranges index the matching `.data` file. Reading them (rather than
 * hard-coding them) keeps the model build right when the package is updated.
 */

export interface PackedAsset {
  /** Full path inside the package's virtual file system. */
  path: string;
  /** Last path segment, e.g. `face_landmark.tflite`. */
  name: string;
  start: number;
  end: number;
}

export interface PackedAssetsIndex {
  /** Size of the `.data` file the ranges index. */
  packageSize: number;
  assets: PackedAsset[];
}

const LoaderMetadataSchema = z.object({
  files: z.array(z.object({ filename: z.string().min(1), start: z.int().nonnegative(), end: z.int().nonnegative() })).min(1),
  remote_package_size: z.int().nonnegative(),
});

const CALL = 'loadPackage(';

export function readPackedAssetsIndex(loaderSource: string): PackedAssetsIndex {
  // The function is also declared (`var loadPackage = function(metadata)`); only the call takes `{`.
  const call = loaderSource.lastIndexOf(`${CALL}{`);
  if (call < 0) throw new Error(`packed assets loader: no \`${CALL}{…})\` call found`);
  const json = balancedObject(loaderSource, call + CALL.length);
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (error) {
    throw new Error(`packed assets loader: the ${CALL}…) argument is not JSON (${(error as Error).message})`);
  }
  const parsed = LoaderMetadataSchema.safeParse(value);
  if (!parsed.success) throw new Error(`packed assets loader: unexpected file table: ${z.prettifyError(parsed.error)}`);
  const { files, remote_package_size: packageSize } = parsed.data;
  const assets = files.map((f) => ({ path: f.filename, name: f.filename.slice(f.filename.lastIndexOf('/') + 1), start: f.start, end: f.end }));
  for (const a of assets) {
    if (a.end < a.start || a.end > packageSize) throw new Error(`packed assets loader: ${a.path} has range ${a.start}..${a.end} outside 0..${packageSize}`);
  }
  return { packageSize, assets };
}

/** The bytes of the asset called `name` (last path segment) in the package's `.data` file. */
export function packedAssetBytes(index: PackedAssetsIndex, data: Uint8Array, name: string): Uint8Array {
  if (data.length !== index.packageSize) {
    throw new Error(`packed assets: the .data file has ${data.length} bytes but its loader expects ${index.packageSize}`);
  }
  const matches = index.assets.filter((a) => a.name === name);
  if (matches.length !== 1) {
    throw new Error(`packed assets: expected one ${name}, found ${matches.length} (have ${index.assets.map((a) => a.name).join(', ')})`);
  }
  const [asset] = matches as [PackedAsset];
  return data.subarray(asset.start, asset.end);
}

/** The `{…}` object literal starting at `from`, matching braces outside JSON strings. */
function balancedObject(source: string, from: number): string {
  let depth = 0;
  let inString = false;
  for (let i = from; i < source.length; i++) {
    const c = source[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '{') depth++;
    else if (c === '}' && --depth === 0) return source.slice(from, i + 1);
  }
  throw new Error(`packed assets loader: the ${CALL}{…}) argument never closes`);
}

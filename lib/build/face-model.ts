import { copyFile, mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { buildFaceLandmarkerTask } from '../vision/model/face-landmarker-task';

/**
 * `npx tsx lib/build/face-model.ts [--out DIR] [--packages DIR]`: builds
 * public/vision/face_landmarker.task from the installed @mediapipe/face_mesh package and copies the
 * @mediapipe/tasks-vision wasm the extension loads to public/vision/wasm/, with an attribution file
 * for both. Runs at install (postinstall); never downloads. How and why:
 * lib/vision/model/face-landmarker-task.ts.
 */

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const FACE_MESH = '@mediapipe/face_mesh';
const TASKS_VISION = '@mediapipe/tasks-vision';
export const TASK_FILE = 'face_landmarker.task';
/**
 * The one tasks-vision runtime the extension loads: the landmark worker always starts as a module
 * worker (lib/vision/worker/landmark-client.ts), which needs the ES-module loader build, and the wasm
 * file set is built by hand rather than by FilesetResolver (lib/vision/landmarker/wasm-fileset.ts).
 * Checked in headless Chromium 156: a module landmark worker with two streams fetches these two
 * files and nothing else. The package's other four (the classic-script and no-SIMD builds, 25 MB)
 * are left out of the extension; tests that need them serve them from node_modules.
 */
export const WASM_FILES = ['vision_wasm_module_internal.js', 'vision_wasm_module_internal.wasm'];

export interface FaceModelOptions {
  /** Where the bundle and wasm go; default public/vision. */
  outDir?: string;
  /** Folder holding the packages (node_modules); default: the project's node_modules. */
  packagesDir?: string;
}
export interface FaceModelResult {
  outDir: string;
  ms: number;
  files: { file: string; bytes: number }[];
}

export async function buildFaceModel(options: FaceModelOptions = {}): Promise<FaceModelResult> {
  const began = performance.now();
  const outDir = options.outDir ?? path.join(ROOT, 'public', 'vision');
  const packagesDir = options.packagesDir ?? path.join(ROOT, 'node_modules');
  const faceMesh = path.join(packagesDir, FACE_MESH);
  const wasmSource = path.join(packagesDir, TASKS_VISION, 'wasm');

  const [loaderSource, packedAssets, manifest] = await Promise.all([
    readFile(path.join(faceMesh, 'face_mesh_solution_packed_assets_loader.js'), 'utf8'),
    readFile(path.join(faceMesh, 'face_mesh_solution_packed_assets.data')),
    readFile(path.join(faceMesh, 'package.json'), 'utf8'),
  ]).catch((error: NodeJS.ErrnoException) => {
    throw new Error(`cannot read ${FACE_MESH} (${error.code ?? error.message}): is it installed? (npm install)`);
  });
  const { version } = JSON.parse(manifest) as { version: string };
  const tasksVersion = await readFile(path.join(packagesDir, TASKS_VISION, 'package.json'), 'utf8')
    .then((text) => (JSON.parse(text) as { version: string }).version)
    .catch(() => {
      throw new Error(`cannot read ${TASKS_VISION}: is it installed? (npm install)`);
    });
  const task = buildFaceLandmarkerTask({ loaderSource, packedAssets: new Uint8Array(packedAssets), version });

  await mkdir(path.join(outDir, 'wasm'), { recursive: true });
  const files = [{ file: TASK_FILE, bytes: task.length }];
  // Write then rename, so an interrupted install never leaves a half bundle behind.
  await writeFile(path.join(outDir, `${TASK_FILE}.tmp`), task);
  await rename(path.join(outDir, `${TASK_FILE}.tmp`), path.join(outDir, TASK_FILE));
  files.push(...(await mirrorFiles(wasmSource, WASM_FILES, path.join(outDir, 'wasm'), 'wasm')));
  await writeFile(path.join(outDir, 'ATTRIBUTION.md'), attribution(version, tasksVersion));
  return { outDir, ms: performance.now() - began, files };
}

/** Copies `names` from `from` into `to`, and removes every other file in `to` (earlier builds copied all six). */
async function mirrorFiles(from: string, names: readonly string[], to: string, label: string) {
  const files = async (dir: string) => (await readdir(dir, { withFileTypes: true })).filter((e) => e.isFile()).map((e) => e.name).sort();
  const available = await files(from).catch((): string[] => []);
  const missing = names.filter((n) => !available.includes(n));
  if (missing.length > 0) throw new Error(`${from} lacks ${missing.join(', ')}: a tasks-vision version with other file names?`);
  for (const stale of (await files(to)).filter((n) => !names.includes(n))) await rm(path.join(to, stale));
  return Promise.all(names.map(async (name) => {
    await copyFile(path.join(from, name), path.join(to, name));
    return { file: `${label}/${name}`, bytes: (await stat(path.join(to, name))).size };
  }));
}

/** Both packages are Apache-2.0, which asks redistributors to say what they changed. */
function attribution(faceMeshVersion: string, tasksVersion: string): string {
  return `# Face model attribution

Generated at install by \`lib/build/face-model.ts\`.

- \`face_landmarker.task\` is built from the models in [${FACE_MESH}](https://www.npmjs.com/package/${FACE_MESH})
  ${faceMeshVersion} by Google, licensed under the [Apache License 2.0](https://www.apache.org/licenses/LICENSE-2.0).
  Changes made: TFLite model metadata (input normalisation) added to the face detector and the
  landmark model; one GATHER operation appended to the landmark model so that it outputs 478
  points (the last ten repeat eye-contour points); the files repacked as a MediaPipe Tasks bundle.
- \`wasm/\` holds unchanged runtime files (the ES-module build only) of [${TASKS_VISION}](https://www.npmjs.com/package/${TASKS_VISION})
  ${tasksVersion} by Google, licensed under the Apache License 2.0.
`;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  try {
    const { values } = parseArgs({ options: { out: { type: 'string' }, packages: { type: 'string' } } });
    const result = await buildFaceModel({ outDir: values.out, packagesDir: values.packages });
    const mb = (n: number) => `${(n / 1e6).toFixed(2)} MB`;
    console.log(`face-model: wrote ${path.relative(process.cwd(), result.outDir) || '.'} in ${Math.round(result.ms)} ms`);
    for (const f of result.files) console.log(`  ${f.file.padEnd(40)} ${mb(f.bytes).padStart(9)}`);
  } catch (error) {
    console.error(`face-model: failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  }
}

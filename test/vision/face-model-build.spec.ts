import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { buildFaceModel, WASM_FILES } from '../../lib/build/face-model';

// The install-time script itself, writing into temporary folders instead of public/vision.

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const SCRIPT = path.join(ROOT, 'lib/build/face-model.ts');
const TSX = path.join(ROOT, 'node_modules/.bin/tsx');
/** What the extension ships of tasks-vision's runtime: the module worker's build only. */
const WASM = ['vision_wasm_module_internal.js', 'vision_wasm_module_internal.wasm'];
const temp = mkdtempSync(path.join(tmpdir(), 'face-model-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

describe('buildFaceModel', () => {
  it('writes the bundle, the wasm and the attribution, the same bytes each time, in well under 5 s', async () => {
    const out = path.join(temp, 'twice');
    const first = await buildFaceModel({ outDir: out });
    const task = readFileSync(path.join(out, 'face_landmarker.task'));
    const second = await buildFaceModel({ outDir: out });
    expect(first.files.map((f) => f.file)).toEqual(['face_landmarker.task', ...WASM.map((n) => `wasm/${n}`)]);
    expect(readFileSync(path.join(out, 'face_landmarker.task')).equals(task)).toBe(true);
    expect(readdirSync(out).sort()).toEqual(['ATTRIBUTION.md', 'face_landmarker.task', 'wasm']);
    expect(Math.max(first.ms, second.ms)).toBeLessThan(5000);
  });

  it('copies only the module worker\'s runtime, which is all the landmark worker loads', () => {
    expect([...WASM_FILES].sort()).toEqual(WASM);
    const installed = readdirSync(path.join(ROOT, 'node_modules/@mediapipe/tasks-vision/wasm'));
    expect(installed).toEqual(expect.arrayContaining(WASM));
  });

  it('removes wasm files it does not ship (earlier builds copied every variant)', async () => {
    const out = path.join(temp, 'stale');
    mkdirSync(path.join(out, 'wasm'), { recursive: true });
    for (const old of ['vision_wasm_old.wasm', 'vision_wasm_internal.wasm', 'vision_wasm_nosimd_internal.js']) writeFileSync(path.join(out, 'wasm', old), 'old');
    await buildFaceModel({ outDir: out });
    expect(readdirSync(path.join(out, 'wasm')).sort()).toEqual(WASM);
  });

  it('fails with a clear message when the installed tasks-vision lacks a runtime file', async () => {
    const packages = path.join(temp, 'packages');
    const real = path.join(ROOT, 'node_modules');
    mkdirSync(path.join(packages, '@mediapipe', 'tasks-vision', 'wasm'), { recursive: true });
    symlinkSync(path.join(real, '@mediapipe', 'face_mesh'), path.join(packages, '@mediapipe', 'face_mesh'));
    writeFileSync(path.join(packages, '@mediapipe', 'tasks-vision', 'package.json'), '{"version":"9.9.9"}');
    writeFileSync(path.join(packages, '@mediapipe', 'tasks-vision', 'wasm', 'vision_wasm_module_internal.js'), '');
    await expect(buildFaceModel({ outDir: path.join(temp, 'lacking'), packagesDir: packages })).rejects.toThrow(/lacks vision_wasm_module_internal\.wasm/);
  });
});

describe('face-model CLI', () => {
  const run = (...args: string[]) => spawnSync(TSX, [SCRIPT, ...args], { cwd: ROOT, encoding: 'utf8' });

  it('prints each file it wrote with its size', () => {
    const result = run('--out', path.join(temp, 'cli'));
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^face-model: wrote .*cli in \d+ ms$/m);
    expect(result.stdout).toMatch(/^ {2}face_landmarker\.task +\d+\.\d\d MB$/m);
    expect(result.stdout.match(/^ {2}wasm\/\S+ +\d+\.\d\d MB$/gm)).toHaveLength(WASM.length);
  });

  it.each<[string, string[], RegExp]>([
    ['packages that are not installed', ['--packages', path.join(temp, 'nothing')], /cannot read @mediapipe\/face_mesh \(ENOENT\): is it installed\?/],
    ['an unknown option', ['--outdir', 'x'], /Unknown option '--outdir'/],
  ])('fails with a clear message on %s', (_, args, message) => {
    const result = run('--out', path.join(temp, 'failed'), ...args);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^face-model: failed: /m);
    expect(result.stderr).toMatch(message);
  });
});

import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { buildFaceModel } from '../../lib/build/face-model';

// The install-time script itself, writing into temporary folders instead of public/vision.

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const SCRIPT = path.join(ROOT, 'lib/build/face-model.ts');
const TSX = path.join(ROOT, 'node_modules/.bin/tsx');
const WASM = readdirSync(path.join(ROOT, 'node_modules/@mediapipe/tasks-vision/wasm')).sort();
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

  it('removes wasm files the package no longer has', async () => {
    const out = path.join(temp, 'stale');
    mkdirSync(path.join(out, 'wasm'), { recursive: true });
    writeFileSync(path.join(out, 'wasm', 'vision_wasm_old.wasm'), 'old');
    await buildFaceModel({ outDir: out });
    expect(readdirSync(path.join(out, 'wasm')).sort()).toEqual(WASM);
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

import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { asciiOnly } from '../../lib/build/ascii-only-plugin';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/**
 * Bundles a test page script with Vite into a fresh temporary folder, as WXT bundles the panel: the
 * landmark worker goes through Vite's worker pipeline (its own bundle under assets/) with the same
 * ASCII escaping, and tasks-vision's ES module is bundled into it. Returns the folder; the page
 * script is `page.js` in it.
 */
export async function buildLandmarkPage(entry: string): Promise<string> {
  const outDir = mkdtempSync(path.join(tmpdir(), 'hireproof-landmark-page-'));
  await build({
    configFile: false,
    root: ROOT,
    base: '/',
    logLevel: 'error',
    // The model and wasm are served from public/vision where they are; nothing to copy.
    publicDir: false,
    plugins: [asciiOnly()],
    worker: { plugins: () => [asciiOnly()] },
    build: {
      outDir,
      emptyOutDir: false,
      rollupOptions: { input: path.resolve(ROOT, entry), output: { entryFileNames: 'page.js' } },
    },
  });
  return outDir;
}

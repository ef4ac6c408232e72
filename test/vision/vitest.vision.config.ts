import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

// Tests of the generated FaceLandmarker bundle (public/vision, built by lib/build/face-model.ts),
// including real inference in headless Debian Chromium. Files end in `.spec.ts` so the unit
// config (which takes every `*.test.ts` under test/) leaves them out: they need the generated files
// and a browser. One file at a time on a 2-core machine.
export default defineConfig({
  root: fileURLToPath(new URL('../..', import.meta.url)),
  test: {
    include: ['test/vision/**/*.spec.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});

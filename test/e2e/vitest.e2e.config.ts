import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

// End-to-end: the built extension in headless Debian Chromium. One file at a time (each starts a
// browser) on a 2-core machine; `npm run test:e2e` builds the extension first.
export default defineConfig({
  root: fileURLToPath(new URL('../..', import.meta.url)),
  test: {
    include: ['test/e2e/**/*.e2e.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});

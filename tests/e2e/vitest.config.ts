import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

// E2E tests drive real browsers with the production build; one file at a time keeps two cores calm.
export default defineConfig({
  resolve: { alias: { '@': fileURLToPath(new URL('../..', import.meta.url)) } },
  test: {
    environment: 'node',
    include: ['tests/e2e/**/*.e2e.test.ts'],
    root: fileURLToPath(new URL('../..', import.meta.url)),
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});

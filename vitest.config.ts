import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import preact from '@preact/preset-vite';

export default defineConfig({
  plugins: [WxtVitest(), preact()],
  test: {
    environment: 'happy-dom',
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    setupFiles: ['tests/unit/setup-i18n.ts', 'tests/unit/setup-indexeddb.ts', 'tests/unit/setup-limiters.ts', 'tests/unit/fake-site-access.ts'],
    testTimeout: 20_000,
  },
});

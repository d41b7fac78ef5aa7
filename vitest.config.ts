import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  test: {
    projects: [
      {
        plugins: [WxtVitest()],
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.{ts,tsx}'],
          setupFiles: ['tests/unit/setup.ts'],
          environment: 'node',
          // The fuzz tests take seconds on a loaded two-core machine; 5 s made them fail by the clock alone.
          testTimeout: 20_000,
        },
      },
      {
        // The same `@/` alias the extension uses, so tests compute expectations with Pandu's own lib.
        resolve: { alias: { '@': import.meta.dirname } },
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/e2e/global-setup.ts'],
          environment: 'node',
          // One Chromium at a time: these machines have two cores.
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});

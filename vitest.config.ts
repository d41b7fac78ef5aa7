import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

/**
 * `npm test` runs `npm run test:unit` and `npm run test:e2e` exactly as README names them, and asks through
 * the environment for a JSON report beside the usual one, from which it prints its "vitest: N passed" line.
 */
const jsonReport = process.env.PANDU_VITEST_JSON;

export default defineConfig({
  test: {
    reporters: jsonReport ? ['default', ['json', { outputFile: jsonReport }]] : ['default'],
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

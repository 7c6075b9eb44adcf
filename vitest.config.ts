import { defineConfig } from 'vitest/config';

/**
 * `npm run test:fast` (KEEL_FAST_TESTS=1) runs what needs no other process: the unit, use-case, store
 * and in-process web and CLI tests. It leaves out the tests that spawn the built binary or a browser,
 * kill processes, or time a cold start; `npm test` runs everything.
 */
const SPAWNING = [
  'test/browser/**',
  'test/bundle.test.ts',
  'test/cli.test.ts',
  'test/code-cache.test.ts',
  'test/concurrency.test.ts',
  'test/crash.test.ts',
  'test/doc.cli.test.ts',
  'test/driver.test.ts',
  'test/encryption.test.ts',
  'test/growth-cli.test.ts',
  'test/no-network.test.ts',
  'test/opportunities-cli.test.ts',
  'test/personas.test.ts',
  'test/startup.test.ts',
  'test/web-serve.test.ts',
];

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    exclude: ['**/node_modules/**', ...(process.env.KEEL_FAST_TESTS === '1' ? SPAWNING : [])],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Fast runs share one worker per core without a fresh module graph per file (the suite's files
    // keep no module state between tests); the full run isolates every file in its own process.
    ...(process.env.KEEL_FAST_TESTS === '1' ? { pool: 'threads' as const, isolate: false } : { pool: 'forks' as const }),
  },
});

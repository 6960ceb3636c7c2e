import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    // graphql 16 has no exports map: without this Vite may load index.mjs while Apollo and type-graphql
    // load index.js, and schema objects from the two copies do not mix (TOOLCHAIN.md, pitfall 2).
    alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }],
  },
  test: {
    include: ['tests/**/*.test.ts', 'src/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // In CI, also a JSON report: .ci/run prints its counts as the plain "N passed, N failed" line.
    reporters: process.env.CI ? ['default', ['json', { outputFile: 'node_modules/.vitest-results.json' }]] : ['default'],
  },
});

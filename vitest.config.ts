import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          // The type tests (test/**/*.test-d.ts, expectTypeOf) are checked by `tsc` in `npm run typecheck`,
          // which fails on any of them; vitest's own typecheck mode would add an "experimental" banner.
          include: ['test/**/*.test.ts', 'test/**/*.test-prop.ts'],
          exclude: ['test/package/**', 'test/browser/**', 'test/provenance/**'],
          // No assertion depends on the clock; this only keeps a busy machine (2 shared cores) from
          // failing a test that spawns a script or builds a large corpus while other work runs.
          testTimeout: 120_000,
        },
      },
      {
        // Checks against ../shared (the source texts and the verified reference), which only the
        // project's own CI has beside the repository: `npm run test:provenance`, after npm test.
        extends: true,
        test: {
          name: 'provenance',
          include: ['test/provenance/**/*.test.ts'],
        },
      },
      {
        // The dashboard example in headless Chromium: `npm run test:browser`, which .ci/run calls
        // after npm test, so that the browser does not compete with the timing tests.
        extends: true,
        test: {
          name: 'browser',
          include: ['test/browser/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        // Tests of the packed package, installed into a scratch project as a
        // user installs it. globalSetup packs it once for all of them.
        extends: true,
        test: {
          name: 'package',
          include: ['test/package/**/*.test.ts'],
          globalSetup: ['test/package/globalSetup.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});

import { defineConfig } from 'vitest/config';

// Three projects: fast unit tests of rules, integration tests against the real ffmpeg/ffprobe/whisper,
// and end-to-end tests in headless Chromium against the browser-mode server.
export default defineConfig({
  test: {
    pool: 'forks',
    maxWorkers: 2,
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
          exclude: ['test/**/*.int.test.ts', 'test/e2e/**', 'test/security/**', 'node_modules/**'],
          testTimeout: 20_000,
        },
      },
      {
        test: {
          name: 'integration',
          // Shared 2-core machines: polls wait for real work (autosave after 1 s, ffmpeg, whisper).
          expect: { poll: { timeout: 15_000, interval: 100 } },
          include: ['test/**/*.int.test.ts'],
          exclude: ['test/e2e/**', 'test/security/**', 'node_modules/**'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
      {
        test: {
          name: 'e2e',
          expect: { poll: { timeout: 15_000, interval: 100 } },
          include: ['test/e2e/**/*.e2e.test.ts'],
          testTimeout: 180_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
      {
        // Issue 12's findings replayed against the real server (raw sockets, Chromium), and a bounded fuzz.
        test: {
          name: 'security',
          expect: { poll: { timeout: 15_000, interval: 100 } },
          include: ['test/security/**/*.test.ts'],
          testTimeout: 180_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
    ],
  },
});

import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    // Tests under test/ start real servers (Prosody, ejabberd, PostgreSQL,
    // Chromium); starting them takes seconds, not milliseconds.
    testTimeout: 60_000,
    hookTimeout: 300_000,
    pool: 'forks',
    // Two cores: more files at once only makes the real servers fight.
    maxWorkers: 2,
    reporters: ['default'],
  },
});

import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['{db,cli,electron,renderer,bench,scripts,i18n}/**/*.test.ts'],
    pool: 'forks',
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});

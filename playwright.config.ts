import { defineConfig } from '@playwright/test';
import { chromiumLaunch } from './e2e/chromiumLaunch.js';

const RUSSIAN_WALKS = [
  'csvExport.spec.ts',
  'csvImport.spec.ts',
  'language.spec.ts',
  'pressRelease.spec.ts',
  'pressReleaseInterface.spec.ts',
  'tableFilters.spec.ts',
  'tableLayout.spec.ts',
  'timeline.spec.ts',
];

export default defineConfig({
  testDir: 'e2e',
  outputDir: 'test-results',
  workers: 1,
  fullyParallel: false,
  forbidOnly: !!process.env.CI,
  retries: 0,
  // A walk on a busy two-core machine takes up to a minute; the ceiling is for a hang, not a pace.
  timeout: 120_000,
  expect: { timeout: 15_000 },
  reporter: process.env.CI ? [['list'], ['html', { open: 'never' }]] : [['list']],
  use: {
    browserName: 'chromium',
    viewport: { width: 1366, height: 820 },
    launchOptions: chromiumLaunch,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  // Every walk runs in English; those tagged @ru run again with a Russian browser, whose
  // `navigator.languages` a first start follows, their words taken from the catalog.
  projects: [
    { name: 'en', use: { locale: 'en-GB' } },
    { name: 'ru', use: { locale: 'ru-RU' }, testMatch: RUSSIAN_WALKS, grep: /@ru/ },
  ],
});

import { execFileSync } from 'node:child_process';
import type { LaunchOptions } from '@playwright/test';

/**
 * Chromium comes from the system: browsers cannot be downloaded on the machines this project is
 * built on, so `npx playwright install` is never needed. CHROMIUM_PATH overrides the lookup.
 */
function chromiumPath(): string | undefined {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  for (const name of ['chromium', 'chromium-browser']) {
    try {
      const found = execFileSync('which', [name], { encoding: 'utf8' }).trim();
      if (found) return found;
    } catch {
      // Not on PATH under this name; try the next.
    }
  }
  return undefined;
}

/** How every end-to-end test starts Chromium: the system's, quiet, with nothing to download. */
export const chromiumLaunch: LaunchOptions = {
  executablePath: chromiumPath(),
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
};

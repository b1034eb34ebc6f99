import { chromium, type LaunchOptions } from '@playwright/test';
import { browserHelp } from '../scripts/browserHelp.js';
import { findBrowser } from '../scripts/findBrowser.js';

/**
 * The browser every end-to-end test drives, found as scripts/findBrowser.ts says. `npm test`
 * provides one first (scripts/ensureBrowser.ts); run on its own, Playwright stops here with what
 * to install rather than with a missing executable's path.
 */
function executablePath(): string {
  const found = findBrowser({
    env: process.env,
    platform: process.platform,
    playwrightChromium: chromium.executablePath(),
  });
  if (!found) throw new Error(browserHelp(process.platform));
  return found.path;
}

/** How every end-to-end test starts Chromium: quiet, with nothing to download. */
export const chromiumLaunch: LaunchOptions = {
  executablePath: executablePath(),
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
};

import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { API_METHODS } from '../db/api.js';
import { chromiumLaunch } from './chromiumLaunch.js';
import { DEMO_VISITS, expect, test } from './fixtures.js';
import { AppPage } from './pages/AppPage.js';

// The desktop app serves these files on its own app:// scheme (electron/appProtocol.ts), which
// plain Chromium does not know; file:// stands in for it, with module scripts allowed as there.
test.use({
  launchOptions: {
    ...chromiumLaunch,
    args: [...(chromiumLaunch.args ?? []), '--allow-file-access-from-files'],
  },
});

const builtPage = pathToFileURL(path.resolve(import.meta.dirname, '../dist/renderer/index.html'));

/**
 * The desktop app loads the built page (here from file://) and reaches the archive through the
 * preload's `window.archive`. Without the Electron binary, a stand-in bridge with the same
 * contract (one function per method, answering an ApiResult) drives the same page.
 */
test('the built page runs from file:// through window.archive, under its CSP', async ({
  page,
  demoArchive,
}) => {
  const refused: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) refused.push(message.text());
  });
  page.on('pageerror', (error) => refused.push(error.message));
  await page.exposeFunction('archiveBridgeCall', (method: string, input: unknown) =>
    demoArchive.answer(method, input),
  );
  await page.addInitScript((methods: string[]) => {
    const call = (globalThis as unknown as Record<string, (m: string, i: unknown) => unknown>)
      .archiveBridgeCall;
    const bridge = Object.fromEntries(
      methods.map((method) => [method, (input: unknown) => call?.(method, input)]),
    );
    Object.defineProperty(globalThis, 'archive', { value: Object.freeze(bridge) });
  }, API_METHODS);

  const app = new AppPage(page);
  await app.open(builtPage.href);
  const visits = app.visits;
  await visits.waitForRows();
  await expect(visits.count).toHaveText(`${DEMO_VISITS} visits`);
  const panel = await visits.openRow(0);
  await expect(panel.dialog).toBeVisible();
  await panel.pressEscape();
  await expect(panel.dialog).toHaveCount(0);
  expect(refused).toEqual([]);
});

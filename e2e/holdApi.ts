import type { Page, Route } from '@playwright/test';

/**
 * Holds the page's calls to one API method until the test opens the gate, so that a test can
 * look at the waiting state without guessing how long the archive takes.
 */
export async function holdApi(page: Page, method: string): Promise<{ open: () => Promise<void> }> {
  const held: Route[] = [];
  let opened = false;
  await page.route(`**/api/${method}`, async (route) => {
    if (opened) await route.continue();
    else held.push(route);
  });
  return {
    async open() {
      opened = true;
      await Promise.all(held.splice(0).map((route) => route.continue()));
    },
  };
}

import type { Page, Route } from '@playwright/test';

/** A gate on the page's calls to one API method. */
export interface ApiGate {
  /** Lets the held calls, and every later one, through. */
  open: () => Promise<void>;
  /** Resolves once the page has made a call that the gate holds: the event a test waits on. */
  requested: Promise<void>;
}

/**
 * Holds the page's calls to one API method until the test opens the gate, so that a test can
 * look at the waiting state without guessing how long the archive takes. `holds` picks which
 * calls, by their input; the others go through at once.
 */
export async function holdApi(
  page: Page,
  method: string,
  holds: (input: Record<string, unknown>) => boolean = () => true,
): Promise<ApiGate> {
  const held: Route[] = [];
  let opened = false;
  let arrived: () => void = () => undefined;
  const requested = new Promise<void>((resolve) => (arrived = resolve));
  await page.route(`**/api/${method}`, async (route) => {
    const input = (route.request().postDataJSON() ?? {}) as Record<string, unknown>;
    if (opened || !holds(input)) return route.continue();
    held.push(route);
    arrived();
  });
  return {
    requested,
    async open() {
      opened = true;
      // A held call the page abandoned meanwhile (a replaced query) has no request left to send.
      await Promise.all(held.splice(0).map((route) => route.continue().catch(() => undefined)));
    },
  };
}

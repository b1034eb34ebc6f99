/**
 * The tallest scroll range the grid lays out, in pixels: under the 33,554,431 px that Chromium
 * lays out at most. A `scrollCap` parameter in the page's address lowers it, so that a test can
 * prove the scaled scrolling on a few thousand real rows instead of a million.
 */
const BROWSER_CAP = 33_000_000;

let cap: number | undefined;

export function scrollCap(): number {
  if (cap === undefined) {
    const asked = Number(new URLSearchParams(globalThis.location?.search ?? '').get('scrollCap'));
    cap = Number.isFinite(asked) && asked >= 1000 ? Math.min(asked, BROWSER_CAP) : BROWSER_CAP;
  }
  return cap;
}

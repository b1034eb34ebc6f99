// The drag's yardstick (bench/gridPageScripts.ts PLAIN_COPY) in Chromium: it takes the grid's
// place with a copy of the grid's own rows, lays out only the rows in view and a few beyond, keeps
// them in step with the scroll for the whole length of a drag, and gives the grid back after.
import { chromium, type Browser, type Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumLaunch } from '../../e2e/chromiumLaunch.js';
import { INSTRUMENT, PLAIN_COPY, PLAIN_REMOVE, SCROLL } from '../gridPageScripts.js';

const ROWS_SHOWN = 12;

let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await chromium.launch(chromiumLaunch);
  page = await browser.newPage({ viewport: { width: 800, height: 600 } });
  // A grid as the app lays it out: a scroll area of fixed height, a header, a spacer row above,
  // the rows of the page (one still a placeholder) and a spacer row below.
  const rows = Array.from(
    { length: ROWS_SHOWN },
    (_, i) => `<tr aria-rowindex="${i + 2}"><td>Row ${i}</td><td>Talks ${i}</td></tr>`,
  ).join('');
  await page.setContent(`<style>
  .table-scroll { height: 320px; overflow: auto; contain: strict; }
  table { border-collapse: collapse; }
  tr { height: 32px; } td, th { padding: 0; }
</style>
<div class="section-panel"><div class="table-scroll" data-stale>
  <table><thead><tr><th>Date</th><th>Visit</th></tr></thead>
  <tbody><tr class="grid-spacer"><td colspan="2" style="height: 0"></td></tr>${rows}
  <tr aria-rowindex="99" class="is-pending"><td>…</td><td></td></tr>
  <tr class="grid-spacer"><td colspan="2" style="height: 96000px"></td></tr></tbody></table>
</div></div>`);
  await page.evaluate(INSTRUMENT);
});

afterAll(async () => {
  await browser?.close();
});

/** The text of the copy's rows that are laid out, and where the copy is scrolled to. */
const laidOut = async () =>
  (await page.evaluate(`(() => {
    const copy = document.querySelector('#grid-plain-copy');
    const rows = [...copy.querySelectorAll('tbody tr[aria-rowindex]')];
    const view = copy.getBoundingClientRect();
    const inView = rows.filter((tr) => {
      const r = tr.getBoundingClientRect();
      return r.bottom > view.top + 1 && r.top < view.bottom - 1;
    });
    return {
      scrollTop: copy.scrollTop,
      scrollHeight: copy.scrollHeight,
      laidOut: rows.length,
      firstInView: inView[0]?.textContent ?? '',
      gridShown: getComputedStyle(document.querySelector('.table-scroll')).display !== 'none',
    };
  })()`)) as {
    scrollTop: number;
    scrollHeight: number;
    laidOut: number;
    firstInView: string;
    gridShown: boolean;
  };

describe("the drag's yardstick", () => {
  it("drags the grid's own rows, only those in view laid out, and gives the grid back", async () => {
    const made = (await page.evaluate(PLAIN_COPY(1000))) as { rowPx: number };
    expect(made.rowPx).toBe(32);
    const start = await laidOut();
    expect(start.gridShown).toBe(false);
    // The whole length of the rows made, not the grid's spacers; the placeholder is not copied.
    expect(start.scrollHeight).toBeGreaterThanOrEqual(1000 * 32);
    expect(start.laidOut).toBeLessThan(20);
    expect(start.firstInView).toBe('Row 0Talks 0');

    const drag = (await page.evaluate(SCROLL(500, true))) as { times: number[] };
    expect(drag.times.length).toBe(20);
    const end = await laidOut();
    // 500 rows down, below a header one row high, the first row in view is the 500th made: a
    // copy of the grid's row 499 mod 12.
    expect(end.scrollTop).toBe(500 * 32);
    expect(end.firstInView).toBe(`Row ${499 % ROWS_SHOWN}Talks ${499 % ROWS_SHOWN}`);
    expect(end.laidOut).toBeLessThan(20);

    await page.evaluate(PLAIN_REMOVE);
    const back = await page.evaluate(`({
      copies: document.querySelectorAll('#grid-plain-copy').length,
      gridShown: getComputedStyle(document.querySelector('.table-scroll')).display !== 'none',
    })`);
    expect(back).toEqual({ copies: 0, gridShown: true });
  });
});

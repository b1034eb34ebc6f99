import type { Locator } from '@playwright/test';
import { expect, test } from './fixtures.js';
import { RecordTablePage } from './pages/RecordTablePage.js';

/**
 * A browser lays out no element taller than about 33.5 million pixels, a million rows of 32. The
 * grid caps its scroll range and scales it; here the cap is lowered (the page's `scrollCap`
 * parameter) to fewer pixels than the demo's meetings need, so that the real rows of a small
 * archive prove the mapping that a million rows need.
 */
const CAP = 12_000;

test.describe('the grid beyond the tallest element a browser lays out', () => {
  test('every row is reachable by Ctrl+End, Page Down, the scroll bar and the wheel', async ({
    app,
    demoArchive,
  }) => {
    const total = (await demoArchive.call('stats', {})).counts.meetings;
    expect(total * 32).toBeGreaterThan(CAP * 2);
    const { rows } = await demoArchive.call('listRecords', {
      table: 'meetings',
      columns: ['visit'],
      offset: total - 1,
      limit: 1,
    });
    const lastVisit = String(rows[0]?.visit ?? '');
    await app.open(`${demoArchive.url}&scrollCap=${CAP}`);
    await app.openSection('Meetings');
    const meetings = new RecordTablePage(app.page, 'Meetings');
    await meetings.waitForRows();
    await expect(meetings.count).toHaveText(`${total.toLocaleString('en')} meetings`);
    const height = () => meetings.scroller.evaluate((el) => el.scrollHeight);
    expect(await height()).toBeLessThanOrEqual(CAP);
    const last = meetings.rowAt(total - 1);
    const shownLast = async (row: Locator) => {
      await expect(row).toBeInViewport();
      await expect(row.getByRole('gridcell').nth(1)).toHaveText(lastVisit);
    };
    const keys = app.page.keyboard;

    // The keyboard: Ctrl+End, then back to the top and down a page.
    await meetings.rowAt(0).getByRole('gridcell').first().focus();
    await keys.press('Control+End');
    await shownLast(last);
    await expect(last.getByRole('gridcell').last()).toBeFocused();
    await keys.press('Control+Home');
    await expect(meetings.rowAt(0)).toBeInViewport();
    await keys.press('PageDown');
    const place = await meetings.focusedCell.evaluate((td) =>
      Number(td.parentElement?.getAttribute('aria-rowindex')),
    );
    expect(place).toBeGreaterThan(10);
    await expect(meetings.focusedCell).toBeInViewport();
    // Rows keep their order and height where the scaled range puts them: none overlap.
    const tops = await meetings.rows.evaluateAll((trs) =>
      trs.map((tr) => tr.getBoundingClientRect().top),
    );
    expect(tops.slice(1).every((top, i) => top - (tops[i] ?? 0) === 32)).toBe(true);

    // The scroll bar dragged to its end, as a reader does.
    await meetings.scroller.evaluate((el) => el.scrollTo(0, 0));
    await expect(meetings.rowAt(0)).toBeInViewport();
    await meetings.scroller.evaluate((el) => el.scrollTo(0, el.scrollHeight));
    await shownLast(last);
    await app.screenshot('grid-last-row');

    // The wheel, from the middle down, until the range ends.
    await meetings.scroller.evaluate((el) =>
      el.scrollTo(0, (el.scrollHeight - el.clientHeight) / 2),
    );
    await expect(meetings.rowAt(Math.floor(total / 2))).toBeInViewport();
    const box = await meetings.scroller.boundingBox();
    await app.page.mouse.move((box?.x ?? 0) + 200, (box?.y ?? 0) + 200);
    await expect(async () => {
      await app.page.mouse.wheel(0, 4000);
      await shownLast(last);
    }).toPass();
  });
});

import type { Row } from '../db/api.js';
import { expect, test } from './fixtures.js';
import { RecordTablePage } from './pages/RecordTablePage.js';

/**
 * A jump by the scroll bar asks the rows of the place it lands on as the scroll comes, and the
 * pages either side only once those are shown: what shows there must be exactly the rows at that
 * place in the table's order, however fast the reader jumps about.
 */
test.describe('a jump by the scroll bar', () => {
  test('shows the rows at that place by the sort, after jumps that overtook each other', async ({
    app,
    demoArchive,
  }) => {
    const total = (await demoArchive.call('stats', {})).counts.meetings;
    // The visit of every meeting, in the table's own order (newest first).
    const rows: Row[] = [];
    while (rows.length < total) {
      const page = await demoArchive.call('listRecords', {
        table: 'meetings',
        columns: ['visit'],
        offset: rows.length,
        limit: 500,
        withTotal: false,
      });
      rows.push(...page.rows);
    }
    expect(rows).toHaveLength(total);
    await app.open(demoArchive.url);
    await app.openSection('Meetings');
    const meetings = new RecordTablePage(app.page, 'Meetings');
    await meetings.waitForRows();
    // The scroll range is the whole table's once the count is known; until then it is the rows
    // fetched so far, and a place in it is a place among those.
    await expect(meetings.count).toHaveText(`${total.toLocaleString('en')} meetings`);

    // Three places in a row, each before the last one's rows could come, then a fourth.
    for (const fraction of [0.8, 0.15, 0.55]) {
      await meetings.scroller.evaluate(
        (el, f) => (el.scrollTop = (el.scrollHeight - el.clientHeight) * f),
        fraction,
      );
    }
    await meetings.scroller.evaluate(
      (el) => (el.scrollTop = (el.scrollHeight - el.clientHeight) * 0.62),
    );
    const place = Math.floor(total * 0.62);
    await expect(meetings.rowAt(place)).toBeInViewport();
    await expect(meetings.rowAt(place)).not.toHaveClass(/is-pending/);

    // Every row in view is the record at its position, in order, with no placeholder left.
    const shownRows = () =>
      meetings.rows.evaluateAll((trs) => {
        const view = trs[0]?.closest('.table-scroll')?.getBoundingClientRect();
        return trs
          .filter((tr) => {
            const r = tr.getBoundingClientRect();
            return view && r.top >= view.top + 32 && r.bottom <= view.bottom;
          })
          .map((tr) => ({
            at: Number(tr.getAttribute('aria-rowindex')) - 2,
            pending: tr.classList.contains('is-pending'),
            visit: tr.querySelectorAll('td')[1]?.textContent ?? '',
          }));
      });
    await expect(async () => {
      const shown = await shownRows();
      expect(shown.length).toBeGreaterThan(10);
      expect(shown.every((row) => !row.pending)).toBe(true);
      expect(shown.map((row) => row.visit)).toEqual(
        shown.map((row) => String(rows[row.at]?.visit ?? '')),
      );
      expect(shown.map((row) => row.at)).toEqual(shown.map((_, i) => (shown[0]?.at ?? 0) + i));
    }).toPass();
    await app.screenshot('grid-after-jump');

    // Scrolling on from there: the page after the one jumped to is the next rows, none skipped.
    const before = (await shownRows())[0]?.at ?? 0;
    await meetings.scroller.evaluate((el) => (el.scrollTop += 300 * 32));
    await expect(async () => {
      const shown = await shownRows();
      expect(shown[0]?.at).toBeGreaterThanOrEqual(before + 290);
      expect(shown.every((row) => !row.pending)).toBe(true);
      expect(shown.map((row) => row.visit)).toEqual(
        shown.map((row) => String(rows[row.at]?.visit ?? '')),
      );
    }).toPass();
  });
});

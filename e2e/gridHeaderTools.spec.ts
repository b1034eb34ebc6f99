import type { Locator } from '@playwright/test';
import { t } from '../i18n/messages.js';
import { expect, test } from './fixtures.js';
import { TableToolsPage } from './pages/TableToolsPage.js';

/**
 * The headers of a grid render again only when what they show changes (the columns, the sort,
 * the filters, the widths), not with every page of rows that arrives. Whatever a reader does
 * from a header after scrolling through many pages must still take effect at once: a header
 * that kept the tools of an earlier render would sort, filter, resize or move with old state.
 */
test.describe('the headers of a grid after many pages of rows', () => {
  test('still sort, filter, resize and move their columns', async ({ app, demoArchive }) => {
    const total = (await demoArchive.call('stats', {})).counts.meetings;
    // The demo's meetings span several pages of rows (200 a page).
    expect(total).toBeGreaterThan(1000);
    await app.open(demoArchive.url);
    await app.openSection('Meetings');
    const meetings = new TableToolsPage(app.page, 'Meetings');
    await meetings.waitForRows();
    const counted = t('grid.count.meetings', { count: total });

    /** Scrolls to each place in turn, and waits for its rows to be shown. */
    const scrollThrough = async () => {
      // The scroll range is the whole table's once the count is known.
      await expect(meetings.count).toHaveText(counted);
      for (const fraction of [0.2, 0.45, 0.7, 0.95, 0.6, 0.3, 0]) {
        await meetings.scroller.evaluate(
          (el, f) => (el.scrollTop = (el.scrollHeight - el.clientHeight) * f),
          fraction,
        );
        const place = Math.min(total - 1, Math.floor(total * fraction));
        await expect(meetings.rowAt(place)).toBeInViewport();
        await expect(meetings.rowAt(place)).not.toHaveClass(/is-pending/);
      }
    };
    await scrollThrough();

    // Sort: the header says so, and the first row is the archive's first by that column.
    const city = meetings.header(t('field.city'));
    await city.getByRole('button').first().click();
    await expect(city).toHaveAttribute('aria-sort', 'ascending');
    const { rows: byCity } = await demoArchive.call('listRecords', {
      table: 'meetings',
      columns: ['city'],
      sort: [{ field: 'city', dir: 'asc' }],
      limit: 1,
    });
    const firstCity = String(byCity[0]?.city);
    await expect.poll(async () => (await meetings.columnTexts(t('field.city')))[0]).toBe(firstCity);
    await scrollThrough();

    // Filter: the header's button opens its panel, and shows the filter in force once closed.
    const part = firstCity.slice(0, 3);
    const cityLabel = t('field.city');
    const button = meetings.filterButton(cityLabel);
    const panel = await meetings.openFilter(cityLabel);
    await expect(button).toHaveAttribute('aria-expanded', 'true');
    await panel.getByLabel(t('filter.text')).fill(part);
    const where = [{ field: 'city', op: 'contains' as const, value: part }];
    const filtered = (await demoArchive.call('countRecords', { table: 'meetings', where })).count;
    await expect(meetings.count).toHaveText(t('grid.count.meetings', { count: filtered }));
    await meetings.closeFilter(cityLabel);
    await expect(button).toHaveAttribute('aria-expanded', 'false');
    await expect(button).toHaveAttribute('title', t('filter.buttonActive', { label: cityLabel }));
    for (const shown of await meetings.columnTexts(cityLabel)) {
      expect(shown.toLowerCase()).toContain(part.toLowerCase());
    }
    await meetings.chipList.getByRole('button').first().click();
    await expect(meetings.count).toHaveText(counted);
    await expect(button).toHaveAttribute('title', t('filter.button', { label: cityLabel }));
    await scrollThrough();

    // Width: the edge resizes the column, and says its new width.
    const edge = app.page.getByRole('separator', {
      name: t('columns.resize', { label: cityLabel }),
    });
    const width = async (header: Locator) => (await header.boundingBox())?.width ?? 0;
    const before = await width(city);
    await edge.focus();
    await app.page.keyboard.press('ArrowRight');
    await app.page.keyboard.press('ArrowRight');
    await expect(edge).toHaveAttribute('aria-valuenow', String(Math.round(before) + 32));
    await expect.poll(() => width(city)).toBeGreaterThan(before + 25);
    await scrollThrough();
    await app.page.keyboard.press('ArrowLeft');
    await expect(edge).toHaveAttribute('aria-valuenow', String(Math.round(before) + 16));

    // Move: Alt+→ on a header moves its column, and the header keeps the focus.
    const names = await meetings.headerNames();
    const at = names.indexOf(cityLabel);
    const sortButton = city.getByRole('button').first();
    await sortButton.focus();
    await app.page.keyboard.press('Alt+ArrowRight');
    const moved = [...names];
    moved.splice(at, 2, names[at + 1] ?? '', cityLabel);
    await expect.poll(() => meetings.headerNames()).toEqual(moved);
    await expect(sortButton).toBeFocused();
    await app.screenshot('grid-header-tools');
  });
});

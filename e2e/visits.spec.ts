import type { Row } from '../db/api.js';
import { DEMO_VISITS, expect, test } from './fixtures.js';
import { VisitPanel } from './pages/VisitPanel.js';

const COLUMNS = [
  'Title',
  'Traveller',
  'City',
  'Country',
  'Start date',
  'End date',
  'Status',
  'Meetings',
];

function year(row: Row | undefined): string {
  return String(row?.start_date ?? '').slice(0, 4);
}

test.describe('the Visits table', () => {
  test('shows the first rows in the archive order, with every column and the count', async ({
    app,
    demoArchive,
  }) => {
    const visits = app.visits;
    await visits.waitForRows();
    expect(await visits.headerNames()).toEqual(COLUMNS);
    await expect(visits.count).toHaveText(`${DEMO_VISITS} visits`);
    // Every visit is in the grid for assistive technology, though only the rows in view are drawn.
    await expect(visits.table).toHaveAttribute('aria-rowcount', String(DEMO_VISITS + 1));

    const { rows } = await demoArchive.call('listRecords', { table: 'visits', limit: 1 });
    await expect(visits.row(0).getByRole('gridcell').first()).toHaveText(String(rows[0]?.title));
  });

  test('sorts by start date ascending, then descending, then not at all', async ({
    app,
    demoArchive,
  }) => {
    const visits = app.visits;
    const header = visits.columnHeader('Start date');
    await visits.waitForRows();
    await expect(header).toHaveAttribute('aria-sort', 'none');

    const first = async (dir: 'asc' | 'desc') =>
      (
        await demoArchive.call('listRecords', {
          table: 'visits',
          sort: [{ field: 'start_date', dir }],
          limit: 1,
        })
      ).rows[0];
    const oldest = await first('asc');
    const newest = await first('desc');
    expect(year(oldest) < year(newest)).toBe(true);

    await visits.sortBy('Start date');
    await expect(header).toHaveAttribute('aria-sort', 'ascending');
    await expect(visits.row(0).getByRole('gridcell').first()).toHaveText(String(oldest?.title));
    await expect(visits.row(0).getByRole('gridcell').nth(4)).toContainText(year(oldest));

    await visits.sortBy('Start date');
    await expect(header).toHaveAttribute('aria-sort', 'descending');
    await expect(visits.row(0).getByRole('gridcell').first()).toHaveText(String(newest?.title));
    await expect(visits.row(0).getByRole('gridcell').nth(4)).toContainText(year(newest));

    await visits.sortBy('Start date');
    await expect(header).toHaveAttribute('aria-sort', 'none');
  });

  test('Shift-click adds a second column to the sort', async ({ app, demoArchive }) => {
    const visits = app.visits;
    await visits.waitForRows();
    await visits.sortBy('Country');
    await visits.sortBy('Start date', { add: true });
    await expect(visits.columnHeader('Country')).toHaveAttribute('aria-sort', 'ascending');
    await expect(visits.columnHeader('Start date')).toHaveAttribute('aria-sort', 'ascending');

    const { rows } = await demoArchive.call('listRecords', {
      table: 'visits',
      sort: [
        { field: 'country', dir: 'asc' },
        { field: 'start_date', dir: 'asc' },
      ],
      limit: 1,
    });
    await expect(visits.row(0).getByRole('gridcell').first()).toHaveText(String(rows[0]?.title));
  });

  test('a visit opens with its meetings listed, and Escape closes it', async ({
    app,
    demoArchive,
  }) => {
    const visits = app.visits;
    await visits.waitForRows();
    // The visit with the most meetings, found as a user would: sorting by the Meetings column.
    await visits.sortBy('Meetings');
    await visits.sortBy('Meetings');
    await expect(visits.columnHeader('Meetings')).toHaveAttribute('aria-sort', 'descending');
    const { rows } = await demoArchive.call('listRecords', {
      table: 'visits',
      sort: [{ field: 'meeting_count', dir: 'desc' }],
      limit: 1,
    });
    const id = String(rows[0]?.id);
    const detail = await demoArchive.call('getRecord', { table: 'visits', id });
    const meetings = detail.related.meetings ?? [];
    expect(meetings.length).toBeGreaterThan(0);

    const panel = await visits.openRow(0);
    expect(panel.title).toBe(String(rows[0]?.title));
    await expect(panel.dialog).toBeVisible();
    await expect(panel.meetings).toHaveCount(meetings.length);
    const firstVenue = meetings[0]?.venue;
    if (firstVenue) await expect(panel.meeting(0)).toContainText(String(firstVenue));
    await expect(panel.dialog).toContainText('Traveller');
    await app.screenshot('visit-panel');

    await panel.pressEscape();
    await expect(panel.dialog).toHaveCount(0);
    await expect(visits.row(0).locator(':focus')).toHaveCount(1);
  });

  test('rows are reachable by keyboard: arrows move, Enter opens, Close closes', async ({
    app,
  }) => {
    const visits = app.visits;
    await visits.waitForRows();
    await visits.row(0).getByRole('gridcell').first().focus();
    await app.page.keyboard.press('ArrowDown');
    await expect(visits.row(1).getByRole('gridcell').first()).toBeFocused();
    const title = await visits.firstCell(1);
    await app.page.keyboard.press('Enter');
    const panel = new VisitPanel(app.page, title);
    await expect(panel.dialog).toBeVisible();
    await panel.closeButton.click();
    await expect(panel.dialog).toHaveCount(0);
    await expect(visits.row(1).getByRole('gridcell').first()).toBeFocused();
  });

  test('keeps its sort and place while the user looks at another section', async ({ app }) => {
    const visits = app.visits;
    await visits.waitForRows();
    await visits.sortBy('City');
    await expect(visits.columnHeader('City')).toHaveAttribute('aria-sort', 'ascending');
    await visits.rowAt(0).getByRole('gridcell').first().focus();
    await app.page.keyboard.press('PageDown');
    await app.page.keyboard.press('PageDown');
    await app.page.keyboard.press('PageDown');
    const focused = visits.focusedCell;
    await expect(focused).toHaveCount(1);
    const place = await focused.evaluate((td) => td.parentElement?.getAttribute('aria-rowindex'));
    const shown = (await focused.innerText()).trim();

    await app.openSection('People');
    await expect(visits.table).toBeHidden();
    await app.openSection('Visits');
    await expect(visits.columnHeader('City')).toHaveAttribute('aria-sort', 'ascending');
    const row = visits.table.locator(`tbody tr[aria-rowindex="${place}"]`);
    await expect(row).toBeInViewport();
    await expect(row.getByRole('gridcell').first()).toHaveText(shown);
  });

  test('search narrows the rows and the total; Escape brings every visit back', async ({
    app,
    demoArchive,
  }) => {
    const visits = app.visits;
    await visits.waitForRows();
    const { rows, total } = await demoArchive.call('listRecords', {
      table: 'visits',
      search: 'Moscow',
      limit: 1,
    });
    expect(total).toBeGreaterThan(0);
    expect(total).toBeLessThan(DEMO_VISITS);

    await visits.searchBox.fill('Moscow');
    await expect(visits.count).toHaveText(`${total} visit${total === 1 ? '' : 's'}`);
    await expect(visits.table).toHaveAttribute('aria-rowcount', String((total ?? 0) + 1));
    await expect(visits.row(0).getByRole('gridcell').first()).toHaveText(String(rows[0]?.title));

    await visits.searchBox.fill('qqqzzzxxx');
    await expect(visits.rows).toHaveCount(0);
    await expect(app.page.getByText('No records match “qqqzzzxxx”')).toBeVisible();

    await visits.searchBox.press('Escape');
    await expect(visits.searchBox).toHaveValue('');
    await expect(visits.count).toHaveText(`${DEMO_VISITS} visits`);
  });
});

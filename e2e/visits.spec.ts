import type { Row } from '../db/api.js';
import { DEMO_VISITS, expect, test } from './fixtures.js';

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
  test('shows the first page in the archive order, with every column', async ({
    app,
    demoArchive,
  }) => {
    const visits = app.visits;
    await expect(visits.rows).toHaveCount(50);
    expect(await visits.headerNames()).toEqual(COLUMNS);
    await expect(visits.pageInfo).toHaveText(`1–50 of ${DEMO_VISITS}`);
    await expect(visits.previousButton).toBeDisabled();

    const { rows } = await demoArchive.call('listRecords', { table: 'visits', limit: 1 });
    await expect(visits.row(0).getByRole('cell').first()).toHaveText(String(rows[0]?.title));
  });

  test('sorts by start date ascending, then descending, then not at all', async ({
    app,
    demoArchive,
  }) => {
    const visits = app.visits;
    const header = visits.columnHeader('Start date');
    await expect(visits.rows).toHaveCount(50);
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
    await expect(visits.row(0).getByRole('cell').first()).toHaveText(String(oldest?.title));
    await expect(visits.row(0).getByRole('cell').nth(4)).toContainText(year(oldest));

    await visits.sortBy('Start date');
    await expect(header).toHaveAttribute('aria-sort', 'descending');
    await expect(visits.row(0).getByRole('cell').first()).toHaveText(String(newest?.title));
    await expect(visits.row(0).getByRole('cell').nth(4)).toContainText(year(newest));

    await visits.sortBy('Start date');
    await expect(header).toHaveAttribute('aria-sort', 'none');
  });

  test('Shift-click adds a second column to the sort', async ({ app, demoArchive }) => {
    const visits = app.visits;
    await expect(visits.rows).toHaveCount(50);
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
    await expect(visits.row(0).getByRole('cell').first()).toHaveText(String(rows[0]?.title));
  });

  test('Next shows rows 51–100 and Previous returns to the first page', async ({
    app,
    demoArchive,
  }) => {
    const visits = app.visits;
    await expect(visits.rows).toHaveCount(50);
    await visits.nextButton.click();
    await expect(visits.pageInfo).toHaveText(`51–100 of ${DEMO_VISITS}`);
    await expect(visits.rows).toHaveCount(50);
    const { rows } = await demoArchive.call('listRecords', {
      table: 'visits',
      offset: 50,
      limit: 1,
    });
    await expect(visits.row(0).getByRole('cell').first()).toHaveText(String(rows[0]?.title));
    await expect(visits.previousButton).toBeEnabled();

    await visits.previousButton.click();
    await expect(visits.pageInfo).toHaveText(`1–50 of ${DEMO_VISITS}`);
    await expect(visits.previousButton).toBeDisabled();
  });

  test('a visit opens with its meetings listed, and Escape closes it', async ({
    app,
    demoArchive,
  }) => {
    const visits = app.visits;
    await expect(visits.rows).toHaveCount(50);
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
    await expect(visits.row(0)).toBeFocused();
  });

  test('rows are reachable by keyboard: arrows move, Enter opens, Close closes', async ({
    app,
  }) => {
    const visits = app.visits;
    await expect(visits.rows).toHaveCount(50);
    await visits.row(0).focus();
    await app.page.keyboard.press('ArrowDown');
    await expect(visits.row(1)).toBeFocused();
    const panel = await visits.openRow(1, 'keyboard');
    await expect(panel.dialog).toBeVisible();
    await panel.closeButton.click();
    await expect(panel.dialog).toHaveCount(0);
    await expect(visits.row(1)).toBeFocused();
  });

  test('keeps its sort and page while the user looks at another section', async ({ app }) => {
    const visits = app.visits;
    await expect(visits.rows).toHaveCount(50);
    await visits.sortBy('City');
    await visits.nextButton.click();
    await expect(visits.pageInfo).toHaveText(`51–100 of ${DEMO_VISITS}`);
    const shown = await visits.rowTexts(0);

    await app.openSection('People');
    await expect(visits.table).toBeHidden();
    await app.openSection('Visits');
    await expect(visits.columnHeader('City')).toHaveAttribute('aria-sort', 'ascending');
    await expect(visits.pageInfo).toHaveText(`51–100 of ${DEMO_VISITS}`);
    expect(await visits.rowTexts(0)).toEqual(shown);
  });

  test('search narrows the rows and the total; Escape brings every visit back', async ({
    app,
    demoArchive,
  }) => {
    const visits = app.visits;
    await expect(visits.rows).toHaveCount(50);
    const { rows, total } = await demoArchive.call('listRecords', {
      table: 'visits',
      search: 'Moscow',
      limit: 1,
    });
    expect(total).toBeGreaterThan(0);
    expect(total).toBeLessThan(DEMO_VISITS);

    await visits.searchBox.fill('Moscow');
    await expect(visits.pageInfo).toHaveText(`1–${Math.min(50, total ?? 0)} of ${total}`);
    await expect(visits.rows).toHaveCount(Math.min(50, total ?? 0));
    await expect(visits.row(0).getByRole('cell').first()).toHaveText(String(rows[0]?.title));

    await visits.searchBox.fill('qqqzzzxxx');
    await expect(visits.rows).toHaveCount(0);
    await expect(app.page.getByText('No records match “qqqzzzxxx”')).toBeVisible();

    await visits.searchBox.press('Escape');
    await expect(visits.searchBox).toHaveValue('');
    await expect(visits.pageInfo).toHaveText(`1–50 of ${DEMO_VISITS}`);
  });
});

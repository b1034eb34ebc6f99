import type { Page, Request, Route } from '@playwright/test';
import { DEMO_VISITS, expect, test } from './fixtures.js';
import { RecordTablePage } from './pages/RecordTablePage.js';
import { VisitPanel } from './pages/VisitPanel.js';

/** The pages the page asked for, as the archive saw them: an offset, after a row or not. */
function listedPages(page: Page): { after?: string; offset: number }[] {
  const asked: { after?: string; offset: number }[] = [];
  page.on('request', (request: Request) => {
    if (!request.url().endsWith('/api/listRecords')) return;
    const body = request.postDataJSON() as { after?: string; offset?: number };
    asked.push({ ...(body.after ? { after: body.after } : {}), offset: body.offset ?? 0 });
  });
  return asked;
}

test.describe('the record grid', () => {
  test('scrolling far down fetches the rows there, and only the pages in view', async ({
    app,
    demoArchive,
  }) => {
    const stats = await demoArchive.call('stats', {});
    const total = stats.counts.meetings;
    expect(total).toBeGreaterThan(1000);
    await app.openSection('Meetings');
    const meetings = new RecordTablePage(app.page, 'Meetings');
    await meetings.waitForRows();
    await expect(meetings.count).toHaveText(`${total.toLocaleString('en')} meetings`);
    const asked = listedPages(app.page);

    // Drag the scroll bar three quarters of the way down, as a reader does.
    await meetings.scroller.evaluate((el) => {
      el.scrollTop = (el.scrollHeight - el.clientHeight) * 0.75;
    });
    const deep = Math.floor(total * 0.75);
    const row = meetings.rowAt(deep);
    await expect(row).toBeInViewport();
    await expect(row).not.toHaveClass(/is-pending/);
    const { rows } = await demoArchive.call('listRecords', {
      table: 'meetings',
      offset: deep,
      limit: 1,
    });
    await expect(row.getByRole('gridcell').nth(1)).toHaveText(String(rows[0]?.visit ?? ''));
    // A page asked after a row starts where that row is among all the meetings.
    const order: string[] = [];
    while (order.length < total) {
      const page = await demoArchive.call('listRecords', {
        table: 'meetings',
        columns: ['id'],
        offset: order.length,
        limit: 1000,
        withTotal: false,
      });
      order.push(...page.rows.map((r) => String(r.id)));
    }
    const offsets = asked.map(({ after, offset }) =>
      after === undefined ? offset : order.indexOf(after) + 1 + offset,
    );
    // Pages are asked where the view is, and one either side; none between the top and there.
    const nearView = Math.floor(deep / 200) * 200 - 400;
    expect(offsets.some((offset) => offset >= nearView)).toBe(true);
    expect(offsets.filter((offset) => offset > 200 && offset < nearView)).toEqual([]);
    // The page holds the rows near the view, not every row above them.
    expect(await meetings.rows.count()).toBeLessThan(100);
    await app.screenshot('grid-scrolled-deep');
  });

  test('Ctrl+End reaches the last record and Ctrl+Home the first', async ({ app, demoArchive }) => {
    const visits = app.visits;
    await visits.waitForRows();
    const { rows } = await demoArchive.call('listRecords', {
      table: 'visits',
      offset: DEMO_VISITS - 1,
      limit: 1,
    });
    // The last record is known once the count is in: until then the end is the last row fetched.
    await expect(visits.count).toContainText(`${DEMO_VISITS} visits`);
    await visits.rowAt(0).getByRole('gridcell').first().focus();
    await app.page.keyboard.press('Control+End');
    const last = visits.rowAt(DEMO_VISITS - 1);
    await expect(last.getByRole('gridcell').last()).toBeFocused();
    await expect(last.getByRole('gridcell').first()).toHaveText(String(rows[0]?.title));
    await expect(last).toBeInViewport();

    await app.page.keyboard.press('Control+Home');
    await expect(visits.rowAt(0).getByRole('gridcell').first()).toBeFocused();
    await expect(visits.rowAt(0)).toBeInViewport();
  });

  test('arrows, Home, End and Page Down move the focused cell', async ({ app }) => {
    const visits = app.visits;
    await visits.waitForRows();
    const cell = (row: number, col: number) => visits.rowAt(row).getByRole('gridcell').nth(col);
    await cell(0, 0).focus();
    const keys = app.page.keyboard;
    await keys.press('ArrowRight');
    await expect(cell(0, 1)).toBeFocused();
    await keys.press('ArrowDown');
    await expect(cell(1, 1)).toBeFocused();
    await keys.press('End');
    await expect(cell(1, 7)).toBeFocused();
    await keys.press('Home');
    await expect(cell(1, 0)).toBeFocused();

    await keys.press('PageDown');
    const place = await visits.focusedCell.evaluate((td) =>
      Number(td.parentElement?.getAttribute('aria-rowindex')),
    );
    // A screenful of rows further, and still in view.
    expect(place - 3).toBeGreaterThan(10);
    await expect(visits.focusedCell).toBeInViewport();
    await keys.press('PageUp');
    await expect(cell(1, 0)).toBeFocused();

    // Up from the first row reaches the header row, whose sort buttons stay usable.
    await keys.press('ArrowUp');
    await keys.press('ArrowUp');
    const header = visits.columnHeader('Title').getByRole('button').first();
    await expect(header).toBeFocused();
    await keys.press('ArrowDown');
    await expect(cell(0, 0)).toBeFocused();

    // One tab stop: Tab leaves the grid rather than walking through its cells.
    await keys.press('Tab');
    await expect(visits.focusedCell).toHaveCount(0);
    await keys.press('Shift+Tab');
    await expect(cell(0, 0)).toBeFocused();
  });

  test('the focused cell stays with its record through a drag far and back', async ({
    app,
    demoArchive,
  }) => {
    const total = (await demoArchive.call('stats', {})).counts.meetings;
    await app.openSection('Meetings');
    const meetings = new RecordTablePage(app.page, 'Meetings');
    await meetings.waitForRows();
    // Until the count comes the grid is only as tall as the rows fetched, and a drag far stops at
    // their end.
    await expect(meetings.count).toHaveText(`${total.toLocaleString('en')} meetings`);
    const loaded = async (position: number) => {
      await expect(meetings.rowAt(position)).toBeInViewport();
      await expect(meetings.rowAt(position)).not.toHaveClass(/is-pending/);
    };
    const placeOfFocus = () =>
      meetings.focusedCell.evaluate((td) =>
        Number(td.parentElement?.getAttribute('aria-rowindex')),
      );
    const scrollTo = (row: number) =>
      meetings.scroller.evaluate((el, top) => el.scrollTo(0, top), row * 32);

    // A row away from the top, so that a scroll changes which records the rows in the page show.
    await scrollTo(40);
    await loaded(44);
    const chosen = meetings.rowAt(44).getByRole('gridcell').nth(2);
    const chosenText = await chosen.innerText();
    await chosen.focus();
    await expect(chosen).toBeFocused();

    // A few rows further the record is still in view, and its cell keeps the focus.
    await scrollTo(43);
    await loaded(47);
    await expect(meetings.focusedCell).toHaveCount(1);
    expect(await placeOfFocus()).toBe(46);
    await expect(meetings.focusedCell).toHaveText(chosenText);

    // Dragged far: the record left the page; no other record's cell holds the focus.
    await scrollTo(900);
    await loaded(905);
    await expect(meetings.focusedCell).toHaveCount(0);
    await expect(meetings.table.locator('tbody tr:focus-within')).toHaveCount(0);

    // And back: the record's own cell is the grid's one tab stop again.
    await scrollTo(38);
    await loaded(44);
    const stops = meetings.table.locator('tbody td[tabindex="0"]');
    await expect(stops).toHaveCount(1);
    expect(
      await stops.evaluate((td) => Number(td.parentElement?.getAttribute('aria-rowindex'))),
    ).toBe(46);
    await expect(stops).toHaveText(chosenText);
    await expect(meetings.rowAt(44).getByRole('gridcell').nth(2)).toHaveAttribute('tabindex', '0');
  });

  test('Enter opens the record and Escape returns the focus to its cell', async ({ app }) => {
    const visits = app.visits;
    await visits.waitForRows();
    await visits.rowAt(0).getByRole('gridcell').first().focus();
    await app.page.keyboard.press('PageDown');
    await app.page.keyboard.press('ArrowRight');
    const focused = visits.focusedCell;
    const place = await focused.evaluate((td) => td.parentElement?.getAttribute('aria-rowindex'));
    const row = visits.table.locator(`tbody tr[aria-rowindex="${place}"]`);
    const title = (await row.getByRole('gridcell').first().innerText()).trim();

    await app.page.keyboard.press('Enter');
    const panel = new VisitPanel(app.page, title);
    await expect(panel.dialog).toBeVisible();
    await panel.pressEscape();
    await expect(panel.dialog).toHaveCount(0);
    await expect(row.getByRole('gridcell').nth(1)).toBeFocused();
  });

  test('/ outside a text field focuses the search box', async ({ app }) => {
    const visits = app.visits;
    await visits.waitForRows();
    await visits.rowAt(2).getByRole('gridcell').first().focus();
    await app.page.keyboard.press('/');
    await expect(visits.searchBox).toBeFocused();
    await expect(visits.searchBox).toHaveValue('');
    // In the search box, / is a character like any other.
    await app.page.keyboard.type('a/b');
    await expect(visits.searchBox).toHaveValue('a/b');
  });

  test('the count follows the search', async ({ app, demoArchive }) => {
    const visits = app.visits;
    await expect(visits.count).toHaveText(`${DEMO_VISITS} visits`);
    const { count } = await demoArchive.call('countRecords', { table: 'visits', search: 'Almaty' });
    await visits.searchBox.fill('Almaty');
    await expect(visits.count).toHaveText(`${count} visit${count === 1 ? '' : 's'}`);
    await visits.searchBox.fill('qqqzzzxxx');
    await expect(visits.count).toHaveText('0 visits');
  });

  test('a slow search shows its progress; a new keystroke abandons it', async ({
    app,
    demoArchive,
  }) => {
    const visits = app.visits;
    await visits.waitForRows();
    // Hold the rows of one search, the way a slow archive would.
    const held: Route[] = [];
    await app.page.route('**/api/listRecords', async (route) => {
      const body = route.request().postDataJSON() as { search?: string };
      if (body.search === 'Almaty') held.push(route);
      else await route.continue();
    });
    const abandoned: string[] = [];
    app.page.on('requestfailed', (request) => {
      if (request.url().endsWith('/api/listRecords')) abandoned.push(request.postData() ?? '');
    });

    await visits.searchBox.fill('Almaty');
    const progress = app.page.getByRole('progressbar', { name: /^Searching… \d+\.\d s$/ });
    await expect(progress).toBeVisible();
    await expect(app.page.getByText(/^Searching… \d+\.\d s$/)).toBeVisible();
    await expect(app.page.getByRole('button', { name: 'Cancel' })).toBeVisible();
    await app.screenshot('grid-progress');

    await visits.searchBox.fill('Moscow');
    const { rows, total } = await demoArchive.call('listRecords', {
      table: 'visits',
      search: 'Moscow',
      limit: 1,
    });
    await expect(visits.count).toHaveText(`${total} visit${total === 1 ? '' : 's'}`);
    await expect(visits.rowAt(0).getByRole('gridcell').first()).toHaveText(String(rows[0]?.title));
    await expect(progress).toHaveCount(0);
    await expect.poll(() => abandoned.some((body) => body.includes('Almaty'))).toBe(true);
    // The abandoned answer, let through now, changes nothing.
    await Promise.all(held.map((route) => route.continue().catch(() => undefined)));
    await expect(visits.rowAt(0).getByRole('gridcell').first()).toHaveText(String(rows[0]?.title));
  });

  test('Cancel stops waiting for a slow search, and it can be asked again', async ({ app }) => {
    const visits = app.visits;
    await visits.waitForRows();
    let hold = true;
    const held: Route[] = [];
    await app.page.route('**/api/listRecords', async (route) => {
      if (hold) held.push(route);
      else await route.continue();
    });
    await visits.searchBox.fill('Almaty');
    await app.page.getByRole('button', { name: 'Cancel' }).click();
    await expect(
      app.page.getByText('The search was stopped before the archive answered.'),
    ).toBeVisible();
    hold = false;
    await Promise.all(held.map((route) => route.continue().catch(() => undefined)));
    await app.page.getByRole('button', { name: 'Search again' }).click();
    await expect(visits.rowAt(0).getByRole('gridcell').first()).toContainText(/\S/);
    await expect(visits.rowAt(0)).not.toHaveClass(/is-pending/);
  });
});

import type { Page } from '@playwright/test';
import { t } from '../i18n/messages.js';
import { expect, test } from './fixtures.js';
import { TableToolsPage } from './pages/TableToolsPage.js';

/** Typing at a person's pace: a key every 120 ms, slower than a burst, faster than a pause. */
const NORMAL_TYPING = { delay: 120 };

/**
 * Every chip text the page shows from now on, however briefly, read back by `chipsSeen`: run in
 * the page as written, where the document is.
 */
const WATCH_CHIPS = `(() => {
  const seen = [];
  window.chipsSeen = seen;
  const note = () => {
    const list = document.querySelector('[aria-label="Active filters"]');
    for (const chip of list ? list.querySelectorAll('li') : []) seen.push(chip.textContent);
  };
  new MutationObserver(note).observe(document.body, {
    childList: true,
    subtree: true,
    characterData: true,
  });
})()`;

const watchChips = (page: Page) => page.evaluate(WATCH_CHIPS);
const chipsSeen = (page: Page) => page.evaluate('window.chipsSeen') as Promise<string[]>;

test.describe('a filter applies only what is complete and valid', () => {
  test('a month 13 typed at a normal pace never becomes a chip, and the message is true', async ({
    app,
    demoArchive,
  }) => {
    const visits = new TableToolsPage(app.page, 'Visits');
    const total = (await demoArchive.call('countRecords', { table: 'visits' })).count;
    const panel = await visits.openFilter('End date');
    await watchChips(app.page);
    await panel.getByLabel('From').pressSequentially('2023-13', NORMAL_TYPING);
    await expect(panel.getByRole('alert')).toContainText('Nothing was filtered');
    await expect(visits.chipList).toBeHidden();
    await expect(visits.count).toHaveText(`${total.toLocaleString('en')} visits`);
    // The whole year is applied with its fourth key; a month 13 never is.
    const seen = await chipsSeen(app.page);
    expect(seen.filter((chip) => chip !== 'End date: 2023 – …×')).toEqual([]);
    await app.screenshot('ui14-date-filter-refused');
  });

  test('a whole year applies with its last key, and the month begun after it waits', async ({
    app,
    demoArchive,
  }) => {
    const visits = new TableToolsPage(app.page, 'Visits');
    const panel = await visits.openFilter('End date');
    // Typed at a person's pace, the year never stands as long as the field's pause.
    await panel.getByLabel('From').pressSequentially('2022-0', NORMAL_TYPING);
    await expect(visits.chips).toHaveText(['End date: 2022 – …×']);
    await expect(panel.getByText(t('filter.dateIncomplete'))).toBeVisible();
    await expect(panel.getByRole('alert')).toHaveCount(0);
    const where = [{ field: 'end_date', op: 'after' as const, value: '2021' }];
    const { count } = await demoArchive.call('countRecords', { table: 'visits', where });
    await expect(visits.count).toHaveText(t('grid.count.visits', { count }));
    await app.screenshot('typing8-date-year-at-once');
  });

  test('a year typed and Done pressed at once keeps the filter', async ({ app }) => {
    const visits = new TableToolsPage(app.page, 'Visits');
    const panel = await visits.openFilter('End date');
    await panel.getByLabel('From').pressSequentially('2022', NORMAL_TYPING);
    await panel.getByRole('button', { name: 'Done' }).click();
    await expect(panel).toBeHidden();
    await expect(visits.chips).toHaveText(['End date: 2022 – …×']);
  });

  test('clearing the field and pressing Escape removes what was applied', async ({ app }) => {
    const visits = new TableToolsPage(app.page, 'Visits');
    const panel = await visits.openFilter('End date');
    await panel.getByLabel('From').pressSequentially('2022', NORMAL_TYPING);
    await expect(visits.chips).toHaveText(['End date: 2022 – …×']);
    await panel.getByLabel('From').press('Control+a');
    await panel.getByLabel('From').press('Backspace');
    await app.page.keyboard.press('Escape');
    await expect(panel).toBeHidden();
    await expect(visits.chipList).toBeHidden();
  });

  test('words typed in a text filter and Done pressed at once are applied, and Escape after clearing removes them', async ({
    app,
  }) => {
    const visits = new TableToolsPage(app.page, 'Visits');
    let panel = await visits.openFilter('City');
    await panel.getByLabel('Text').fill('Ast');
    await panel.getByRole('button', { name: 'Done' }).click();
    await expect(panel).toBeHidden();
    await expect(visits.chips).toHaveText(['City: contains “Ast”×']);

    panel = await visits.openFilter('City');
    await panel.getByLabel('Text').fill('');
    await app.page.keyboard.press('Escape');
    await expect(panel).toBeHidden();
    await expect(visits.chipList).toBeHidden();
  });
});

test.describe('a year typed key by key', () => {
  test("ends in that year's rows and count, and so does the next year typed over it", async ({
    app,
    demoArchive,
  }) => {
    await app.openSection('Meetings');
    const meetings = new TableToolsPage(app.page, 'Meetings');
    await meetings.waitForRows();
    const panel = await meetings.openFilter('Date');
    const from = panel.getByLabel('From');
    // The second year is typed over the first as soon as the first one's rows are shown, while
    // the first query's count may still be on its way.
    for (const year of ['2021', '2019', '2023']) {
      await from.press('ControlOrMeta+a');
      await from.pressSequentially(year, NORMAL_TYPING);
      const where = [{ field: 'date', op: 'after' as const, value: String(Number(year) - 1) }];
      const { count } = await demoArchive.call('countRecords', { table: 'meetings', where });
      expect(count).toBeGreaterThan(0);
      await expect(meetings.chips).toHaveText([`Date: ${year} – …×`]);
      await expect(meetings.count).toHaveText(t('grid.count.meetings', { count }));
      const years = (await meetings.columnTexts('Date')).map((d) => Number(d.match(/\d{4}/)?.[0]));
      expect(years.length).toBeGreaterThan(0);
      expect(years.every((y) => y >= Number(year))).toBe(true);
    }
    await app.screenshot('speed3-date-typed-by-key');
  });

  test('a pause inside a year says what is missing and changes nothing', async ({
    app,
    demoArchive,
  }) => {
    await app.openSection('Meetings');
    const meetings = new TableToolsPage(app.page, 'Meetings');
    const panel = await meetings.openFilter('Date');
    const from = panel.getByLabel('From');
    await from.pressSequentially('2021', NORMAL_TYPING);
    await expect(meetings.chips).toHaveText(['Date: 2021 – …×']);
    const where = [{ field: 'date', op: 'after' as const, value: '2020' }];
    const { count } = await demoArchive.call('countRecords', { table: 'meetings', where });
    await expect(meetings.count).toHaveText(t('grid.count.meetings', { count }));
    await watchChips(app.page);

    // "20" of the next year, then a pause longer than the field's.
    await from.press('ControlOrMeta+a');
    await from.pressSequentially('20', NORMAL_TYPING);
    await expect(panel.getByText(t('filter.dateIncomplete'))).toBeVisible();
    await expect(from).not.toHaveAttribute('aria-invalid');
    await expect(panel.getByRole('alert')).toHaveCount(0);
    await expect(meetings.chips).toHaveText(['Date: 2021 – …×']);
    await expect(meetings.count).toHaveText(t('grid.count.meetings', { count }));
    expect((await chipsSeen(app.page)).every((chip) => chip === 'Date: 2021 – …×')).toBe(true);
    await app.screenshot('speed3-date-incomplete');

    // The rest of the year applies it; a wrong one still says so and filters nothing.
    await from.pressSequentially('19', NORMAL_TYPING);
    await expect(meetings.chips).toHaveText(['Date: 2019 – …×']);
    await from.press('ControlOrMeta+a');
    await from.pressSequentially('2019-13', NORMAL_TYPING);
    await expect(panel.getByRole('alert')).toContainText(t('filter.badDate'));
    await expect(meetings.chipList).toBeHidden();
  });
});

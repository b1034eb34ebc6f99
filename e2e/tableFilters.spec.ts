import type { Filter, Query } from '../db/api.js';
import { t } from '../i18n/messages.js';
import { countryName } from '../renderer/countryName.js';
import { formatDate } from '../renderer/formatDate.js';
import type { ArchiveServer } from './archiveServer.js';
import { expect, test } from './fixtures.js';
import { TableToolsPage } from './pages/TableToolsPage.js';

/** Runs in the Russian project too: its words come from the catalog. */
const RU = { tag: '@ru' };

/** What the count above a table says for `n` records. */
function countText(
  table: 'visits' | 'meetings' | 'people' | 'organisations' | 'events',
  n: number,
): string {
  return t(`grid.count.${table}`, { count: n });
}

/** A filter's chip as it reads, with the × of its remove button. */
const chip = (field: string, value: string) =>
  `${t('filter.chip', { label: t(`field.${field}` as 'field.city'), value })}×`;

async function archiveCount(archive: ArchiveServer, query: Query): Promise<number> {
  return (await archive.call('countRecords', query)).count;
}

test.describe('filtering a table by its columns', () => {
  test('a text filter keeps the rows whose column contains the words, after a pause', async ({
    app,
    demoArchive,
  }) => {
    const visits = new TableToolsPage(app.page, 'Visits');
    const { rows } = await demoArchive.call('listRecords', { table: 'visits', limit: 1 });
    const city = String(rows[0]?.city);
    const part = city.slice(0, 4);
    const panel = await visits.openFilter('City');
    await panel.getByLabel('Text').fill(part);
    await expect(visits.chips).toHaveText([`City: contains “${part}”×`]);
    const where: Filter[] = [{ field: 'city', op: 'contains', value: part }];
    await expect(visits.count).toHaveText(
      countText('visits', await archiveCount(demoArchive, { table: 'visits', where })),
    );
    for (const shown of await visits.columnTexts('City')) {
      expect(shown.toLowerCase()).toContain(part.toLowerCase());
    }
    await visits.closeFilter('City');
    await expect(visits.filterButton('City')).toBeFocused();
  });

  test(
    'a date range takes partial dates, and refuses a month 13 beside the field',
    RU,
    async ({ app, demoArchive, language }) => {
      const visits = new TableToolsPage(app.page, t('visits.title'));
      const label = t('field.start_date');
      const panel = await visits.openFilter(label);
      const from = panel.getByLabel(t('filter.from'), { exact: true });
      await from.fill('2023-13');
      await expect(panel.getByRole('alert')).toContainText('2023-09-19');
      await expect(from).toHaveAttribute('aria-invalid', 'true');
      await expect(visits.chipList).toBeHidden();

      await from.fill('2021');
      const openEnd = t('filter.openEnd');
      await expect(visits.chips).toHaveText([
        chip('start_date', t('dates.range', { from: '2021', to: openEnd })),
      ]);
      await expect(panel.getByRole('alert')).toBeHidden();
      const from2021 = await archiveCount(demoArchive, {
        table: 'visits',
        where: [{ field: 'start_date', op: 'after', value: '2020' }],
      });
      await expect(visits.count).toHaveText(countText('visits', from2021));
      for (const shown of await visits.columnTexts(label)) {
        expect(Number(/\d{4}/.exec(shown)?.[0])).toBeGreaterThanOrEqual(2021);
      }

      await panel.getByLabel(t('filter.to'), { exact: true }).fill('2023-09');
      await expect(visits.chips).toHaveText([
        chip('start_date', t('dates.range', { from: '2021', to: formatDate('2023-09') })),
      ]);
      const between = await archiveCount(demoArchive, {
        table: 'visits',
        where: [{ field: 'start_date', op: 'between', value: ['2021', '2023-09'] }],
      });
      await expect(visits.count).toHaveText(countText('visits', between));
      await app.screenshot(`table-filter-date-${language}`);
    },
  );

  test('countries are picked by name, several at once', RU, async ({ app, language }) => {
    const visits = new TableToolsPage(app.page, t('visits.title'));
    const label = t('field.country');
    const [russia, kazakhstan] = [countryName('RU'), countryName('KZ')];
    const panel = await visits.openFilter(label);
    const find = panel.getByLabel(t('filter.findCountry'));
    await find.fill(russia.slice(0, 4));
    await panel.getByRole('checkbox', { name: russia, exact: true }).check();
    await find.fill(kazakhstan.slice(0, 3));
    await panel.getByRole('checkbox', { name: kazakhstan, exact: true }).check();
    await expect(visits.chips).toHaveText([chip('country', `${russia}, ${kazakhstan}`)]);
    await app.screenshot(`table-filter-country-${language}`);
    await visits.closeFilter(label);
    const shown = await visits.columnTexts(label);
    expect(shown.length).toBeGreaterThan(0);
    expect(new Set(shown)).toEqual(new Set([russia, kazakhstan]));
  });

  test('a status is picked from its checkboxes', async ({ app, demoArchive }) => {
    const visits = new TableToolsPage(app.page, 'Visits');
    const panel = await visits.openFilter('Status');
    await panel.getByRole('checkbox', { name: 'Cancelled' }).check();
    await expect(visits.chips).toHaveText(['Status: Cancelled×']);
    const cancelled = await archiveCount(demoArchive, {
      table: 'visits',
      where: [{ field: 'status', op: 'in', value: ['cancelled'] }],
    });
    await expect(visits.count).toHaveText(countText('visits', cancelled));
    expect(new Set(await visits.columnTexts('Status'))).toEqual(new Set(['Cancelled']));
  });

  test('a traveller is found by typing part of the name, and the chip names them', async ({
    app,
    demoArchive,
  }) => {
    const { rows } = await demoArchive.call('listRecords', {
      table: 'visits',
      columns: ['traveller_id', 'traveller'],
      limit: 1,
    });
    const name = String(rows[0]?.traveller);
    const visits = new TableToolsPage(app.page, 'Visits');
    const panel = await visits.openFilter('Traveller');
    const picker = panel.getByRole('combobox', { name: 'Find Traveller' });
    await picker.fill(name.split(' ')[0]!.slice(0, 4));
    await panel
      .getByRole('option', { name: new RegExp(name) })
      .first()
      .click();
    await expect(visits.chips).toHaveText([`Traveller: ${name}×`]);
    await expect(panel.getByRole('list', { name: 'Chosen' })).toContainText(name);
    await app.screenshot('table-filter-traveller');
    const count = await archiveCount(demoArchive, {
      table: 'visits',
      where: [{ field: 'traveller_id', op: 'in', value: [String(rows[0]?.traveller_id)] }],
    });
    await expect(visits.count).toHaveText(countText('visits', count));
    expect(new Set(await visits.columnTexts('Traveller'))).toEqual(new Set([name]));
  });

  test('"is empty" keeps the records without a value', async ({ app, demoArchive }) => {
    await app.openSection('People');
    const people = new TableToolsPage(app.page, 'People');
    const panel = await people.openFilter('Honorific');
    await panel.getByLabel('Condition').selectOption({ label: 'is empty' });
    await expect(people.chips).toHaveText(['Honorific: empty×']);
    const empty = await archiveCount(demoArchive, {
      table: 'people',
      where: [{ field: 'honorific', op: 'empty' }],
    });
    expect(empty).toBeGreaterThan(0);
    await expect(people.count).toHaveText(countText('people', empty));
    expect(new Set(await people.columnTexts('Honorific'))).toEqual(new Set(['']));
  });

  test('filters and the search combine; a chip removes its filter; all can be cleared', async ({
    app,
    demoArchive,
  }) => {
    const visits = new TableToolsPage(app.page, 'Visits');
    const country = await visits.openFilter('Country');
    await country.getByLabel('Find a country').fill('kyrg');
    await country.getByRole('checkbox', { name: 'Kyrgyzstan' }).check();
    await visits.closeFilter('Country');
    const status = await visits.openFilter('Status');
    await status.getByRole('checkbox', { name: 'Completed' }).check();
    await visits.closeFilter('Status');
    await visits.searchBox.fill('official');

    const where: Filter[] = [
      { field: 'country', op: 'in', value: ['KG'] },
      { field: 'status', op: 'in', value: ['completed'] },
    ];
    const all = await archiveCount(demoArchive, { table: 'visits', where, search: 'official' });
    expect(all).toBeGreaterThan(0);
    await expect(visits.count).toHaveText(countText('visits', all));
    await expect(visits.chips).toHaveText(['Country: Kyrgyzstan×', 'Status: Completed×']);
    await app.screenshot('table-filter-chips');

    await visits.removeChipButton('Country: Kyrgyzstan').click();
    await expect(visits.chips).toHaveText(['Status: Completed×']);
    await expect(visits.removeChipButton('Status: Completed')).toBeFocused();
    const withoutCountry = await archiveCount(demoArchive, {
      table: 'visits',
      where: where.slice(1),
      search: 'official',
    });
    await expect(visits.count).toHaveText(countText('visits', withoutCountry));

    await visits.clearAllButton.click();
    await expect(visits.chipList).toBeHidden();
    const searchOnly = await archiveCount(demoArchive, { table: 'visits', search: 'official' });
    await expect(visits.count).toHaveText(countText('visits', searchOnly));
    await expect(visits.searchBox).toHaveValue('official');
  });

  test('the other tables filter by their linked records, emptiness and status too', async ({
    app,
    demoArchive,
  }) => {
    await app.openSection('Meetings');
    const meetings = new TableToolsPage(app.page, 'Meetings');
    // A visit with meetings whose title no other visit has, so that its name tells it apart.
    const { rows: all } = await demoArchive.call('listRecords', {
      table: 'visits',
      columns: ['id', 'title', 'meeting_count'],
      limit: 1000,
    });
    const titles = all.map((v) => v.title);
    const chosen = all.find(
      (v) => Number(v.meeting_count) > 0 && titles.indexOf(v.title) === titles.lastIndexOf(v.title),
    );
    const visit = String(chosen?.title);
    const panel = await meetings.openFilter('Visit');
    await panel.getByRole('combobox', { name: 'Find Visit' }).fill(visit);
    await panel
      .getByRole('option', { name: new RegExp(`^${visit}`) })
      .first()
      .click();
    await expect(meetings.chips).toHaveText([`Visit: ${visit}×`]);
    const ofVisit = await archiveCount(demoArchive, {
      table: 'meetings',
      where: [{ field: 'visit_id', op: 'in', value: [String(chosen?.id)] }],
    });
    await expect(meetings.count).toHaveText(countText('meetings', ofVisit));
    await app.screenshot('table-filter-meetings');
    await meetings.closeFilter('Visit');

    await app.openSection('Organisations');
    const organisations = new TableToolsPage(app.page, 'Organisations');
    const parent = await organisations.openFilter('Part of');
    await parent.getByLabel('Condition').selectOption({ label: 'is not empty' });
    await expect(organisations.chips).toHaveText(['Part of: not empty×']);
    const departments = await archiveCount(demoArchive, {
      table: 'organisations',
      where: [{ field: 'parent_id', op: 'notEmpty' }],
    });
    await expect(organisations.count).toHaveText(countText('organisations', departments));
    expect(await organisations.columnTexts('Part of')).not.toContain('');
    await app.screenshot('table-filter-organisations');
    await organisations.closeFilter('Part of');

    await app.openSection('Events');
    const events = new TableToolsPage(app.page, 'Events');
    const status = await events.openFilter('Status');
    await status.getByRole('checkbox', { name: 'Held' }).check();
    const held = await archiveCount(demoArchive, {
      table: 'events',
      where: [{ field: 'status', op: 'in', value: ['held'] }],
    });
    await expect(events.count).toHaveText(countText('events', held));
    await app.screenshot('table-filter-events');
    await events.closeFilter('Status');

    // Each table keeps its own filters while the user looks at another.
    await app.openSection('Meetings');
    await expect(meetings.chips).toHaveText([`Visit: ${visit}×`]);
  });
});

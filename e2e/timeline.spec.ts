import fs from 'node:fs';
import type { Filter, Query } from '../db/api.js';
import type { ArchiveServer } from './archiveServer.js';
import { t } from '../i18n/messages.js';
import { countryName } from '../renderer/countryName.js';
import { DEMO_VISITS, expect, test } from './fixtures.js';
import { ChangeControls } from './pages/ChangeControls.js';
import { RecordTablePage } from './pages/RecordTablePage.js';
import { TableToolsPage } from './pages/TableToolsPage.js';
import { TimelinePage } from './pages/TimelinePage.js';
import { VisitPanel } from './pages/VisitPanel.js';

/** The timeline's Central Asia, as the Visits table's country filter writes it. */
const CENTRAL_ASIA = ['Kazakhstan', 'Kyrgyzstan', 'Tajikistan', 'Turkmenistan', 'Uzbekistan'];
const CENTRAL_ASIA_CODES = ['KZ', 'KG', 'TJ', 'TM', 'UZ'];

/** The titles of the visits a query matches, sorted, as the archive answers them. */
async function titles(archive: ArchiveServer, query: Omit<Query, 'table'>): Promise<string[]> {
  const { rows } = await archive.call('listRecords', {
    ...query,
    table: 'visits',
    columns: ['title'],
    limit: 1000,
  });
  return rows.map((row) => String(row.title)).sort();
}

/** The titles of the visits listed under the picture, sorted. */
async function listedTitles(timeline: TimelinePage): Promise<string[]> {
  const texts = await timeline.items.getByRole('button').allInnerTexts();
  return texts.map((text) => text.split(' · ')[0]!.trim()).sort();
}

/** Runs in the Russian project too: its words come from the catalog. */
const RU = { tag: '@ru' };

const visitsText = (n: number) => `${n} ${n === 1 ? 'visit' : 'visits'}`;

test.describe('timeline', () => {
  test('draws the demo visits as bars in lanes of each mode', RU, async ({ app, language }) => {
    await app.openSection(t('nav.timeline'));
    const timeline = new TimelinePage(app.page);
    await expect(timeline.count).toHaveText(t('timeline.count', { count: DEMO_VISITS }));
    await expect(timeline.items.first()).toBeVisible();
    await expect.poll(() => timeline.laneNames()).toContain(countryName('KZ'));
    await timeline.screenshot(`timeline-lanes-country-${language}`);

    const centralAsia = t('timeline.region.central');
    await timeline.lanes.selectOption({ label: t('timeline.lanes.region') });
    await expect.poll(() => timeline.laneNames()).toContain(centralAsia);
    await timeline.screenshot('timeline-lanes-region');

    await timeline.lanes.selectOption({ label: t('timeline.lanes.traveller') });
    await expect.poll(() => timeline.laneNames()).not.toContain(centralAsia);
    await timeline.screenshot('timeline-lanes-traveller');

    await timeline.lanes.selectOption({ label: t('timeline.lanes.one') });
    await expect.poll(() => timeline.laneNames()).toEqual([t('timeline.lane.all')]);
    await timeline.screenshot('timeline-lanes-one');
  });

  test('counts asked before the timeline opens follow a visit moved to the trash', async ({
    app,
  }) => {
    // The window asks the timeline's counts while idle; a change made after must not show the old.
    await app.page.waitForLoadState('networkidle');
    const visits = new RecordTablePage(app.page, 'Visits');
    const title = await visits.firstCell(0);
    await visits.rows.nth(0).click();
    const panel = app.page.getByRole('dialog', { name: title });
    await panel.getByRole('button', { name: 'Delete…' }).click();
    await app.page
      .getByRole('dialog', { name: `Move “${title}” to the trash?` })
      .getByRole('button', { name: 'Move to the trash' })
      .click();
    await expect(visits.rows.filter({ hasText: title })).toHaveCount(0);

    await app.openSection('Timeline');
    const timeline = new TimelinePage(app.page);
    await expect(timeline.count).toHaveText(`${DEMO_VISITS - 1} visits on the timeline.`);

    // The archive is shared with the tests that follow: the visit comes back, and so does its count.
    await new ChangeControls(app.page).undoButton.click();
    await expect(timeline.count).toHaveText(`${DEMO_VISITS} visits on the timeline.`);
  });

  test('zooms and moves by keyboard, and the axis labels follow', async ({ app }) => {
    await app.openSection('Timeline');
    const timeline = new TimelinePage(app.page);
    await expect(timeline.axis).toHaveText(/^\d{4}(, \d{4})+$/);
    const years = await timeline.axis.textContent();
    await timeline.screenshot('timeline-zoom-years');

    await timeline.press('+', 4);
    await expect(timeline.axis).toHaveText(/[A-Z][a-z]{2} \d{4}/);
    await timeline.screenshot('timeline-zoom-months');

    await timeline.press('ArrowRight');
    await timeline.press('-');
    await timeline.press('+', 5);
    await expect(timeline.axis).toHaveText(/\b\d{1,2} [A-Z][a-z]{2} \d{4}/);
    // Days apart, most weeks hold no visit: move on until one is in view, for the picture. The
    // list is drawn with the axis, and press() waited for the axis: it is this view's list.
    const shown = async () => (await timeline.items.count()) > 0;
    for (let i = 0; i < 30 && !(await shown()); i++) await timeline.press('ArrowRight');
    await expect(timeline.items.first()).toBeVisible();
    await timeline.screenshot('timeline-zoom-days');

    await timeline.fit.click();
    await expect(timeline.axis).toHaveText(years ?? '');
  });

  test('shares its search with the Visits table, both ways', async ({ app }) => {
    await app.visits.searchBox.fill('Almaty');
    await expect(app.visits.rows.first()).toContainText('Almaty');
    await expect(app.visits.count).toHaveText(/^\d+ visits?$/);
    const total = await app.visits.count.textContent();
    const matches = Number(/^(\d+)/.exec(total ?? '')?.[1]);

    await app.openSection('Timeline');
    const timeline = new TimelinePage(app.page);
    await expect(timeline.searchBox).toHaveValue('Almaty');
    await expect(timeline.count).toHaveText(new RegExp(`^${matches} visits? on the timeline\\.$`));
    await expect(app.page.getByText('Visits where the text matches “Almaty”.')).toBeVisible();

    await timeline.searchBox.fill('');
    await expect(timeline.count).toHaveText(`${DEMO_VISITS} visits on the timeline.`);
    await app.openSection('Visits');
    await expect(app.visits.searchBox).toHaveValue('');
    await expect(app.visits.count).toHaveText(`${DEMO_VISITS} visits`);
  });

  test("shows the Visits table's filters: its count and its bars, in the export too", async ({
    app,
    demoArchive,
  }) => {
    const visits = new TableToolsPage(app.page, 'Visits');
    const country = await visits.openFilter('Country');
    for (const name of CENTRAL_ASIA) {
      await country.getByLabel('Find a country').fill(name.slice(0, 5));
      await country.getByRole('checkbox', { name }).check();
    }
    await visits.closeFilter('Country');
    const start = await visits.openFilter('Start date');
    await start.getByLabel('From').fill('2021');
    await start.getByLabel('To').fill('2023');
    // A date range applies once both its dates are whole, as its chip shows.
    await expect(visits.chips.filter({ hasText: 'Start date: 2021 – 2023' })).toHaveCount(1);
    await visits.closeFilter('Start date');
    await visits.searchBox.fill('connectivity');
    const where: Filter[] = [
      { field: 'country', op: 'in', value: CENTRAL_ASIA_CODES },
      { field: 'start_date', op: 'between', value: ['2021', '2023'] },
    ];
    const expected = await titles(demoArchive, { where, search: 'connectivity' });
    expect(expected.length).toBeGreaterThan(0);
    await expect(visits.count).toHaveText(visitsText(expected.length));

    await app.openSection('Timeline');
    const timeline = new TimelinePage(app.page);
    await expect(timeline.count).toHaveText(`${visitsText(expected.length)} on the timeline.`);
    // Countries ticked in the table are the Country filter, not a region chosen on the timeline.
    await expect(timeline.region).toHaveValue('');
    await expect(timeline.searchBox).toHaveValue('connectivity');
    await expect.poll(() => listedTitles(timeline)).toEqual(expected);
    await timeline.screenshot('timeline-filtered');

    await timeline.lanes.selectOption({ label: 'By region' });
    await expect.poll(() => timeline.laneNames()).toEqual(['Central Asia']);
    const [download] = await Promise.all([
      app.page.waitForEvent('download'),
      timeline.exportSvg.click(),
    ]);
    await download.saveAs('e2e/output/timeline-export-filtered.svg');
    const svg = fs.readFileSync('e2e/output/timeline-export-filtered.svg', 'utf8');
    expect(svg).toContain('Visits where the text matches “connectivity” and Country is one of');
    expect(svg).toContain('Kazakhstan');
  });

  test('filters set on the timeline apply in the Visits table, and clear there too', async ({
    app,
    demoArchive,
  }) => {
    await app.openSection('Timeline');
    const timeline = new TimelinePage(app.page);
    await timeline.region.selectOption({ label: 'Central Asia' });
    const where: Filter[] = [{ field: 'country', op: 'in', value: CENTRAL_ASIA_CODES }];
    const expected = await titles(demoArchive, { where });
    await expect(timeline.count).toHaveText(`${visitsText(expected.length)} on the timeline.`);
    await timeline.lanes.selectOption({ label: 'By region' });
    await expect.poll(() => timeline.laneNames()).toEqual(['Central Asia']);
    await timeline.screenshot('timeline-region-filter');

    await app.openSection('Visits');
    const visits = new TableToolsPage(app.page, 'Visits');
    await expect(visits.chips).toHaveText(['Region: Central Asia×']);
    await expect(visits.count).toHaveText(visitsText(expected.length));
    for (const shown of await visits.columnTexts('Country')) expect(CENTRAL_ASIA).toContain(shown);

    await app.openSection('Timeline');
    await timeline.clearFilters.click();
    await expect(timeline.count).toHaveText(`${DEMO_VISITS} visits on the timeline.`);
    await expect(timeline.region).toHaveValue('');
    await app.openSection('Visits');
    await expect(visits.chipList).toBeHidden();
    await expect(visits.count).toHaveText(visitsText(DEMO_VISITS));
  });

  test('a click on a drawn visit opens that visit', async ({ app }) => {
    await app.openSection('Timeline');
    const timeline = new TimelinePage(app.page);
    await timeline.lanes.selectOption({ label: 'One lane' });
    await timeline.press('+', 6);
    const first = timeline.items.first();
    await expect(first).toBeVisible();
    const title = (await first.getByRole('button').textContent())?.split(' · ')[0] ?? '';
    await timeline.clickDrawn(0);
    const panel = new VisitPanel(app.page, title);
    await expect(panel.dialog).toBeVisible();
    await panel.pressEscape();

    await first.getByRole('button').click();
    await expect(panel.dialog).toBeVisible();
  });

  test('exports the view as PNG and SVG files', RU, async ({ app }) => {
    await app.openSection(t('nav.timeline'));
    const timeline = new TimelinePage(app.page);
    await expect(timeline.items.first()).toBeVisible();
    for (const [button, name] of [
      [timeline.exportPng, 'timeline-export.png'],
      [timeline.exportSvg, 'timeline-export.svg'],
    ] as const) {
      const [download] = await Promise.all([app.page.waitForEvent('download'), button.click()]);
      await download.saveAs(`e2e/output/${name}`);
    }
    const png = fs.readFileSync('e2e/output/timeline-export.png');
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    const svg = fs.readFileSync('e2e/output/timeline-export.svg', 'utf8');
    // The export's header and legend are in the interface's language.
    expect(svg).toContain(t('timeline.exportTitle'));
    expect(svg).toContain(t('timeline.filter.all'));
    expect(svg).toContain(t('timeline.legend.eventHeld'));
    expect(svg).toContain(t('timeline.legend.meeting').split(' (')[0]);
    expect(svg.match(/<rect [^>]*><title>/g)?.length).toBeGreaterThan(10);
  });
});

import fs from 'node:fs';
import { DEMO_VISITS, expect, test } from './fixtures.js';
import { TimelinePage } from './pages/TimelinePage.js';
import { VisitPanel } from './pages/VisitPanel.js';

test.describe('timeline', () => {
  test('draws the demo visits as bars in lanes of each mode', async ({ app }) => {
    await app.openSection('Timeline');
    const timeline = new TimelinePage(app.page);
    await expect(timeline.count).toHaveText(`${DEMO_VISITS} visits on the timeline.`);
    await expect(timeline.items.first()).toBeVisible();
    expect(await timeline.laneNames()).toContain('Kazakhstan');
    await timeline.screenshot('timeline-lanes-country');

    await timeline.lanes.selectOption({ label: 'By region' });
    await expect.poll(() => timeline.laneNames()).toContain('Central Asia');
    await timeline.screenshot('timeline-lanes-region');

    await timeline.lanes.selectOption({ label: 'By traveller' });
    await expect.poll(() => timeline.laneNames()).not.toContain('Central Asia');
    await timeline.screenshot('timeline-lanes-traveller');

    await timeline.lanes.selectOption({ label: 'One lane' });
    await expect.poll(() => timeline.laneNames()).toEqual(['All visits']);
    await timeline.screenshot('timeline-lanes-one');
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

  test('exports the view as PNG and SVG files', async ({ app }) => {
    await app.openSection('Timeline');
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
    expect(svg).toContain('Secretariat visits: timeline');
    expect(svg).toContain('All visits.');
    expect(svg).toContain('Event held');
    expect(svg.match(/<rect [^>]*><title>/g)?.length).toBeGreaterThan(10);
  });
});

import { expect, test } from './fixtures.js';
import { TableToolsPage } from './pages/TableToolsPage.js';
import { TimelinePage } from './pages/TimelinePage.js';

test('a region chosen on the timeline narrows within the Country filter, as its own chip in both views', async ({
  app,
}) => {
  const visits = new TableToolsPage(app.page, 'Visits');
  const country = await visits.openFilter('Country');
  await country.getByLabel('Find a country').fill('russ');
  await country.getByRole('checkbox', { name: 'Russia' }).check();
  await visits.closeFilter('Country');
  await expect(visits.chips).toHaveText(['Country: Russia×']);

  await app.openSection('Timeline');
  const timeline = new TimelinePage(app.page);
  const panel = app.page.getByRole('tabpanel', { name: 'Timeline' });
  const chips = panel.getByRole('list', { name: 'Active filters' }).getByRole('listitem');
  await expect(chips).toHaveText(['Country: Russia×']);
  await timeline.region.selectOption({ label: 'Central Asia' });
  await expect(chips).toHaveText(['Country: Russia×', 'Region: Central Asia×']);
  // Russia is not in Central Asia: nothing is in both, and the timeline says so.
  await expect(panel).toContainText('No dated visit matches these filters.');
  await timeline.screenshot('ui14-timeline-region');

  await app.openSection('Visits');
  await expect(visits.chips).toHaveText(['Country: Russia×', 'Region: Central Asia×']);
  await expect(visits.count).toHaveText('0 visits');
  await app.screenshot('ui14-visits-region');
  await visits.removeChipButton('Region: Central Asia').click();
  await expect(visits.chips).toHaveText(['Country: Russia×']);
  for (const shown of await visits.columnTexts('Country')) expect(shown).toBe('Russia');
  await app.openSection('Timeline');
  await expect(timeline.region).toHaveValue('');
});

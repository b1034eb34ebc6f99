import { expect, test } from './fixtures.js';
import { TableToolsPage } from './pages/TableToolsPage.js';

test.describe('the grid is within reach and its headers are read whole', () => {
  test('from page load, a skip link reaches the grid in two keys', async ({ app }) => {
    await app.page.reload();
    await app.visits.waitForRows();
    const grid = app.page.getByRole('grid', { name: 'Visits' });
    await app.page.keyboard.press('Tab');
    await expect(app.page.getByRole('link', { name: 'Skip to the table' })).toBeFocused();
    await app.page.screenshot({ path: 'e2e/output/ui14-skip-link.png' });
    await app.page.keyboard.press('Enter');
    await expect(grid.locator(':focus')).toHaveCount(1);
    await expect(grid.getByRole('gridcell').first()).toBeFocused();
  });

  test('at 1440 px no header is cut, and Title does not take half the width', async ({ app }) => {
    await app.page.setViewportSize({ width: 1440, height: 900 });
    for (const section of ['Visits', 'Meetings', 'People', 'Organisations', 'Events']) {
      await app.openSection(section);
      const table = new TableToolsPage(app.page, section);
      await table.waitForRows();
      const cut = await table.table
        .locator('thead .sort-label')
        .evaluateAll((labels) =>
          labels
            .filter((label) => label.scrollWidth > label.clientWidth)
            .map((label) => label.textContent),
        );
      expect(cut, section).toEqual([]);
    }
    await app.openSection('Visits');
    const visits = new TableToolsPage(app.page, 'Visits');
    const title = await visits.header('Title').evaluate((th) => th.getBoundingClientRect().width);
    const whole = await visits.table.evaluate((table) => table.getBoundingClientRect().width);
    expect(title / whole).toBeLessThan(0.4);
    await app.screenshot('ui14-grid-1440');
  });
});

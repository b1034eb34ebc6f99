import { expect, test } from './fixtures.js';
import { TableToolsPage } from './pages/TableToolsPage.js';

test.describe('a country typed in any common form', () => {
  test('the Country filter finds names of several words, other English forms and Russian names', async ({
    app,
  }) => {
    const visits = new TableToolsPage(app.page, 'Visits');
    const panel = await visits.openFilter('Country');
    const find = panel.getByLabel('Find a country');
    const boxes = panel.getByRole('checkbox');
    for (const [typed, name] of [
      ['United Arab', 'United Arab Emirates'],
      ['Sri Lanka', 'Sri Lanka'],
      ['Saudi Arabia', 'Saudi Arabia'],
      ['South Korea', 'South Korea'],
      ['Republic of Korea', 'South Korea'],
      ['Russian Federation', 'Russia'],
      ['Viet Nam', 'Vietnam'],
      ['UAE', 'United Arab Emirates'],
      ['Казахстан', 'Kazakhstan'],
    ]) {
      await find.fill(typed!);
      await expect(boxes.first(), typed).toHaveAccessibleName(name!);
    }
    await find.fill('Turkey');
    await expect(boxes.first()).toHaveAccessibleName(/^T[uü]rk/);
    await find.fill('Россия');
    await boxes.first().check();
    await expect(visits.chips).toHaveText(['Country: Russia×']);
    await app.page.mouse.move(0, 0);
    await app.page.screenshot({ path: 'e2e/output/find-country-filter.png' });
  });
});

import { DEMO_VISITS, expect, test } from './fixtures.js';
import { AppPage } from './pages/AppPage.js';

test.describe('a new archive', () => {
  test('offers demo records on first start and shows them once loaded', async ({
    page,
    emptyArchive,
  }) => {
    const app = new AppPage(page);
    await app.open(emptyArchive.url);
    await expect(app.welcomeHeading).toBeVisible();
    await expect(app.loadDemoButton).toBeEnabled();
    await expect(app.startEmptyButton).toBeEnabled();
    await expect(app.tab('Visits')).toHaveCount(0);
    // The token is taken out of the address bar once the page has it.
    expect(new URL(page.url()).searchParams.has('token')).toBe(false);
    await app.screenshot('welcome');

    await app.loadDemoButton.click();
    const visits = app.visits;
    await visits.waitForRows();
    await expect(visits.count).toHaveText(`${DEMO_VISITS} visits`);
    await expect(app.counts).toContainText(`${DEMO_VISITS} visits`);
    await expect(app.tab('Visits')).toHaveAttribute('aria-selected', 'true');
    await expect(app.welcomeHeading).toHaveCount(0);
    await expect(app.alert).toHaveCount(0);
    await app.screenshot('visits-demo');
  });

  test('can start empty: the table says there is nothing to show', async ({
    page,
    emptyArchive,
  }) => {
    const app = new AppPage(page);
    await app.open(emptyArchive.url);
    await app.startEmptyButton.click();
    await expect(app.visits.table).toBeVisible();
    await expect(app.visits.rows).toHaveCount(0);
    await expect(page.getByText('No records to show.')).toBeVisible();
    await expect(app.visits.count).toHaveText('0 visits');
    await expect(app.counts).toContainText('0 visits');
  });
});

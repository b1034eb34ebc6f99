import type { Query } from '../db/api.js';
import { expect, test } from './fixtures.js';
import { TableToolsPage } from './pages/TableToolsPage.js';

const visitsOf = (search: string): Query => ({ table: 'visits', search, limit: 1 });

test.describe('a person searched by another spelling', () => {
  test('finds the visits of their traveller and the meetings they took part in', async ({
    app,
    demoArchive,
  }) => {
    // The Secretary General is "Daniyar Sarsenov", also written "Данияр Сарсенов".
    const { total } = await demoArchive.call('listRecords', visitsOf('Sarsenov'));
    expect(total).toBeGreaterThan(0);
    const visits = new TableToolsPage(app.page, 'Visits');
    await visits.waitForRows();
    await visits.searchBox.fill('Сарсенов');
    await expect(visits.count).toHaveText(`${total} visit${total === 1 ? '' : 's'}`);
    await expect(visits.rowAt(0)).toContainText('Daniyar Sarsenov');

    const meetingsBy = { table: 'meetings', search: 'Sarsenov', limit: 1 } as const;
    const meetingCount = (await demoArchive.call('listRecords', meetingsBy)).total ?? 0;
    expect(meetingCount).toBeGreaterThan(0);
    await app.openSection('Meetings');
    const meetings = new TableToolsPage(app.page, 'Meetings');
    await meetings.waitForRows();
    // A transliteration nobody entered.
    await meetings.searchBox.fill('Sarsenow');
    await expect(meetings.count).toHaveText(
      `${meetingCount} meeting${meetingCount === 1 ? '' : 's'}`,
    );
    await meetings.waitForRows();
    await app.screenshot('find14-meetings-by-another-spelling');
  });
});

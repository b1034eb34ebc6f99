import { expect, test } from './fixtures.js';
import { RecordTablePage } from './pages/RecordTablePage.js';

const SECTIONS = [
  { tab: 'Meetings', table: 'meetings' },
  { tab: 'People', table: 'people' },
  { tab: 'Organisations', table: 'organisations' },
  { tab: 'Events', table: 'events' },
] as const;

for (const { tab, table } of SECTIONS) {
  test(`the ${tab} section lists every record and opens one`, async ({ app, demoArchive }) => {
    const stats = await demoArchive.call('stats', {});
    const total = stats.counts[table];
    expect(total).toBeGreaterThan(0);

    await app.openSection(tab);
    await expect(app.tab(tab)).toHaveAttribute('aria-selected', 'true');
    const section = new RecordTablePage(app.page, tab);
    await section.waitForRows();
    await expect(section.count).toHaveText(new RegExp(`^${total.toLocaleString('en')} [a-z]+$`));

    await section.rows.first().click();
    const dialog = app.page.getByRole('dialog');
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole('heading', { level: 2 })).not.toBeEmpty();
    await app.screenshot(`section-${table}`);
    await app.page.keyboard.press('Escape');
    await expect(dialog).toHaveCount(0);
  });
}

test('the section tabs follow the arrow keys', async ({ app }) => {
  await app.tab('Visits').focus();
  await app.page.keyboard.press('ArrowRight');
  await expect(app.tab('Meetings')).toBeFocused();
  await expect(app.tab('Meetings')).toHaveAttribute('aria-selected', 'true');
  await app.page.keyboard.press('ArrowLeft');
  await app.page.keyboard.press('ArrowLeft');
  await expect(app.tab('Backups')).toHaveAttribute('aria-selected', 'true');
});

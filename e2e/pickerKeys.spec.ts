import { expect, test } from './fixtures.js';
import { AppPage } from './pages/AppPage.js';
import { newRecord, openEmptyArchive } from './pages/RecordForm.js';

/**
 * A choice made with the keyboard (the Down arrow, then Enter) is the choice made: it stays in
 * its field while the user goes on in the form, and the record is saved with it.
 */
test.describe('choosing with the keyboard', () => {
  test('a country chosen with the Down arrow and Enter stays in its field and is saved', async ({
    page,
    emptyArchive,
  }) => {
    await openEmptyArchive(page, emptyArchive.url);
    const visit = await newRecord(page, 'New visit');
    await visit.fill('Title', 'Visit to Almaty');
    const country = visit.form.getByRole('combobox', { name: 'Country', exact: true });
    await country.fill('Kazak');
    await expect(page.getByRole('option', { name: 'Kazakhstan' })).toBeVisible();
    await country.press('ArrowDown');
    await expect(page.getByRole('option', { name: 'Kazakhstan' })).toHaveAttribute(
      'aria-selected',
      'true',
    );
    await country.press('Enter');
    await expect(country).toHaveValue('Kazakhstan');
    // The Down arrow opens the list again over the choice, and Escape closes it, keeping it.
    await country.press('ArrowDown');
    await expect(country).toHaveAttribute('aria-expanded', 'true');
    await expect(country).toHaveValue('Kazakhstan');
    await country.press('Escape');
    await expect(country).toHaveAttribute('aria-expanded', 'false');
    await country.press('Tab');
    await expect(country).not.toBeFocused();
    await expect(country).toHaveValue('Kazakhstan');
    await visit.save();
    await expect(page.getByRole('dialog', { name: 'Visit to Almaty' })).toContainText('Kazakhstan');
  });

  test('a person chosen with the Down arrow and Enter stays in a one-person field and is saved', async ({
    page,
    emptyArchive,
  }) => {
    await emptyArchive.call('saveRecord', { table: 'people', values: { name: 'Dana Serikova' } });
    const app = new AppPage(page);
    await app.open(emptyArchive.url);
    await app.openSection('Visits');
    const visit = await newRecord(page, 'New visit');
    await visit.fill('Title', 'Visit to Shymkent');
    const traveller = visit.form.getByRole('combobox', { name: 'Traveller', exact: true });
    await traveller.fill('Seriko');
    await expect(page.getByRole('option', { name: /Dana Serikova/ })).toBeVisible();
    await traveller.press('ArrowDown');
    await expect(page.getByRole('option', { name: /Dana Serikova/ })).toHaveAttribute(
      'aria-selected',
      'true',
    );
    await traveller.press('Enter');
    await expect(traveller).toHaveValue('Dana Serikova');
    await traveller.press('ArrowDown');
    await expect(traveller).toHaveAttribute('aria-expanded', 'true');
    await expect(traveller).toHaveValue('Dana Serikova');
    await traveller.press('Escape');
    await expect(traveller).toHaveAttribute('aria-expanded', 'false');
    await expect(traveller).toHaveValue('Dana Serikova');
    await traveller.press('Tab');
    await expect(traveller).not.toBeFocused();
    await expect(traveller).toHaveValue('Dana Serikova');
    await visit.save();
    await expect(page.getByRole('dialog', { name: 'Visit to Shymkent' })).toContainText(
      'Dana Serikova',
    );
  });
});

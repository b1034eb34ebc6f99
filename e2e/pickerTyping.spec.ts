import { expect, test } from './fixtures.js';
import { newRecord, openEmptyArchive } from './pages/RecordForm.js';

/**
 * A type-ahead field clicked and typed into at once, as a quick typist (or a busy machine) does:
 * the click's own work has run but the page has not drawn its outcome yet when the first letters
 * arrive. The list must stay open on what was typed, with the choice to create it.
 */
test('a name typed the moment a tag field is clicked keeps its list open, offering to create it', async ({
  page,
  emptyArchive,
}) => {
  await openEmptyArchive(page, emptyArchive.url);
  const visit = await newRecord(page, 'New visit');
  const field = visit.form.getByRole('combobox', { name: 'Topics', exact: true });
  await expect(field).toBeVisible();

  await field.evaluate(async (element) => {
    const input = element as HTMLInputElement;
    const settle = async () => {
      // React draws a click's outcome in microtasks; a later task is where a browser may put
      // the next key first.
      for (let i = 0; i < 20; i += 1) await Promise.resolve();
    };
    input.focus();
    await settle();
    input.click();
    await settle();
    const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
    setValue?.call(input, 'Connectivity');
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });

  await expect(field).toHaveValue('Connectivity');
  await expect(field).toHaveAttribute('aria-expanded', 'true');
  await page.getByRole('option', { name: 'Create “Connectivity”…' }).click();
  await expect(visit.form.getByRole('list', { name: 'Topics' }).getByRole('listitem')).toHaveText([
    'Connectivity×',
  ]);
});

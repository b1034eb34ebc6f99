import type { Locator } from '@playwright/test';
import { expect, test } from './fixtures.js';
import { newRecord, openEmptyArchive } from './pages/RecordForm.js';

/**
 * Types `text` into a field one key at a time, each key arriving once the previous one's events
 * have been handled but before the page has drawn its outcome (React draws in microtasks and
 * later tasks; a browser may run the next key first), as keys come from a quick typist on a busy
 * machine. Each key adds its letter to what the field holds at that moment, as a keyboard does.
 */
async function typeAhead(field: Locator, text: string): Promise<void> {
  await field.evaluate(async (element, letters) => {
    const input = element as HTMLInputElement;
    const settle = async () => {
      for (let i = 0; i < 20; i += 1) await Promise.resolve();
    };
    const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
    input.focus();
    await settle();
    input.click();
    await settle();
    for (const letter of letters) {
      setValue?.call(input, input.value + letter);
      input.dispatchEvent(new Event('input', { bubbles: true }));
      await settle();
    }
  }, text);
}

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

  await typeAhead(field, 'Connectivity');

  await expect(field).toHaveValue('Connectivity');
  await expect(field).toHaveAttribute('aria-expanded', 'true');
  await page.getByRole('option', { name: 'Create “Connectivity”…' }).click();
  await expect(visit.form.getByRole('list', { name: 'Topics' }).getByRole('listitem')).toHaveText([
    'Connectivity×',
  ]);
});

test('letters typed quickly into a country field are all kept, and the country is chosen', async ({
  page,
  emptyArchive,
}) => {
  await openEmptyArchive(page, emptyArchive.url);
  const visit = await newRecord(page, 'New visit');
  const field = visit.form.getByRole('combobox', { name: 'Country', exact: true });
  await expect(field).toBeVisible();

  await typeAhead(field, 'Kazakh');

  await expect(field).toHaveValue('Kazakh');
  await page.getByRole('option', { name: 'Kazakhstan' }).click();
  await expect(field).toHaveValue('Kazakhstan');
});

import { expect, test } from './fixtures.js';
import { newRecord, openEmptyArchive } from './pages/RecordForm.js';

test.describe('unsaved changes', () => {
  test('a form with changes asks before it is closed, another section opened or the page left', async ({
    page,
    emptyArchive,
  }) => {
    const app = await openEmptyArchive(page, emptyArchive.url);
    await app.openSection('People');
    const person = await newRecord(page, 'New person');
    await person.fill('Name', 'Aleksandr Pankin');
    const dialog = page.getByRole('dialog', { name: 'New person' });

    const questions: string[] = [];
    let answer = false;
    page.on('dialog', (question) => {
      questions.push(`${question.type()}: ${question.message()}`);
      void (answer ? question.accept() : question.dismiss());
    });
    // Escape in an open list of suggestions closes the list only.
    await person.field('Country').fill('Kaz');
    const suggestion = page.getByRole('option', { name: 'Kazakhstan' });
    await expect(suggestion).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(suggestion).toBeHidden();
    expect(questions).toEqual([]);
    await person.field('Country').fill('');
    await person.field('Name').focus();

    await page.keyboard.press('Escape');
    await dialog.getByRole('button', { name: 'Close' }).click();
    // The backdrop: the part of the window left of the panel.
    await page.mouse.click(100, 400);
    // The tabs are behind the modal panel; a section opened from elsewhere (a menu) asks too.
    await app.tab('Events').dispatchEvent('click');
    await page.close({ runBeforeUnload: true });
    await expect.poll(() => questions.length).toBe(5);
    expect(questions.slice(0, 4)).toEqual(
      Array(4).fill(
        'confirm: Discard unsaved changes? The changes made in the open form will be lost.',
      ),
    );
    expect(questions[4]).toMatch(/^beforeunload/);
    expect(page.isClosed()).toBe(false);
    await expect(dialog).toBeVisible();
    await expect(app.tab('People')).toHaveAttribute('aria-selected', 'true');
    await expect(person.field('Name')).toHaveValue('Aleksandr Pankin');

    answer = true;
    await app.tab('Events').dispatchEvent('click');
    await expect(app.tab('Events')).toHaveAttribute('aria-selected', 'true');
    await expect(dialog).toBeHidden();
    await app.openSection('People');
    await expect(dialog).toBeHidden();
    expect((await emptyArchive.call('stats', {})).counts.people).toBe(0);
  });
});

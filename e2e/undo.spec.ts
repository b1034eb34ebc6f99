import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.js';
import { AppPage } from './pages/AppPage.js';
import { ChangeControls } from './pages/ChangeControls.js';
import { RecordTablePage } from './pages/RecordTablePage.js';
import { KEPT, OTHER, openSeeded, openSeededVisit, seedArchive, VISIT } from './trashSeed.js';

async function deletePerson(page: Page, people: RecordTablePage, name: string): Promise<void> {
  await people.rows.filter({ hasText: name }).click();
  await page.getByRole('dialog', { name }).getByRole('button', { name: 'Delete…' }).click();
  await page
    .getByRole('dialog', { name: `Move “${name}” to the trash?` })
    .getByRole('button', { name: 'Move to the trash' })
    .click();
  await expect(people.rows.filter({ hasText: name })).toHaveCount(0);
}

test('undo and redo by keyboard and by the header buttons, while a text field keeps its own undo', async ({
  page,
  emptyArchive,
}) => {
  const { app } = await openSeeded(page, emptyArchive, 'People');
  const people = new RecordTablePage(page, 'People');
  const controls = new ChangeControls(page);
  await deletePerson(page, people, OTHER);
  await deletePerson(page, people, KEPT);
  await expect(controls.undoButton).toHaveAccessibleName(`Undo: deletion of person “${KEPT}”`);
  await expect(controls.redoButton).toBeDisabled();

  // In the search box Ctrl+Z is the box's own: the archive is left as it is.
  await page.getByRole('searchbox', { name: 'Search People' }).focus();
  await page.keyboard.press('Control+z');
  await app.heading.click();
  await page.keyboard.press('Control+z');
  await expect(people.rows.filter({ hasText: KEPT })).toHaveCount(1);
  await expect(controls.notice).toContainText(`Undone: deletion of person “${KEPT}”.`);
  // One undo only: the other deletion still holds.
  await expect(people.rows.filter({ hasText: OTHER })).toHaveCount(0);
  await expect(controls.undoButton).toHaveAccessibleName(`Undo: deletion of person “${OTHER}”`);
  await expect(controls.redoButton).toHaveAccessibleName(`Redo: deletion of person “${KEPT}”`);

  await page.keyboard.press('Control+Shift+Z');
  await expect(people.rows.filter({ hasText: KEPT })).toHaveCount(0);
  await expect(controls.notice).toContainText(`Redone: deletion of person “${KEPT}”.`);

  await controls.undoButton.click();
  await expect(people.rows.filter({ hasText: KEPT })).toHaveCount(1);
  await controls.undoButton.click();
  await expect(people.rows.filter({ hasText: OTHER })).toHaveCount(1);
  await expect(controls.redoButton).toHaveAccessibleName(`Redo: deletion of person “${OTHER}”`);
  await app.screenshot('undo-buttons');

  await app.heading.click();
  await page.keyboard.press('Control+y');
  await expect(people.rows.filter({ hasText: OTHER })).toHaveCount(0);
  await controls.redoButton.click();
  await expect(people.rows.filter({ hasText: KEPT })).toHaveCount(0);
  await expect(controls.redoButton).toBeDisabled();
  expect((await emptyArchive.call('countRecords', { table: 'people' })).count).toBe(1);
});

test('undo survives a reload: the change log is in the archive', async ({ page, emptyArchive }) => {
  const { app } = await openSeeded(page, emptyArchive, 'People');
  const people = new RecordTablePage(page, 'People');
  await deletePerson(page, people, OTHER);

  await page.reload();
  await app.heading.waitFor();
  await app.openSection('People');
  await expect(people.rows.filter({ hasText: KEPT })).toHaveCount(1);
  await expect(people.rows.filter({ hasText: OTHER })).toHaveCount(0);
  const controls = new ChangeControls(page);
  await expect(controls.undoButton).toHaveAccessibleName('Undo the last change');
  await app.heading.click();
  await page.keyboard.press('Control+z');
  await expect(people.rows.filter({ hasText: OTHER })).toHaveCount(1);
  await expect(controls.notice).toContainText(`Undone: deletion of person “${OTHER}”.`);
});

test('the History tab lists each change with its fields before and after, and marks an undone one', async ({
  page,
  emptyArchive,
}) => {
  const { keptId } = await seedArchive(emptyArchive);
  await emptyArchive.call('saveRecord', {
    table: 'people',
    id: keptId,
    values: { country: 'KZ', honorific: 'H.E.' },
  });
  const app = new AppPage(page);
  await app.open(emptyArchive.url);
  await app.openSection('People');
  await new RecordTablePage(page, 'People').rows.filter({ hasText: KEPT }).click();
  const panel = page.getByRole('dialog', { name: KEPT });
  await panel.getByRole('tab', { name: 'History' }).click();
  await expect(panel.getByRole('tab', { name: 'History' })).toHaveAttribute(
    'aria-selected',
    'true',
  );

  const history = panel.getByRole('list', { name: 'History' });
  const entries = history.getByRole('listitem');
  await expect(entries).toHaveCount(2);
  const edit = entries.first();
  await expect(edit.getByRole('heading')).toContainText('Edited');
  await expect(edit.getByRole('row', { name: /Country/ })).toHaveText(
    /Country\s*Russia\s*Kazakhstan/,
  );
  await expect(edit.getByRole('row', { name: /Honorific/ })).toHaveText(/Honorific\s*—\s*H\.E\./);
  await expect(entries.last().getByRole('heading')).toContainText('Created');
  await app.screenshot('history-tab');

  // Undone from the window, the change stays in the history, marked.
  await panel.getByRole('tab', { name: 'History' }).focus();
  await page.keyboard.press('Control+z');
  await expect(edit.getByRole('heading')).toContainText('Undone');
  await panel.getByRole('tab', { name: 'History' }).press('ArrowLeft');
  await expect(panel.getByRole('tab', { name: 'Details' })).toBeFocused();
  await expect(panel.getByText('Russia')).toBeVisible();
});

test('an edit saved in a form is named by the Undo button, and undone from it', async ({
  page,
  emptyArchive,
}) => {
  const { visits, panel } = await openSeededVisit(page, emptyArchive);
  await panel.getByRole('button', { name: 'Edit' }).click();
  await panel.getByLabel('City', { exact: true }).fill('Ganja');
  await panel.getByRole('button', { name: 'Save' }).click();
  await expect(panel.getByRole('button', { name: 'Edit' })).toBeVisible();
  await panel.getByRole('button', { name: 'Close' }).click();
  await expect(visits.rows.filter({ hasText: VISIT })).toContainText('Ganja');

  const controls = new ChangeControls(page);
  await expect(controls.undoButton).toHaveAccessibleName(`Undo: edit of visit “${VISIT}”`);
  await controls.undoButton.click();
  await expect(visits.rows.filter({ hasText: VISIT })).toContainText('Baku');
  await expect(controls.notice).toContainText(`Undone: edit of visit “${VISIT}”.`);
});

test("one tab's undo takes back its own change, never another tab's", async ({
  page,
  context,
  emptyArchive,
}) => {
  await seedArchive(emptyArchive);
  const tabs = [page, await context.newPage()];
  const people = tabs.map((tab) => new RecordTablePage(tab, 'People'));
  for (const tab of tabs) {
    const app = new AppPage(tab);
    await app.open(emptyArchive.url);
    await app.openSection('People');
  }
  await deletePerson(tabs[0]!, people[0]!, OTHER);
  await deletePerson(tabs[1]!, people[1]!, KEPT);
  const first = new ChangeControls(tabs[0]!);
  await first.undoButton.click();
  await expect(first.notice).toContainText(`Undone: deletion of person “${OTHER}”.`);
  await expect(people[0]!.rows.filter({ hasText: OTHER })).toHaveCount(1);
  // The other tab's deletion, the newer one, holds: it is that tab's to undo.
  await expect(people[0]!.rows.filter({ hasText: KEPT })).toHaveCount(0);
  await new ChangeControls(tabs[1]!).undoButton.click();
  await expect(people[1]!.rows.filter({ hasText: KEPT })).toHaveCount(1);
});

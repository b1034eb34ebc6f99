import { expect, test } from './fixtures.js';
import { AppPage } from './pages/AppPage.js';
import { ChangeControls } from './pages/ChangeControls.js';
import { RecordTablePage } from './pages/RecordTablePage.js';
import { KEPT, MINISTRY, OTHER, openSeeded, seedArchive, VISIT } from './trashSeed.js';

test('two people merged into one: every link on the kept person, and one undo takes it back', async ({
  page,
  emptyArchive,
}) => {
  const { keptId, otherId, app } = await openSeeded(page, emptyArchive, 'People');
  const people = new RecordTablePage(page, 'People');
  const byName = (name: string) =>
    // By the Name column: after the merge the other name is also an Other spelling.
    people.rows.filter({ has: page.locator('td:first-child').getByText(name, { exact: true }) });
  await byName(KEPT).click();
  const panel = page.getByRole('dialog', { name: KEPT });
  await panel.getByRole('button', { name: 'Merge with…' }).click();

  const merge = page.getByRole('dialog', { name: `Merge a record into “${KEPT}”` });
  const picker = merge.getByRole('combobox', { name: 'Person to merge into this one' });
  await picker.fill('Alexander');
  await merge.getByRole('option', { name: new RegExp(OTHER) }).click();
  await expect(merge.getByRole('status')).toHaveText(
    `${OTHER} will be merged into ${KEPT}: 1 position, 2 meetings. The other spelling is kept as an alias.`,
  );
  await app.screenshot('merge-dialog');
  await merge.getByRole('button', { name: 'Merge', exact: true }).click();

  await expect(merge).toHaveCount(0);
  await expect(panel.getByRole('status').filter({ hasText: 'Merged' })).toHaveText(
    /Merged Alexander Pankin into Aleksandr Pankin: \d+ links moved\./,
  );
  await expect(panel.getByRole('list', { name: 'Positions held' })).toContainText(
    'Deputy Minister',
  );
  await expect(panel).toContainText(OTHER);
  await panel.getByRole('button', { name: 'Close' }).click();
  await expect(byName(OTHER)).toHaveCount(0);
  await expect(byName(KEPT)).toContainText(OTHER);

  // The meetings name the kept person now.
  await app.openSection('Visits');
  await new RecordTablePage(page, 'Visits').rows.filter({ hasText: VISIT }).click();
  const meetings = page
    .getByRole('dialog', { name: VISIT })
    .getByRole('list', { name: 'Meetings' });
  await expect(
    meetings.getByRole('listitem').filter({ hasText: `${KEPT} (Deputy Minister` }),
  ).toHaveCount(2);
  await expect(meetings).not.toContainText(OTHER);
  await page.keyboard.press('Escape');

  const controls = new ChangeControls(page);
  await expect(controls.undoButton).toHaveAccessibleName(`Undo: merge into person “${KEPT}”`);
  await controls.undoButton.click();
  await expect(controls.notice).toContainText(`Undone: merge into person “${KEPT}”.`);
  const positions = async (person: string) =>
    (
      await emptyArchive.call('countRecords', {
        table: 'positions',
        where: [{ field: 'person_id', op: 'equals', value: person }],
      })
    ).count;
  expect(await positions(otherId)).toBe(1);
  expect(await positions(keptId)).toBe(0);
  await app.openSection('People');
  await expect(byName(OTHER)).toHaveCount(1);
  await expect(byName(KEPT)).not.toContainText(OTHER);
});

test('two organisations merged into one: the events organised move, and the Undo beside the message takes it back', async ({
  page,
  emptyArchive,
}) => {
  await seedArchive(emptyArchive);
  const other = 'MFA of Azerbaijan';
  const { record } = await emptyArchive.call('saveRecord', {
    table: 'organisations',
    values: { name: other, country: 'AZ' },
  });
  await emptyArchive.call('saveRecord', {
    table: 'events',
    values: { title: 'Baku Global Forum', start_date: '2021-03', organiser_id: record.id },
  });
  const app = new AppPage(page);
  await app.open(emptyArchive.url);
  await app.openSection('Organisations');
  const organisations = new RecordTablePage(page, 'Organisations');
  await organisations.rows.filter({ hasText: MINISTRY }).click();
  const panel = page.getByRole('dialog', { name: MINISTRY });
  await panel.getByRole('button', { name: 'Merge with…' }).click();

  const merge = page.getByRole('dialog', { name: `Merge a record into “${MINISTRY}”` });
  await merge.getByRole('combobox', { name: 'Organisation to merge into this one' }).fill('MFA');
  await merge.getByRole('option', { name: new RegExp(other) }).click();
  await expect(merge.getByRole('status')).toHaveText(
    `${other} will be merged into ${MINISTRY}: 1 event organised. The other spelling is kept as an alias.`,
  );
  await merge.getByRole('button', { name: 'Merge', exact: true }).click();
  await expect(panel.getByRole('status').filter({ hasText: 'Merged' })).toContainText(
    `Merged ${other} into ${MINISTRY}`,
  );
  const organised = await emptyArchive.call('listRecords', {
    table: 'events',
    columns: ['organiser'],
  });
  expect(organised.rows.map((row) => row.organiser)).toEqual([MINISTRY]);

  // The Undo beside the message takes the merge back while the panel stays open.
  await panel.getByRole('button', { name: 'Undo', exact: true }).click();
  await expect(panel.getByRole('status').filter({ hasText: 'Undone' })).toHaveText(
    `Undone: merge into organisation “${MINISTRY}”.`,
  );
  await expect(organisations.rows.filter({ hasText: other })).toHaveCount(1);
});

import { expect, test } from './fixtures.js';
import { AppPage } from './pages/AppPage.js';
import { ChangeControls } from './pages/ChangeControls.js';
import { RecordTablePage } from './pages/RecordTablePage.js';
import { TrashPage } from './pages/TrashPage.js';
import { openSeededVisit, seedArchive, VISIT } from './trashSeed.js';

test('a visit goes to the trash with its meetings, and comes back from the Trash section', async ({
  page,
  emptyArchive,
}) => {
  const { app, visits, panel } = await openSeededVisit(page, emptyArchive);
  await panel.getByRole('button', { name: 'Delete…' }).click();

  const question = page.getByRole('dialog', { name: `Move “${VISIT}” to the trash?` });
  const withMeetings = question.getByRole('radio', {
    name: 'Move its 2 meetings to the trash too',
  });
  await expect(withMeetings).toBeChecked();
  await expect(
    question.getByRole('radio', { name: 'Keep its meetings, without a visit' }),
  ).not.toBeChecked();
  await app.screenshot('trash-delete-visit');
  await question.getByRole('button', { name: 'Move to the trash' }).click();

  await expect(panel).toHaveCount(0);
  const controls = new ChangeControls(page);
  await expect(controls.notice).toContainText('Moved to the trash.');
  await expect(controls.noticeUndo).toBeVisible();
  await expect(visits.rows.filter({ hasText: VISIT })).toHaveCount(0);
  expect((await emptyArchive.call('countRecords', { table: 'meetings' })).count).toBe(0);

  await app.openSection('Trash');
  const trash = new TrashPage(page);
  await expect(trash.rows('Visits')).toHaveCount(1);
  await expect(trash.rows('Visits').first()).toContainText(VISIT);
  await expect(trash.rows('Visits').first()).toContainText('22 Feb 2021 – 23 Feb 2021');
  await trash.show('Meetings');
  await expect(trash.rows('Meetings')).toHaveCount(2);
  await trash.show('Visits');
  await expect(trash.restoreButton).toBeDisabled();
  await trash.select(VISIT);
  await app.screenshot('trash-section');
  await trash.restoreButton.click();

  await expect(controls.notice).toContainText('Restored 1 record.');
  await expect(trash.rows('Visits')).toHaveCount(0);
  await app.openSection('Visits');
  await expect(visits.rows.filter({ hasText: VISIT })).toHaveCount(1);
  // The meetings that went with the visit come back with it.
  expect((await emptyArchive.call('countRecords', { table: 'meetings' })).count).toBe(2);
});

test('keeping the meetings of a visit is refused with a sentence when one has no date', async ({
  page,
  emptyArchive,
}) => {
  const { visitId } = await seedArchive(emptyArchive);
  await emptyArchive.call('saveRecord', { table: 'meetings', values: { visit_id: visitId } });
  const app = new AppPage(page);
  await app.open(emptyArchive.url);
  await new RecordTablePage(page, 'Visits').rows.filter({ hasText: VISIT }).click();
  await page.getByRole('dialog', { name: VISIT }).getByRole('button', { name: 'Delete…' }).click();
  const question = page.getByRole('dialog', { name: `Move “${VISIT}” to the trash?` });
  await question.getByRole('radio', { name: 'Keep its meetings, without a visit' }).check();
  await question.getByRole('button', { name: 'Move to the trash' }).click();

  await expect(question.getByRole('alert')).toContainText('a meeting needs a date or a visit');
  await expect(question).toBeVisible();
  expect((await emptyArchive.call('countRecords', { table: 'visits' })).count).toBe(1);
});

test('Empty trash asks once, backs up first, and the backup is listed under Backups', async ({
  page,
  emptyArchive,
}) => {
  const { visitId, otherId } = await seedArchive(emptyArchive);
  await emptyArchive.call('deleteRecords', { table: 'visits', ids: [visitId], meetings: 'trash' });
  await emptyArchive.call('deleteRecords', { table: 'people', ids: [otherId] });
  const app = new AppPage(page);
  await app.open(emptyArchive.url);
  await app.openSection('Trash');
  const trash = new TrashPage(page);
  await expect(page.getByText('4 records in the trash, in every table.')).toBeVisible();
  await trash.emptyButton.click();

  const question = page.getByRole('dialog', { name: 'Empty the trash?' });
  await expect(question).toContainText('All 4 records in the trash');
  await expect(question).toContainText('deleted for good');
  await expect(question).toContainText('backed up first');
  await question.getByRole('button', { name: 'Delete for good' }).click();

  await expect(page.getByRole('dialog')).toHaveCount(0);
  // The person stays: a live position still names them.
  await expect(trash.status).toHaveText(
    /^Deleted 3 records for good\. Backup taken first: \S+\.db\. 1 record stays in the trash because a record in use still refers to it\.$/,
  );
  await expect(trash.rows('Visits')).toHaveCount(0);
  await trash.show('People');
  await expect(trash.rows('People')).toHaveCount(1);
  const backups = await emptyArchive.call('listBackups', {});
  const taken = backups.find((b) => b.kind === 'pre-empty-trash');
  expect(taken).toBeDefined();
  await expect(trash.status).toContainText(taken?.name ?? '');

  await app.openSection('Backups');
  await expect(
    page
      .getByRole('tabpanel', { name: 'Backups' })
      .getByRole('row', { name: /Before emptying the trash/ }),
  ).toHaveCount(1);
});

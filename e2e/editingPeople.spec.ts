import { expect, test } from './fixtures.js';
import { RecordForm, newRecord, openEmptyArchive } from './pages/RecordForm.js';

test.describe('editing people, organisations and events', () => {
  test('a person with other spellings and a position, an organisation and an event', async ({
    page,
    emptyArchive,
  }) => {
    const app = await openEmptyArchive(page, emptyArchive.url);
    await app.openSection('Organisations');
    const org = await newRecord(page, 'New organisation');
    await org.fill('Name', 'Ministry of Foreign Affairs of Azerbaijan');
    await org.fill('Acronym', 'MFA');
    await org.choose('Country', 'Azer', 'Azerbaijan');
    await app.screenshot('form-organisation');
    await org.save();
    await page
      .getByRole('dialog', { name: 'Ministry of Foreign Affairs of Azerbaijan' })
      .getByRole('button', { name: 'Close' })
      .click();

    await app.openSection('People');
    const person = await newRecord(page, 'New person');
    await person.fill('Name', 'Aleksandr Pankin');
    await person.form.getByRole('button', { name: 'Add another spelling' }).click();
    await person.fill('Other spelling 1', 'Alexander Pankin');
    await person.form.getByRole('button', { name: 'Add another spelling' }).click();
    await person.fill('Other spelling 2', 'A. Pankin');
    await app.screenshot('form-person');
    await person.save();
    const panel = page.getByRole('dialog', { name: 'Aleksandr Pankin' });
    await expect(panel).toContainText('Alexander Pankin, A. Pankin');

    await panel.getByRole('button', { name: 'Add position' }).click();
    const position = new RecordForm(page, panel, 'New position');
    await position.fill('Title', 'Deputy Minister');
    await position.choose('Organisation', 'Ministry', 'Ministry of Foreign Affairs of Azerbaijan');
    await position.fill('Start date', '2021');
    await app.screenshot('form-position');
    await position.save();
    const positions = panel.getByRole('list', { name: 'Positions held' });
    await expect(positions).toContainText(
      'Deputy Minister · Ministry of Foreign Affairs of Azerbaijan · 2021',
    );

    await panel.getByRole('button', { name: 'Edit', exact: true }).click();
    const edit = new RecordForm(page, panel, 'Aleksandr Pankin');
    await edit.form.getByRole('button', { name: 'Remove the spelling A. Pankin' }).click();
    await edit.save();
    await expect(panel.getByRole('button', { name: 'Edit', exact: true })).toBeVisible();
    await expect(panel).not.toContainText('A. Pankin,');

    // Changed elsewhere while the form was open: the save is refused and the form offers to reload.
    await panel.getByRole('button', { name: 'Edit', exact: true }).click();
    const stale = new RecordForm(page, panel, 'Aleksandr Pankin');
    const id = String((await emptyArchive.call('listRecords', { table: 'people' })).rows[0]?.id);
    await emptyArchive.call('saveRecord', { table: 'people', id, values: { honorific: 'Mr' } });
    await stale.fill('Notes', 'Met in Baku.');
    await stale.save();
    await expect(stale.form.getByRole('alert')).toContainText('was changed elsewhere');
    await stale.form.getByRole('button', { name: 'Reload the record' }).click();
    await expect(stale.field('Honorific')).toHaveValue('Mr');
    await expect(stale.field('Notes')).toHaveValue('');
    await stale.cancelButton.click();
    const saved = await emptyArchive.call('listRecords', { table: 'people' });
    expect(JSON.parse(String(saved.rows[0]?.aliases))).toEqual(['Alexander Pankin']);
    await panel.getByRole('button', { name: 'Close' }).click();

    await app.openSection('Events');
    const event = await newRecord(page, 'New event');
    await event.fill('Title', 'CICA Ministerial Council');
    await event.fill('Start date', '2024-10');
    await event.field('Status').selectOption({ label: 'Planned' });
    await event.choose('Organiser', 'Ministry', 'Ministry of Foreign Affairs of Azerbaijan');
    await event.create('Sources', 'Press release on the Council');
    const source = event.nested('New source', 'Add source');
    await expect(source.field('Title')).toHaveValue('Press release on the Council');
    await source.fill('Date', '2024-06-03');
    await source.fill('Kind', 'press release');
    await source.save();
    await expect(event.form.getByRole('list', { name: 'Sources' })).toContainText(
      'Press release on the Council',
    );
    await app.screenshot('form-event');
    await event.save();
    await expect(page.getByRole('dialog', { name: 'CICA Ministerial Council' })).toContainText(
      'Oct 2024',
    );
    const events = await emptyArchive.call('listRecords', { table: 'events' });
    const detail = await emptyArchive.call('getRecord', {
      table: 'events',
      id: String(events.rows[0]?.id),
    });
    expect(detail.related.sources?.map((s) => s.title)).toEqual(['Press release on the Council']);
  });
});

import { expect, test } from './fixtures.js';
import { AppPage } from './pages/AppPage.js';
import { RecordForm, newRecord, openEmptyArchive } from './pages/RecordForm.js';
import { RecordTablePage } from './pages/RecordTablePage.js';

test.describe('editing records', () => {
  test('a visit is created, gets two meetings, one with a person created on the way, and is edited', async ({
    page,
    emptyArchive,
  }) => {
    const app = await openEmptyArchive(page, emptyArchive.url);
    const visit = await newRecord(page, 'New visit');
    await visit.fill('Title', 'Working visit to Astana');
    await visit.fill('City', 'Astana');
    await visit.choose('Country', 'Kazak', 'Kazakhstan');
    await visit.fill('Start date', '2023-09');
    await expect(visit.form.getByText('Reads as Sep 2023')).toBeVisible();
    await visit.fill('End date', '2023-09-21');
    await app.screenshot('form-visit');
    await visit.save();

    const panel = page.getByRole('dialog', { name: 'Working visit to Astana' });
    // Saved: the panel shows the visit, with the focus on Edit.
    await expect(panel.getByRole('button', { name: 'Edit', exact: true })).toBeFocused();
    await expect(panel).toContainText('Astana, Kazakhstan');

    // The first meeting: a participant the archive does not know yet, created inline.
    await panel.getByRole('button', { name: 'Add meeting' }).click();
    const first = new RecordForm(page, panel, 'New meeting');
    await expect(first.field('City')).toHaveValue('Astana');
    await first.fill('Date', '2023-09-19');
    await first.fill('Venue', 'Ministry of Foreign Affairs');
    await first.form.getByRole('button', { name: 'Add participant' }).click();
    const row = first.participant(1);
    await row.getByRole('combobox', { name: 'Person' }).fill('Aibek Nurlanov');
    await page.getByRole('option', { name: 'Create “Aibek Nurlanov”…' }).click();
    const person = first.nested('New person', 'Add person');
    await expect(person.field('Name')).toHaveValue('Aibek Nurlanov');
    await person.fill('Honorific', 'H.E.');
    await person.choose('Country', 'kazakh', 'Kazakhstan');
    await app.screenshot('form-participants');
    await person.save();
    await expect(person.form).toBeHidden();
    await expect(row.getByRole('combobox', { name: 'Person' })).toHaveValue('Aibek Nurlanov');
    await row.getByLabel('Title at the time').fill('Deputy Minister of Foreign Affairs');
    await first.save();
    await expect(first.form).toBeHidden();

    // The second meeting, with a topic created as a tag.
    await panel.getByRole('button', { name: 'Add meeting' }).click();
    const second = new RecordForm(page, panel, 'New meeting');
    await second.fill('Date', '2023-09-20');
    await second.fill('Venue', 'Library of the First President');
    await second.create('Topics', 'Connectivity');
    await second.create('Topics', 'Energy');
    const tags = second.form.getByRole('list', { name: 'Topics' }).getByRole('listitem');
    await expect(tags).toHaveText(['Connectivity×', 'Energy×']);
    // Backspace in the empty field takes the last tag off.
    await second.form.getByRole('combobox', { name: 'Topics' }).press('Backspace');
    await expect(tags).toHaveText(['Connectivity×']);
    await second.save();
    await expect(second.form).toBeHidden();

    const meetings = panel.getByRole('list', { name: 'Meetings' }).getByRole('listitem');
    await expect(meetings).toHaveCount(2);
    await expect(meetings.first()).toContainText(
      'Aibek Nurlanov (Deputy Minister of Foreign Affairs)',
    );

    // Editing the visit: its form starts from what was saved.
    await panel.getByRole('button', { name: 'Edit', exact: true }).click();
    const edit = new RecordForm(page, panel, 'Working visit to Astana');
    await expect(edit.field('Start date')).toHaveValue('2023-09');
    await edit.field('Status').selectOption({ label: 'Completed' });
    await edit.fill('Purpose', 'Talks on connectivity');
    await edit.save();
    await expect(panel.getByRole('button', { name: 'Edit', exact: true })).toBeVisible();
    await expect(panel).toContainText('Talks on connectivity');

    const saved = await emptyArchive.call('listRecords', { table: 'visits' });
    expect(saved.rows).toHaveLength(1);
    expect(saved.rows[0]).toMatchObject({
      status: 'completed',
      start_date: '2023-09',
      country: 'KZ',
      meeting_count: 2,
    });
    const people = await emptyArchive.call('listRecords', { table: 'people' });
    expect(people.rows[0]).toMatchObject({ name: 'Aibek Nurlanov', honorific: 'H.E.' });
  });

  test('a day missing from the calendar is refused next to its field, and nothing is saved', async ({
    page,
    emptyArchive,
  }) => {
    const app = await openEmptyArchive(page, emptyArchive.url);
    const visit = await newRecord(page, 'New visit');
    await visit.fill('Title', 'Visit to Baku');
    await visit.fill('Start date', '2023-02-30');
    await visit.field('End date').focus();
    const start = visit.field('Start date');
    await expect(start).toHaveAttribute('aria-invalid', 'true');
    await expect(start).toHaveAccessibleDescription(/2023-02-30 is not a day of the calendar/);

    await visit.save();
    await expect(visit.summary).toBeFocused();
    await expect(visit.summary.getByRole('link')).toHaveText(
      /Start date 2023-02-30 is not a day of the calendar/,
    );
    await app.screenshot('form-problems');
    await visit.summary.getByRole('link').click();
    await expect(start).toBeFocused();
    expect((await emptyArchive.call('stats', {})).counts.visits).toBe(0);

    await visit.fill('Start date', '2023-02-28');
    await visit.save();
    await expect(page.getByRole('dialog', { name: 'Visit to Baku' })).toContainText('28 Feb 2023');
  });

  test("a meeting's participants are reordered, picked from the archive and removed", async ({
    page,
    emptyArchive,
  }) => {
    const save = async (table: 'people' | 'organisations' | 'meetings', values: object) =>
      String((await emptyArchive.call('saveRecord', { table, values })).record.id);
    const lukin = await save('people', { name: 'Aleksandr Lukin' });
    const sun = await save('people', { name: 'Sun Weidong' });
    await save('people', { name: 'Kairat Sarybay' });
    const mfa = await save('organisations', { name: 'Ministry of Foreign Affairs of China' });
    const meeting = await save('meetings', {
      date: '2023-05-10',
      city: 'Beijing',
      country: 'CN',
      participants: [
        { person_id: lukin, title: 'Ambassador', side: 'counterpart' },
        { person_id: sun, organisation_id: mfa, title: 'Vice Minister', side: 'counterpart' },
      ],
    });

    const app = new AppPage(page);
    await app.open(emptyArchive.url);
    await app.openSection('Meetings');
    const meetings = new RecordTablePage(page, 'Meetings');
    await meetings.waitForRows();
    await meetings.rows.first().click();
    const panel = page.getByRole('dialog', { name: 'Meeting on 10 May 2023 in Beijing, China' });
    await panel.getByRole('button', { name: 'Edit', exact: true }).click();
    const form = new RecordForm(page, panel, 'Meeting on 10 May 2023 in Beijing, China');
    await expect(form.participant(2).getByRole('combobox', { name: 'Organisation' })).toHaveValue(
      'Ministry of Foreign Affairs of China',
    );

    await form.participant(2).getByRole('button', { name: 'Move Participant 2 up' }).click();
    await form.participant(2).getByRole('button', { name: 'Remove Participant 2' }).click();
    await form.form.getByRole('button', { name: 'Add participant' }).click();
    await form.participant(2).getByRole('combobox', { name: 'Person' }).fill('Kair');
    await page.getByRole('option', { name: /^Kairat Sarybay/ }).click();
    await form.participant(2).getByRole('combobox', { name: 'Side' }).selectOption('Secretariat');
    await app.screenshot('form-meeting-participants');
    await form.save();
    await expect(panel.getByRole('button', { name: 'Edit', exact: true })).toBeVisible();

    const detail = await emptyArchive.call('getRecord', { table: 'meetings', id: meeting });
    expect(
      detail.related.participants?.map((p) => [p.person, p.title, p.organisation, p.side]),
    ).toEqual([
      ['Sun Weidong', 'Vice Minister', 'Ministry of Foreign Affairs of China', 'counterpart'],
      ['Kairat Sarybay', null, null, 'secretariat'],
    ]);
  });
});

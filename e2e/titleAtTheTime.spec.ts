import { expect, test } from './fixtures.js';
import { AppPage } from './pages/AppPage.js';
import { RecordForm } from './pages/RecordForm.js';
import { RecordTablePage } from './pages/RecordTablePage.js';

test("a person added to a meeting brings the title held on the meeting's date, still editable, never over what was typed", async ({
  page,
  emptyArchive,
}) => {
  const save = async (
    table: 'people' | 'organisations' | 'meetings' | 'positions',
    values: object,
  ) => String((await emptyArchive.call('saveRecord', { table, values })).record.id);
  const sarybay = await save('people', { name: 'Kairat Sarybay' });
  const lukin = await save('people', { name: 'Aleksandr Lukin' });
  const cica = await save('organisations', { name: 'CICA Secretariat' });
  const mfa = await save('organisations', { name: 'Ministry of Foreign Affairs of Kazakhstan' });
  await save('positions', {
    person_id: sarybay,
    organisation_id: mfa,
    title: 'Deputy Minister',
    start_date: '2019',
    end_date: '2022-09',
  });
  await save('positions', {
    person_id: sarybay,
    organisation_id: cica,
    title: 'Executive Director',
    start_date: '2022-10',
  });
  await save('positions', { person_id: lukin, title: 'Ambassador', start_date: '2020' });
  await save('meetings', { date: '2022-05-10', city: 'Astana', country: 'KZ' });

  const app = new AppPage(page);
  await app.open(emptyArchive.url);
  await app.openSection('Meetings');
  const meetings = new RecordTablePage(page, 'Meetings');
  await meetings.waitForRows();
  await meetings.rows.first().click();
  const name = 'Meeting on 10 May 2022 in Astana, Kazakhstan';
  const panel = page.getByRole('dialog', { name });
  await panel.getByRole('button', { name: 'Edit', exact: true }).click();
  const form = new RecordForm(page, panel, name);

  await form.form.getByRole('button', { name: 'Add participant' }).click();
  const first = form.participant(1);
  await first.getByRole('combobox', { name: 'Person' }).fill('Kair');
  await page.getByRole('option', { name: /^Kairat Sarybay/ }).click();
  // May 2022: the position he held then, not the one he holds now.
  await expect(first.getByLabel('Title at the time')).toHaveValue('Deputy Minister');
  await expect(first.getByRole('combobox', { name: 'Organisation' })).toHaveValue(
    'Ministry of Foreign Affairs of Kazakhstan',
  );
  await first.getByLabel('Title at the time').fill('Deputy Foreign Minister');

  await form.form.getByRole('button', { name: 'Add participant' }).click();
  const second = form.participant(2);
  await second.getByLabel('Title at the time').fill('Special Envoy');
  await second.getByRole('combobox', { name: 'Person' }).fill('Luk');
  await page.getByRole('option', { name: /^Aleksandr Lukin/ }).click();
  await expect(second.getByRole('combobox', { name: 'Person' })).toHaveValue('Aleksandr Lukin');
  await app.screenshot('ui14-title-at-the-time');
  await form.save();
  await expect(panel.getByRole('button', { name: 'Edit', exact: true })).toBeVisible();

  const meeting = String(
    (await emptyArchive.call('listRecords', { table: 'meetings' })).rows[0]?.id,
  );
  const detail = await emptyArchive.call('getRecord', { table: 'meetings', id: meeting });
  expect(detail.related.participants?.map((p) => [p.person, p.title, p.organisation])).toEqual([
    ['Kairat Sarybay', 'Deputy Foreign Minister', 'Ministry of Foreign Affairs of Kazakhstan'],
    ['Aleksandr Lukin', 'Special Envoy', null],
  ]);
});

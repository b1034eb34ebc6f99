import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from './fixtures.js';
import { AppPage } from './pages/AppPage.js';
import { PressReleasePage } from './pages/PressReleasePage.js';
import { RecordTablePage } from './pages/RecordTablePage.js';

const seed = fs.readFileSync(
  path.resolve(
    path.dirname(fileURLToPath(import.meta.url)),
    '../../shared/seeds/003_a7feb157c563fc41.txt',
  ),
  'utf8',
);

test('a pasted press release is reviewed, corrected, saved, and its people linked the next time', async ({
  page,
  emptyArchive,
}) => {
  const app = new AppPage(page);
  await app.open(emptyArchive.url);
  await app.startEmptyButton.click();
  await app.openSection('Import press release');
  const importer = new PressReleasePage(page);
  await importer.read(seed);

  const lukin = importer.participant('Alexander Lukin');
  await expect(lukin.getByLabel('Title')).toHaveValue('Director');
  await expect(lukin.getByLabel('Organisation')).toHaveValue(
    'Centre for East Asian and Shanghai Cooperation Organization Studies',
  );
  await expect(importer.participant('Vladimir Yakunin')).toBeVisible();
  await expect(importer.participant('Alexander Sedov')).toBeVisible();
  await expect(page.getByLabel('Start date')).toHaveValue('2021-02-22');
  await expect(importer.unplaced).toBeVisible();
  await importer.visitTitle.fill('Moscow think tanks, February 2021');
  await app.screenshot('press-release-draft');
  await importer.saveButton.click();
  await expect(importer.saved).toContainText('3 meeting(s) and 4 new person(s)');

  // Tables opened before the import do not refresh on their own yet: open the app anew.
  await app.open(emptyArchive.url);
  await expect(
    app.visits.rows.filter({ hasText: 'Moscow think tanks, February 2021' }),
  ).toHaveCount(1);
  await app.openSection('Meetings');
  await expect(new RecordTablePage(page, 'Meetings').rows).toHaveCount(3);
  await app.openSection('People');
  const people = new RecordTablePage(page, 'People');
  await expect(people.rows.filter({ hasText: 'Alexander Lukin' })).toHaveCount(1);
  await expect(people.rows).toHaveCount(4);

  await app.openSection('Import press release');
  await importer.read(seed);
  await expect(importer.linkedNotes).toHaveCount(3);
  await importer.saveButton.click();
  await expect(importer.saved).toContainText('0 new person(s)');
  await app.open(emptyArchive.url);
  await app.openSection('People');
  await expect(people.rows).toHaveCount(4);
  await expect(app.counts).toContainText('2 visits');
  await expect(app.alert).toHaveCount(0);
});

import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { t } from '../i18n/messages.js';
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

const noYear = fs.readFileSync(
  path.resolve(
    path.dirname(fileURLToPath(import.meta.url)),
    '../db/test/fixtures/press/08-ankara-no-year.txt',
  ),
  'utf8',
);

/** Runs in the Russian project too: its words come from the catalog. */
const RU = { tag: '@ru' };

/** A new empty archive with the seed read into a draft. */
async function readSeed(page: Page, url: string) {
  const app = new AppPage(page);
  await app.open(url);
  await app.startEmptyButton.click();
  await app.openSection(t('nav.import'));
  const importer = new PressReleasePage(page);
  await importer.read(seed);
  return { app, importer };
}

/**
 * The seed read and saved again: its three people met and its traveller are linked, none
 * added; People shown.
 */
async function importAgain(app: AppPage, importer: PressReleasePage, url: string) {
  await app.openSection(t('nav.import'));
  await importer.read(seed);
  await expect(importer.linkedNotes).toHaveCount(4);
  await expect(
    importer.page.getByRole('group', { name: t('pressRelease.traveller') }),
  ).toContainText(t('pressRelease.linked'));
  await importer.save();
  await expect(importer.saved).toHaveText(t('pressRelease.saved', { meetings: 3, people: 0 }));
  await app.open(url);
  await app.openSection(t('nav.people'));
}

test(
  'a pasted press release is reviewed, corrected, saved, and its people linked the next time',
  RU,
  async ({ page, emptyArchive, language }) => {
    const { app, importer } = await readSeed(page, emptyArchive.url);

    const lukin = importer.participant('Alexander Lukin');
    await expect(lukin.getByLabel(t('pressRelease.title'), { exact: true })).toHaveValue(
      'Director',
    );
    await expect(lukin.getByLabel(t('pressRelease.organisation'), { exact: true })).toHaveValue(
      'Centre for East Asian and Shanghai Cooperation Organization Studies',
    );
    await expect(importer.participant('Vladimir Yakunin')).toBeVisible();
    await expect(importer.participant('Alexander Sedov')).toBeVisible();
    await expect(importer.startDate).toHaveValue('2021-02-22');
    await expect(importer.unplaced).toBeVisible();
    await importer.visitTitle.fill('Moscow think tanks, February 2021');
    await app.screenshot(`press-release-draft-${language}`);
    await importer.saveButton.click();
    await expect(importer.confirmation).toBeVisible();
    await app.screenshot(`press-release-confirm-${language}`);
    await importer.confirmButton.click();
    // The traveller and the three people met.
    await expect(importer.saved).toHaveText(t('pressRelease.saved', { meetings: 3, people: 4 }));
    await app.screenshot(`press-release-saved-${language}`);

    // Tables opened before the import do not refresh on their own yet: open the app anew.
    await app.open(emptyArchive.url);
    await expect(
      app.visits.rows.filter({ hasText: 'Moscow think tanks, February 2021' }),
    ).toHaveCount(1);
    await app.openSection(t('nav.meetings'));
    await expect(new RecordTablePage(page, t('meetings.title')).rows).toHaveCount(3);
    await app.openSection(t('nav.people'));
    const people = new RecordTablePage(page, t('people.title'));
    await expect(people.rows.filter({ hasText: 'Alexander Lukin' })).toHaveCount(1);
    await expect(people.rows).toHaveCount(4);

    await importAgain(app, importer, emptyArchive.url);
    await expect(people.rows).toHaveCount(4);
    await expect(app.counts).toContainText(t('stats.visits', { count: 2 }));
    await expect(app.alert).toHaveCount(0);
  },
);

test('every part of the draft is edited before saving: a meeting, its people, an event', async ({
  page,
  emptyArchive,
}) => {
  const { app, importer } = await readSeed(page, emptyArchive.url);

  // A date the archive would refuse is said beside the field and stops the save.
  const start = importer.startDate;
  await start.fill('22/02/2021');
  await expect(page.getByText('Write the date as a year, a month or a day')).toBeVisible();
  await expect(importer.saveButton).toBeDisabled();
  await app.screenshot('press-release-draft-bad-date');
  await start.fill('2021-02-22');
  await expect(importer.saveButton).toBeEnabled();

  const first = importer.meeting(1);
  await first.getByLabel('Date', { exact: true }).fill('2021-02-23');
  await first.getByRole('button', { name: 'Add a person met' }).click();
  await importer
    .participant('New person')
    .getByLabel('Name', { exact: true })
    .fill('Irina Volkova');
  await importer
    .participant('Irina Volkova')
    .getByLabel('Title', { exact: true })
    .fill('Senior Fellow');
  await first.getByRole('button', { name: 'Add a person met' }).click();
  await importer.participant('New person').getByLabel('Name', { exact: true }).fill('Wrong Name');
  await importer
    .participant('Wrong Name')
    .getByRole('button', { name: 'Remove Wrong Name' })
    .click();
  await expect(importer.participant('Wrong Name')).toHaveCount(0);
  await expect(first.getByRole('group', { name: 'Irina Volkova' })).toBeVisible();

  await page.getByRole('button', { name: 'Add an event' }).click();
  const event = importer.event(1);
  await event.getByLabel('Event title').fill('Round table on Eurasian security');
  await event.getByLabel('Date', { exact: true }).fill('2021-05');
  await event.getByLabel('Place', { exact: true }).fill('Moscow');
  await event.scrollIntoViewIfNeeded();
  await app.screenshot('press-release-draft-event');
  await importer.visitTitle.fill('Moscow think tanks, edited');
  await first.scrollIntoViewIfNeeded();
  await app.screenshot('press-release-draft-edited');
  await importer.save();
  await expect(importer.saved).toHaveText(t('pressRelease.saved', { meetings: 3, people: 5 }));

  await app.open(emptyArchive.url);
  await app.openSection('Meetings');
  const meetings = new RecordTablePage(page, 'Meetings');
  await expect(meetings.rows).toHaveCount(3);
  await expect(meetings.rows.filter({ hasText: '23 Feb 2021' })).toHaveCount(1);
  await app.openSection('People');
  const people = new RecordTablePage(page, 'People');
  await expect(people.rows.filter({ hasText: 'Irina Volkova' })).toHaveCount(1);
  await expect(people.rows.filter({ hasText: 'Wrong Name' })).toHaveCount(0);
  await app.openSection('Events');
  await expect(
    new RecordTablePage(page, 'Events').rows.filter({
      hasText: 'Round table on Eurasian security',
    }),
  ).toHaveCount(1);

  // The same release again: its people are linked, not added twice.
  await importAgain(app, importer, emptyArchive.url);
  await expect(people.rows).toHaveCount(5);
});

test('a guessed field stays marked until it is edited', async ({ page, emptyArchive }) => {
  const app = new AppPage(page);
  await app.open(emptyArchive.url);
  await app.startEmptyButton.click();
  await app.openSection('Import press release');
  const importer = new PressReleasePage(page);
  await importer.read(noYear);
  const guesses = page.getByText('A guess: check it');
  await expect(guesses).toHaveCount(2);
  await expect(page.getByText('has no year, nor has the release')).toBeVisible();
  await importer.startDate.evaluate((field) => field.scrollIntoView({ block: 'center' }));
  await app.screenshot('press-release-draft-guesses');
  await importer.startDate.fill('2024-03-05');
  await expect(guesses).toHaveCount(1);
  await expect(importer.startDate).toHaveAccessibleDescription(/Reads as 5 Mar 2024/);
});

import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { setLanguage } from '../i18n/language.js';
import { t } from '../i18n/messages.js';
import { localDay } from '../db/pressRelease/draft.js';
import { dateText } from '../i18n/dateText.js';
import { expect, test } from './fixtures.js';
import { AppPage } from './pages/AppPage.js';
import { PressReleasePage } from './pages/PressReleasePage.js';

/**
 * The press-release screen speaks the window's language in what the reader says of the text and
 * in what Undo names, and a language switch loses nothing of a draft being reviewed.
 */
const here = path.dirname(fileURLToPath(import.meta.url));
const read = (file: string) => fs.readFileSync(path.resolve(here, file), 'utf8');
/** No date anywhere in the text. */
const UNDATED = read('pressReleases/tr-ankara.txt');
/** A date without its year, and no dateline to take one from. */
const NO_YEAR = read('../db/test/fixtures/press/08-ankara-no-year.txt');
const MOSCOW = read('pressReleases/en-moscow.txt');
const MOSCOW_TITLE = 'Secretary General holds talks in Moscow';

/** Runs in the Russian project too: its words come from the catalog. */
const RU = { tag: '@ru' };

async function openImporter(page: Page, url: string) {
  const app = new AppPage(page);
  await app.open(url);
  await app.startEmptyButton.click();
  await app.openSection(t('nav.import'));
  return { app, importer: new PressReleasePage(page) };
}

/** Switches the window's language with its own switch; the test's `t()` follows. */
async function switchTo(page: Page, language: string) {
  await page
    .getByRole('group', { name: t('language.label') })
    .locator(`button[lang="${language}"]`)
    .click();
  setLanguage(language);
  await expect(page.locator('html')).toHaveAttribute('lang', language);
}

function warnings(page: Page) {
  return page.getByRole('list', { name: t('pressRelease.warnings') }).getByRole('listitem');
}

async function shot(page: Page, name: string) {
  await page.mouse.move(0, 0);
  await page.screenshot({ path: `e2e/output/press-interface-${name}.png` });
}

test(
  "the reader's notes on a release are said in the window's language",
  RU,
  async ({ page, emptyArchive, language }) => {
    const { importer } = await openImporter(page, emptyArchive.url);
    await importer.read(UNDATED);
    await expect(warnings(page)).toHaveText([t('pressRelease.warning.noDate')]);
    await shot(page, `review-${language}`);
    // Neither the release nor the reviewer gives a year: the one nearest the day it is read.
    await importer.read(NO_YEAR);
    await expect(importer.startDate).toHaveValue(/^\d{4}-03-05$/);
    const year = (await importer.startDate.inputValue()).slice(0, 4);
    await expect(warnings(page)).toHaveText([
      t('pressRelease.warning.yearNearReadDay', {
        text: '5 March',
        year,
        readOn: dateText(localDay(), language),
      }),
    ]);
    await shot(page, `year-near-read-day-${language}`);
  },
);

test('the notes already shown follow a switch of language', async ({ page, emptyArchive }) => {
  const { importer } = await openImporter(page, emptyArchive.url);
  await importer.read(UNDATED);
  await expect(warnings(page)).toHaveText([t('pressRelease.warning.noDate')]);
  await switchTo(page, 'ru');
  await expect(warnings(page)).toHaveText([t('pressRelease.warning.noDate')]);
});

test('Undo and Redo name an import in the language the window speaks now', async ({
  page,
  emptyArchive,
}) => {
  const { importer } = await openImporter(page, emptyArchive.url);
  await importer.read(MOSCOW);
  await importer.save();
  await expect(importer.saved).toBeVisible();
  await switchTo(page, 'ru');
  const controls = page.getByRole('group', { name: t('undo.group') });
  const what = t('change.importOf', { name: MOSCOW_TITLE });
  await expect(controls.getByRole('button').first()).toHaveText(t('undo.buttonWhat', { what }));
  await controls.getByRole('button').first().click();
  await expect(page.locator('.change-notice-region')).toContainText(t('undo.done', { what }));
  await expect(controls.getByRole('button').nth(1)).toHaveText(t('redo.buttonWhat', { what }));
  await shot(page, 'undone-ru');
});

test('a draft being reviewed survives a switch of language, every edit kept', async ({
  page,
  emptyArchive,
}) => {
  const { importer } = await openImporter(page, emptyArchive.url);
  await importer.read(UNDATED);
  await importer.visitTitle.fill('Talks in Ankara, as corrected');
  const yildiz = importer.participant('Ahmet Yıldız');
  await yildiz.getByLabel(t('pressRelease.title'), { exact: true }).fill('Deputy Minister');
  await page.getByLabel(t('pressRelease.dateUnknown')).check();
  await switchTo(page, 'ru');
  const russian = new PressReleasePage(page);
  await expect(russian.text).toHaveValue(UNDATED);
  await expect(russian.visitTitle).toHaveValue('Talks in Ankara, as corrected');
  await expect(
    russian.participant('Ahmet Yıldız').getByLabel(t('pressRelease.title'), { exact: true }),
  ).toHaveValue('Deputy Minister');
  await expect(page.getByLabel(t('pressRelease.dateUnknown'))).toBeChecked();
  await expect(russian.saveButton).toBeEnabled();
  await shot(page, 'draft-after-switch-ru');
  // And back: the same draft, in English again.
  await switchTo(page, 'en');
  const english = new PressReleasePage(page);
  await expect(english.visitTitle).toHaveValue('Talks in Ankara, as corrected');
  await expect(english.text).toHaveValue(UNDATED);
});

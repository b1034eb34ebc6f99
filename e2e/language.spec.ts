import fs from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { pickLanguage, setLanguage } from '../i18n/language.js';
import { t } from '../i18n/messages.js';
import { SECTIONS } from '../renderer/app/sections.js';
import { archiveCommand, startArchiveServer, type ArchiveServer } from './archiveServer.js';
import { englishOnlyWords } from '../i18n/catalogWords.js';
import { visibleText } from './language/visibleText.js';
import os from 'node:os';
import path from 'node:path';

const SHOTS = 'e2e/output';
const RU = { tag: '@ru' };

let archive: ArchiveServer;
let dir: string;
// The project's locale is the browser's language, so a first start speaks it.
const language = () => pickLanguage([test.info().project.use.locale ?? 'en']);

test.beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'archive-'));
  const db = path.join(dir, 'archive.db');
  await archiveCommand(['init', '--db', db]);
  await archiveCommand(['demo', '--db', db, '--visits', '60']);
  archive = await startArchiveServer(db);
});

test.afterAll(async () => {
  await archive?.stop();
  fs.rmSync(dir, { recursive: true, force: true });
});

test.beforeEach(() => setLanguage(language()));

async function openApp(page: Page): Promise<void> {
  await page.goto(archive.url);
  await page.getByRole('heading', { level: 1, name: t('app.name') }).waitFor();
}

test(
  'a first start speaks the browser language, and the switch changes it at once and is remembered',
  RU,
  async ({ page }) => {
    await openApp(page);
    await expect(page.locator('html')).toHaveAttribute('lang', language());
    const other = language() === 'en' ? 'ru' : 'en';
    const switchTo = (language: string) =>
      page.getByRole('group', { name: t('language.label') }).locator(`button[lang="${language}"]`);
    await switchTo(other).click();
    setLanguage(other);
    await expect(page.locator('html')).toHaveAttribute('lang', other);
    await expect(page.getByRole('tab', { name: t('nav.visits'), exact: true })).toBeVisible();
    await expect(page.getByRole('heading', { level: 1, name: t('app.name') })).toBeVisible();
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('lang', other);
    await expect(switchTo(other)).toHaveAttribute('aria-pressed', 'true');
  },
);

test('every main screen speaks the interface language only, data aside', RU, async ({ page }) => {
  const leaked = englishOnlyWords(language());
  await openApp(page);
  const found: string[] = [];
  fs.mkdirSync(SHOTS, { recursive: true });
  for (const screen of SECTIONS) {
    const tab = page.getByRole('tab', { name: t(`nav.${screen}`), exact: true });
    await tab.click();
    await expect(tab).toHaveAttribute('aria-selected', 'true');
    await page.waitForLoadState('networkidle');
    await page.mouse.move(0, 0);
    await page.screenshot({ path: `${SHOTS}/language-${language()}-${screen}.png` });
    if (language() === 'en') continue;
    for (const text of await visibleText(page)) {
      const english = (text.match(/[A-Za-z]{3,}/g) ?? []).filter((w) =>
        leaked.has(w.toLowerCase()),
      );
      if (english.length > 0) found.push(`${screen}: ${text}`);
    }
  }
  expect([...new Set(found)]).toEqual([]);
});

test('a form with problems speaks the interface language only', RU, async ({ page }) => {
  await openApp(page);
  await page.getByRole('button', { name: t('forms.new.visits'), exact: true }).click();
  await page.getByRole('textbox', { name: t('field.start_date') }).fill('2023-13');
  await page.getByRole('button', { name: t('forms.save'), exact: true }).click();
  await expect(page.getByText(t('forms.problems', { count: 2 }))).toBeVisible();
  await page.mouse.move(0, 0);
  await page.screenshot({ path: `${SHOTS}/language-${language()}-form-problems.png` });
  if (language() === 'en') return;
  const leaked = englishOnlyWords(language());
  const english = (await visibleText(page)).filter((text) =>
    (text.match(/[A-Za-z]{3,}/g) ?? []).some((w) => leaked.has(w.toLowerCase())),
  );
  expect(english).toEqual([]);
});

test(
  'web mode’s page for an address it does not serve speaks the browser language',
  RU,
  async ({ page }) => {
    const answer = await page.goto(`${archive.origin}/no-such-page`);
    expect(answer?.status()).toBe(404);
    await expect(page.locator('body')).toHaveText(t('errors.web.notFound'));
    await page.screenshot({ path: `${SHOTS}/language-${language()}-not-found.png` });
  },
);

/** The other of the two languages, and the switch's button for it. */
async function switchLanguage(page: Page): Promise<string> {
  const other = language() === 'en' ? 'ru' : 'en';
  await page
    .getByRole('group', { name: t('language.label') })
    .locator(`button[lang="${other}"]`)
    .click();
  await expect(page.locator('html')).toHaveAttribute('lang', other);
  setLanguage(other);
  return other;
}

test('a notice on screen reads in the language switched to', RU, async ({ page }) => {
  await openApp(page);
  const notice = page.locator('.change-notice-region');
  // Nothing this window did can be undone: the archive answers, and the notice says so.
  await page.locator('body').press('Control+z');
  await expect(notice).toContainText(t('undo.nothing'));
  const other = await switchLanguage(page);
  await expect(notice).toContainText(t('undo.nothing'));
  await page.screenshot({ path: `${SHOTS}/language-${language()}-to-${other}-notice.png` });
});

test(
  'when the archive stops answering, its errors read in the language switched to',
  RU,
  async ({ page }) => {
    await openApp(page);
    const notice = page.locator('.change-notice-region');
    // The server is gone: every request fails before it reaches the archive.
    await page.route('**/api/**', (route) => route.abort('connectionrefused'));
    await page.locator('body').press('Control+z');
    await expect(notice.getByRole('alert')).toContainText(t('errors.unreachable'));
    // A window opened now cannot even count the records: the window says why.
    const fresh = await page.context().newPage();
    await fresh.route('**/api/**', (route) => route.abort('connectionrefused'));
    await fresh.goto(archive.url);
    await expect(fresh.locator('.app-main').getByRole('alert')).toContainText(
      t('errors.unreachable'),
    );
    const other = await switchLanguage(page);
    await expect(notice.getByRole('alert')).toContainText(t('errors.unreachable'));
    await page.screenshot({ path: `${SHOTS}/language-${language()}-to-${other}-unreachable.png` });
    // The second window still speaks the first language until it is switched too.
    setLanguage(language());
    await switchLanguage(fresh);
    await expect(fresh.locator('.app-main').getByRole('alert')).toContainText(
      t('errors.unreachable'),
    );
    await fresh.screenshot({
      path: `${SHOTS}/language-${language()}-to-${other}-unreachable-start.png`,
    });
  },
);

test(
  'choosing a file speaks the interface language, not the browser’s: the CSV import and a press release',
  RU,
  async ({ page }) => {
    await openApp(page);
    // The other language than the browser's: Chromium's own button would stay in the browser's.
    await switchLanguage(page);
    const csv = path.join(dir, 'visits.csv');
    fs.writeFileSync(csv, `${t('field.title')}\r\nTalks in Astana\r\n`);
    await page.getByRole('button', { name: t('import.button') }).click();
    const dialog = page.getByRole('dialog');
    const choose = dialog.getByRole('button', { name: t('file.choose') });
    await expect(dialog.getByText(t('file.none'))).toBeVisible();
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), choose.click()]);
    await chooser.setFiles(csv);
    await expect(dialog.getByText('visits.csv', { exact: true })).toBeVisible();
    await page.screenshot({ path: `${SHOTS}/language-${language()}-switched-csv-file.png` });
    await dialog.press('Escape');

    await page.getByRole('tab', { name: t('nav.import'), exact: true }).click();
    const release = path.join(dir, 'release.txt');
    fs.writeFileSync(
      release,
      'Исполнительный директор СВМДА Кайрат Сарыбай 3 мая 2024 года посетил Баку, где встретился с Министром иностранных дел Азербайджана Джейхуном Байрамовым.',
    );
    const open = page.getByRole('button', { name: t('file.choose') });
    await expect(page.getByText(t('file.none'))).toBeVisible();
    // Reached by keyboard: the button takes the focus and Enter opens the chooser.
    await open.focus();
    const [picker] = await Promise.all([page.waitForEvent('filechooser'), open.press('Enter')]);
    await picker.setFiles(release);
    await expect(page.getByText('release.txt', { exact: true })).toBeVisible();
    await expect(page.getByRole('textbox', { name: t('pressRelease.text') })).toHaveValue(
      /посетил Баку/,
    );
    await page.screenshot({ path: `${SHOTS}/language-${language()}-switched-press-file.png` });
    // A release with no heading is titled in its own language, whichever the window speaks.
    await page.getByRole('button', { name: t('pressRelease.read') }).click();
    await expect(page.getByRole('textbox', { name: t('pressRelease.visitTitle') })).toHaveValue(
      'Рабочий визит: Баку',
    );
    await page.screenshot({
      path: `${SHOTS}/language-${language()}-switched-press-draft.png`,
      fullPage: true,
    });
  },
);

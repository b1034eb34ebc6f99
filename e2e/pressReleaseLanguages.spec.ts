import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.js';
import { AppPage } from './pages/AppPage.js';
import { ChangeControls } from './pages/ChangeControls.js';
import { PressReleasePage } from './pages/PressReleasePage.js';
import { RecordTablePage } from './pages/RecordTablePage.js';

const release = (name: string) =>
  fs.readFileSync(
    path.resolve(path.dirname(fileURLToPath(import.meta.url)), 'pressReleases', name),
    'utf8',
  );
const EN = release('en-moscow.txt');
const RU = release('ru-moscow.txt');
const TR = release('tr-ankara.txt');
const EN_TITLE = 'Secretary General holds talks in Moscow';

async function shot(page: Page, name: string) {
  await page.mouse.move(0, 0);
  await page.screenshot({ path: `e2e/output/press-release-${name}.png`, fullPage: false });
}

async function importer(page: Page, url: string) {
  const app = new AppPage(page);
  await app.open(url);
  await app.startEmptyButton.click();
  await app.openSection('Import press release');
  return { app, importer: new PressReleasePage(page) };
}

/** The English release read, checked and saved: Sergey Lavrov is now in the archive. */
async function saveEnglish(page: Page, importer: PressReleasePage) {
  await importer.read(EN);
  const lavrov = importer.participant('Sergey Lavrov');
  await expect(lavrov.getByLabel('Title', { exact: true })).toHaveValue(
    'Minister of Foreign Affairs',
  );
  await expect(importer.meeting(1).getByLabel('Atmosphere')).toHaveValue(
    'friendly and constructive',
  );
  // The words each value was read from are marked beside the draft; the field being edited
  // has its words outlined.
  await lavrov.getByLabel('Name', { exact: true }).focus();
  const marks = importer.evidence.locator('mark');
  await expect(marks.filter({ hasText: 'Sergey Lavrov' })).toHaveClass(/evidence-active/);
  await expect(marks.filter({ hasText: '12 March 2025' }).first()).toHaveClass(/evidence-date/);
  await expect(marks.filter({ hasText: 'preparations for the CICA summit' })).toHaveClass(
    /evidence-topic/,
  );
  await shot(page, 'en-draft');
  await importer.saveButton.click();
  const confirm = importer.confirmation;
  for (const kind of [
    '1 visit',
    '1 meeting',
    '2 new people',
    // The traveller's title and Sergey Lavrov's, as the titles they hold.
    '2 titles held (positions)',
    '1 topic',
    '1 source',
  ])
    await expect(confirm).toContainText(kind);
  await expect(confirm).toContainText(/new organisation/);
  await shot(page, 'en-confirm');
  await importer.confirmButton.click();
  await expect(importer.saved).toBeVisible();
}

test('an English release is read with its evidence, confirmed, saved, and undone by name', async ({
  page,
  emptyArchive,
}) => {
  const { app, importer: pr } = await importer(page, emptyArchive.url);
  await saveEnglish(page, pr);
  const controls = new ChangeControls(page);
  await controls.undoButton.click();
  await expect(controls.notice).toContainText(`Undone: import of ${EN_TITLE}.`);
  await app.open(emptyArchive.url);
  await expect(app.visits.rows.filter({ hasText: EN_TITLE })).toHaveCount(0);
});

test('a Russian release links the person the archive spells in English, and says why', async ({
  page,
  emptyArchive,
}) => {
  const { app, importer: pr } = await importer(page, emptyArchive.url);
  await saveEnglish(page, pr);
  await pr.read(RU);
  const lavrov = pr.participant('Сергей Лавров');
  await expect(
    lavrov.getByRole('combobox', { name: 'Person in the archive', exact: true }),
  ).toHaveText(/Sergey Lavrov/);
  await expect(
    lavrov.getByRole('combobox', { name: 'Person in the archive', exact: true }),
  ).toHaveValue(/.+/);
  await expect(lavrov).toContainText('Why: same name in another script or spelling');
  // The traveller, named in Cyrillic, is the Kairat Sarybay the English release saved, and why.
  await expect(page.getByLabel("Traveller's name")).toHaveValue('Кайрат Сарыбай');
  const traveller = page.getByRole('group', { name: 'The traveller in the archive' });
  await expect(
    traveller.getByRole('combobox', { name: 'Person in the archive', exact: true }),
  ).toHaveText(/Kairat Sarybay/);
  await expect(traveller).toContainText('Why: same name in another script or spelling');
  await expect(traveller.getByText('Already in the archive')).toBeVisible();
  // The reviewer may say it is someone else: a new person, then the proposed one again.
  const choice = lavrov.getByRole('combobox', { name: 'Person in the archive', exact: true });
  await choice.selectOption({ label: 'A new person' });
  await expect(lavrov.getByText('Already in the archive')).toHaveCount(0);
  await choice.selectOption({ label: 'Sergey Lavrov' });
  await expect(lavrov.getByText('Already in the archive')).toBeVisible();
  await expect(pr.meeting(1).getByLabel('Atmosphere')).toHaveValue(
    'дружественной и конструктивной',
  );
  // The name stands in the instrumental in the text: its mark covers the words as written.
  await lavrov.getByLabel('Name', { exact: true }).focus();
  await expect(pr.evidence.locator('mark.evidence-active')).toHaveText('Сергеем Лавровым');
  // The reader finds the topic, a short subject, and marks its words.
  await expect(pr.meeting(1).getByLabel('Topic 1')).toHaveValue(
    'вопросы региональной безопасности',
  );
  await expect(pr.meeting(1).getByLabel('Topic 2')).toHaveCount(0);
  await expect(
    pr.evidence.locator('mark.evidence-topic', { hasText: 'региональной безопасности' }),
  ).toHaveCount(1);
  await traveller.scrollIntoViewIfNeeded();
  await shot(page, 'ru-draft');
  await pr.saveButton.click();
  await expect(pr.confirmation).toContainText('2 people already in the archive, linked');
  // Their titles in Russian are other words than those the English release saved.
  await expect(pr.confirmation).toContainText(
    '2 titles held by people already in the archive (unless recorded already)',
  );
  await shot(page, 'ru-confirm');
  await pr.confirmButton.click();
  await expect(pr.saved).toContainText('and 0 new people.');
  await app.open(emptyArchive.url);
  await app.openSection('People');
  const people = new RecordTablePage(page, 'People');
  await expect(people.rows.filter({ hasText: 'Lavrov' })).toHaveCount(1);
  await expect(people.rows.filter({ hasText: 'Лавров' })).toHaveCount(0);
});

test('a Turkish release without a date is saved only once its date is marked unknown', async ({
  page,
  emptyArchive,
}) => {
  const { app, importer: pr } = await importer(page, emptyArchive.url);
  await pr.read(TR);
  await expect(pr.participant('Ahmet Yıldız')).toBeVisible();
  // The traveller and the topic are read from the Turkish text itself.
  await expect(page.getByLabel("Traveller's name")).toHaveValue('Kairat Sarybay');
  await expect(page.getByLabel("Traveller's title")).toHaveValue('Genel Sekreter');
  await expect(pr.meeting(1).getByLabel('Topic 1')).toHaveValue('bölgesel ulaştırma bağlantıları');
  await expect(pr.meeting(1).getByLabel('Atmosphere')).toHaveValue('samimi ve yapıcı');
  await expect(page.getByText('The visit has no date: enter when it took place')).toBeVisible();
  await expect(pr.saveButton).toBeDisabled();
  // The reviewer may take a topic from the words of the text, too.
  await pr.meeting(1).getByRole('button', { name: 'Remove topic 1' }).click();
  await pr.selectWords('bölgesel ulaştırma bağlantıları', 3);
  await expect(page.getByRole('group', { name: /^Selected: / })).toBeVisible();
  await page.getByRole('button', { name: 'Add as a topic of meeting 1' }).click();
  await expect(pr.meeting(1).getByLabel('Topic 1')).toHaveValue('bölgesel ulaştırma bağlantıları');
  await shot(page, 'tr-no-date');
  await page.getByLabel('The release gives no date').check();
  await expect(pr.saveButton).toBeEnabled();
  await pr.saveButton.click();
  for (const kind of ['2 new people', '2 titles held (positions)', '1 topic'])
    await expect(pr.confirmation).toContainText(kind);
  await shot(page, 'tr-confirm');
  await pr.confirmButton.click();
  await expect(pr.saved).toBeVisible();
  await app.open(emptyArchive.url);
  await app.openSection('Meetings');
  const meetings = new RecordTablePage(page, 'Meetings');
  await expect(meetings.rows).toHaveCount(1);
  await app.openSection('People');
  const people = new RecordTablePage(page, 'People');
  await expect(people.rows.filter({ hasText: 'Ahmet Yıldız' })).toHaveCount(1);
  await expect(people.rows.filter({ hasText: 'Kairat Sarybay' })).toHaveCount(1);
});

test("the Russian interface shows the traveller's match and the titles a save creates", async ({
  page,
  emptyArchive,
}) => {
  const { app, importer: pr } = await importer(page, emptyArchive.url);
  await saveEnglish(page, pr);
  await page
    .getByRole('group', { name: 'Interface language' })
    .locator('button[lang="ru"]')
    .click();
  await app.openSection('Импорт пресс-релиза');
  await page.getByLabel('Текст пресс-релиза').fill(RU);
  await page.getByRole('button', { name: 'Прочитать пресс-релиз' }).click();
  const traveller = page.getByRole('group', { name: 'Глава делегации в архиве' });
  await expect(traveller).toContainText('Основание: то же имя в другой письменности или написании');
  await expect(page.getByLabel('Имя главы делегации')).toHaveValue('Кайрат Сарыбай');
  await traveller.scrollIntoViewIfNeeded();
  await shot(page, 'ru-draft-russian-interface');
  await page.getByRole('button', { name: 'Сохранить визит и его встречи' }).click();
  const confirm = page.getByRole('dialog', { name: 'Сохранить результаты импорта?' });
  await expect(confirm).toContainText(
    '2 должности персон, уже имеющихся в архиве (если ещё не записаны)',
  );
  await expect(confirm).toContainText('2 связи с персонами, уже имеющимися в архиве');
  await shot(page, 'ru-confirm-russian-interface');
});

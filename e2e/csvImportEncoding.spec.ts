import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import iconv from 'iconv-lite';
import { expect, test } from './fixtures.js';
import { AppPage } from './pages/AppPage.js';
import { ImportCsvDialog } from './pages/ImportCsvDialog.js';
import { VisitsPage } from './pages/VisitsPage.js';

const TEXT = 'Title;Country\r\nВизит в Астану;KZ\r\nПереговоры в Москве;RU\r\n';

test('a file in an older encoding shows its text as it will be stored, and the user picks the encoding', async ({
  page,
  emptyArchive,
}) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'archive-csv-'));
  const koi8 = path.join(dir, 'koi8.csv');
  fs.writeFileSync(koi8, iconv.encode(TEXT, 'koi8-r'));
  const app = new AppPage(page);
  await app.open(emptyArchive.url);
  await app.startEmptyButton.click();
  const importer = new ImportCsvDialog(page, 'Visits');

  await importer.open();
  await importer.choose(koi8);
  await expect(importer.dialog).toContainText('2 rows, KOI8-R, separated by semicolons.');
  await expect(importer.encoding).toHaveValue('koi8-r');
  await expect(importer.dialog.getByRole('cell', { name: 'Визит в Астану' })).toBeVisible();
  await app.screenshot('io-import-encoding');

  // Read as the other Cyrillic code page, the names are garbled in the preview, not in silence.
  await importer.encoding.selectOption({ label: 'Windows-1251 (Cyrillic)' });
  await expect(importer.dialog).toContainText('2 rows, WINDOWS-1251, separated by semicolons.');
  const garbled = iconv.decode(iconv.encode('Визит в Астану', 'koi8-r'), 'windows-1251');
  await expect(importer.dialog.getByRole('cell', { name: garbled })).toBeVisible();

  await importer.encoding.selectOption({ label: 'KOI8-R (Cyrillic)' });
  await expect(importer.dialog.getByRole('cell', { name: 'Визит в Астану' })).toBeVisible();
  await importer.importButton(2).click();
  await expect(importer.dialog).toBeHidden();
  await expect(new VisitsPage(page).rows).toHaveCount(2);
  const saved = await emptyArchive.call('listRecords', {
    table: 'visits',
    columns: ['title'],
    sort: [{ field: 'title' }],
  });
  expect(saved.rows.map((r) => r.title)).toEqual(['Визит в Астану', 'Переговоры в Москве']);

  // A UTF-8 file with a broken byte is refused, naming its line; nothing is imported.
  const broken = Buffer.from(TEXT);
  broken[broken.indexOf(Buffer.from('Переговоры')) + 1] = 0x41;
  const brokenFile = path.join(dir, 'broken.csv');
  fs.writeFileSync(brokenFile, broken);
  await importer.open();
  await importer.choose(brokenFile);
  await expect(importer.dialog.getByRole('alert')).toContainText(
    'Line 3 of the file is not valid UTF-8 (at byte 1 of the line)',
  );
  await app.screenshot('io-import-broken-utf8');
  expect((await emptyArchive.call('countRecords', { table: 'visits' })).count).toBe(2);
  fs.rmSync(dir, { recursive: true, force: true });
});

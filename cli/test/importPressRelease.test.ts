import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { initialisedArchive, run } from './testIo.js';

const seed = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../../shared/seeds/003_a7feb157c563fc41.txt',
);

const archive = initialisedArchive();

function peopleCount(): Promise<string> {
  return run(['list', 'people', '--json', '--db', archive.db]).then((r) =>
    String((JSON.parse(r.out) as { total: number }).total),
  );
}

describe('archive import-press-release', () => {
  test('--dry-run --json prints the draft in the documented shape and saves nothing', async () => {
    const result = await run([
      'import-press-release',
      seed,
      '--dry-run',
      '--json',
      '--db',
      archive.db,
    ]);
    expect(result).toMatchObject({ code: 0, err: '' });
    const draft = JSON.parse(result.out) as Record<string, unknown>;
    expect(Object.keys(draft)).toEqual(
      expect.arrayContaining(['visit', 'meetings', 'events', 'unplaced', 'warnings']),
    );
    expect(draft).toMatchObject({
      visit: { start_date: '2021-02-22', end_date: '2021-02-23', places: [{ country: 'RU' }] },
    });
    expect(await peopleCount()).toBe('0');
  });

  test('saves the draft, and a second import links the same people', async () => {
    const first = await run(['import-press-release', seed, '--db', archive.db]);
    expect(first.code).toBe(0);
    expect(first.out).toMatch(/Saved the visit and 3 meeting\(s\), with 4 new person\(s\)/);
    expect(await peopleCount()).toBe('4');
    const again = await run(['import-press-release', seed, '--db', archive.db]);
    expect(again.out).toMatch(/Alexander Lukin, Director.*\(already in the archive\)/);
    expect(again.out).toMatch(/with 0 new person\(s\)/);
    expect(await peopleCount()).toBe('4');
  });

  test('an HTML page is read without its tags, and another kind of file is refused', async () => {
    const html = path.join(archive.dir, 'release.html');
    fs.writeFileSync(
      html,
      '<html><body><h1>Visit to Astana</h1><p>The CICA Executive Director Ambassador Kairat Sarybay paid a working visit to Baku on 4 July 2022 and met with Rector of ADA University Fariz Ismailzada.</p></body></html>',
    );
    const result = await run([
      'import-press-release',
      html,
      '--dry-run',
      '--json',
      '--db',
      archive.db,
    ]);
    const draft = JSON.parse(result.out) as { meetings: { participants: { name: string }[] }[] };
    expect(draft.meetings[0]?.participants[0]?.name).toBe('Fariz Ismailzada');
    const pdf = path.join(archive.dir, 'release.pdf');
    fs.writeFileSync(pdf, '%PDF');
    const refused = await run(['import-press-release', pdf, '--dry-run', '--db', archive.db]);
    expect(refused.code).toBe(1);
    expect(refused.err).toMatch(/give a \.txt, \.html or \.docx file/);
  });

  test('a release with no date is saved only with --date-unknown, and the refusal names it', async () => {
    const undated = path.join(archive.dir, 'undated.txt');
    fs.writeFileSync(
      undated,
      'CICA Genel Sekreteri Kairat Sarybay, Türkiye Cumhuriyeti Dışişleri Bakan Yardımcısı Mehmet Kemal Bozay ile görüştü. Görüşmede bölgesel ulaştırma bağlantıları ele alındı.',
    );
    const before = await peopleCount();
    const refused = await run(['import-press-release', undated, '--db', archive.db]);
    expect(refused.code).toBe(1);
    expect(refused.err).toMatch(/no date/);
    expect(refused.err).toMatch(/--date-unknown/);
    expect(await peopleCount()).toBe(before);
    const saved = await run([
      'import-press-release',
      undated,
      '--date-unknown',
      '--db',
      archive.db,
    ]);
    expect(saved.code).toBe(0);
    expect(saved.out).toMatch(/dates: unknown/);
    const visits = await run(['list', 'visits', '--json', '--db', archive.db]);
    const rows = (JSON.parse(visits.out) as { rows: Record<string, unknown>[] }).rows;
    const visit = rows.find((r) => String(r.title).includes('Bozay') || r.start_date === null);
    expect(visit).toMatchObject({ start_date: null });
  });

  test('a date without a year is not guessed, as no one reviews it: --source-date gives it', async () => {
    const yearless = path.join(archive.dir, 'yearless.txt');
    fs.writeFileSync(
      yearless,
      'From 30 November to 2 December the Director of the Steppe Crafts Foundation Aigerim Sultanbekova visited Baku and met with Rector of the Caspian Arts Academy Rauf Mammadli.',
    );
    const shown = await run(['import-press-release', yearless, '--dry-run', '--db', archive.db]);
    expect(shown.out).toMatch(/dates: \? to \?/);
    expect(shown.out).toMatch(/has no year: enter the year/);
    const before = await peopleCount();
    const refused = await run(['import-press-release', yearless, '--db', archive.db]);
    expect(refused.code).toBe(1);
    expect(refused.err).toMatch(/no date/);
    expect(await peopleCount()).toBe(before);
    const dated = await run([
      'import-press-release',
      yearless,
      '--source-date',
      '2026-12-04',
      '--dry-run',
      '--json',
      '--db',
      archive.db,
    ]);
    expect(JSON.parse(dated.out)).toMatchObject({
      visit: { start_date: '2026-11-30', end_date: '2026-12-02' },
    });
  });
});

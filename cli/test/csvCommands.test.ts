import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { initialisedArchive, run } from './testIo.js';

const archive = initialisedArchive();

describe('archive import-csv and export', () => {
  test('imports a file, then exports every matching row to a file and to stdout', async () => {
    const csv = path.join(archive.dir, 'in.csv');
    fs.writeFileSync(
      csv,
      'Title;Country;Start date\r\nTalks in Astana;KZ;2023-09\r\nForum;CN;2024\r\n=Trick;KZ;2022\r\n',
    );
    const dry = await run(['import-csv', 'visits', csv, '--dry-run', '--db', archive.db]);
    expect(dry.out).toMatch(/All 3 rows .* nothing was written/);
    const imported = await run(['import-csv', 'visits', csv, '--db', archive.db]);
    expect(imported).toMatchObject({ code: 0, err: '' });
    expect(imported.out).toMatch(/Imported 3 rows .*utf-8, semicolon-separated/);

    const out = path.join(archive.dir, 'out.csv');
    const exported = await run([
      'export',
      'visits',
      '--where',
      'country:equals:KZ',
      '--sort',
      'start_date',
      '--columns',
      'title,start_date',
      '--delimiter',
      'tab',
      '--out',
      out,
      '--db',
      archive.db,
    ]);
    expect(exported).toMatchObject({ code: 0, err: `Exported 2 rows to ${out}.` });
    expect(fs.readFileSync(out, 'utf8')).toBe(
      "\uFEFFTitle\tStart date\r\n'=Trick\t2022\r\nTalks in Astana\t2023-09\r\n",
    );
    const chunks: string[] = [];
    const stdout = await run(
      ['export', 'visits', '--columns', 'title', '--sort', 'title', '--no-bom', '--db', archive.db],
      {},
      { write: async (chunk) => void chunks.push(chunk) },
    );
    expect(stdout.code).toBe(0);
    expect(chunks.join('')).toBe("Title\r\n'=Trick\r\nForum\r\nTalks in Astana\r\n");
  });

  test('refuses a file with a bad row, listing it, and imports nothing', async () => {
    const csv = path.join(archive.dir, 'bad.csv');
    fs.writeFileSync(csv, 'name,country\nAigerim,Kazakhstan\nBolat,Atlantis\n');
    const result = await run(['import-csv', 'people', csv, '--db', archive.db]);
    expect(result.code).not.toBe(0);
    expect(result.err).toMatch(/1 of 2 rows .*nothing was imported/);
    expect(result.err).toMatch(/line 3: country: Country "Atlantis" is not a country we know/);
    expect((await run(['list', 'people', '--json', '--db', archive.db])).out).toMatch(/"total": 0/);
  });
});

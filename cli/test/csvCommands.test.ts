import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { run, tempDir } from './testIo.js';

let dir: string;
let db: string;

beforeAll(async () => {
  dir = tempDir();
  db = path.join(dir, 'archive.db');
  expect((await run(['init', '--db', db])).code).toBe(0);
});

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('archive import-csv and export', () => {
  test('imports a file, then exports every matching row to a file and to stdout', async () => {
    const csv = path.join(dir, 'in.csv');
    fs.writeFileSync(
      csv,
      'Title;Country;Start date\r\nTalks in Astana;KZ;2023-09\r\nForum;CN;2024\r\n=Trick;KZ;2022\r\n',
    );
    const dry = await run(['import-csv', 'visits', csv, '--dry-run', '--db', db]);
    expect(dry.out).toMatch(/All 3 rows .* nothing was written/);
    const imported = await run(['import-csv', 'visits', csv, '--db', db]);
    expect(imported).toMatchObject({ code: 0, err: '' });
    expect(imported.out).toMatch(/Imported 3 rows .*utf-8, semicolon-separated/);

    const out = path.join(dir, 'out.csv');
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
      db,
    ]);
    expect(exported).toMatchObject({ code: 0, err: `Exported 2 rows to ${out}.` });
    expect(fs.readFileSync(out, 'utf8')).toBe(
      "\uFEFFTitle\tStart date\r\n'=Trick\t2022\r\nTalks in Astana\t2023-09\r\n",
    );
    const chunks: string[] = [];
    const stdout = await run(
      ['export', 'visits', '--columns', 'title', '--sort', 'title', '--no-bom', '--db', db],
      {},
      { write: async (chunk) => void chunks.push(chunk) },
    );
    expect(stdout.code).toBe(0);
    expect(chunks.join('')).toBe("Title\r\n'=Trick\r\nForum\r\nTalks in Astana\r\n");
  });

  test('refuses a file with a bad row, listing it, and imports nothing', async () => {
    const csv = path.join(dir, 'bad.csv');
    fs.writeFileSync(csv, 'name,country\nAigerim,Kazakhstan\nBolat,Atlantis\n');
    const result = await run(['import-csv', 'people', csv, '--db', db]);
    expect(result.code).not.toBe(0);
    expect(result.err).toMatch(/1 of 2 rows .*nothing was imported/);
    expect(result.err).toMatch(/line 3: country: Country "Atlantis" is not a country we know/);
    expect((await run(['list', 'people', '--json', '--db', db])).out).toMatch(/"total": 0/);
  });
});

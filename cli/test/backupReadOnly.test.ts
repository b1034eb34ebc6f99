import fs from 'node:fs';
import path from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { giveToUser, runAsUser } from './runAsUser.js';
import { run, tempDir } from './testIo.js';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

/**
 * The user's own archive, made read-only with `chmod 444`: demo records, enough pages that a
 * backup takes more than one step, and a visit to find.
 */
async function readOnlyArchive(): Promise<{ dir: string; file: string }> {
  const dir = tempDir();
  dirs.push(dir);
  const file = path.join(dir, 'archive.db');
  expect((await run(['init', '--db', file])).code).toBe(0);
  const csv = path.join(dir, 'visits.csv');
  fs.writeFileSync(csv, 'Title,Country\r\nTalks in Astana,KZ\r\n');
  expect((await run(['demo', '--visits', '20', '--db', file])).code).toBe(0);
  expect((await run(['import-csv', 'visits', csv, '--db', file])).code).toBe(0);
  fs.rmSync(`${file}.backups`, { recursive: true });
  giveToUser(dir, file, csv);
  fs.chmodSync(file, 0o444);
  return { dir, file };
}

test('a backup of a read-only archive answers at once, every time', async () => {
  const { dir, file } = await readOnlyArchive();
  // The first command leaves SQLite's -wal and -shm files beside the archive, read-only like it.
  for (const name of ['first.db', 'second.db']) {
    const out = path.join(dir, name);
    const answer = await runAsUser(['backup', '--db', file, '--out', out]);
    expect(answer).toMatchObject({ code: 0, out: `Backed up ${file} to ${out}.` });
    const listed = await run(['list', 'visits', '--db', out, '--json', '--limit', '100']);
    expect(listed.code).toBe(0);
    const titles = (JSON.parse(listed.out) as { rows: { title: string }[] }).rows.map(
      (r) => r.title,
    );
    expect(titles).toContain('Talks in Astana');
  }
});

test('an import into a read-only archive is refused at once, saying why', async () => {
  const { dir, file } = await readOnlyArchive();
  await runAsUser(['backup', '--db', file, '--out', path.join(dir, 'copy.db')]);
  const before = fs.readFileSync(file);
  const answer = await runAsUser([
    'import-csv',
    'visits',
    path.join(dir, 'visits.csv'),
    '--db',
    file,
  ]);
  expect(answer.code).toBe(1);
  expect(answer.err).toMatch(/The archive file .*archive\.db is read-only for you\./);
  expect(fs.readFileSync(file).equals(before)).toBe(true);
  expect(fs.existsSync(`${file}.backups`)).toBe(false);
});

import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { initialisedArchive, run } from './testIo.js';

const archive = initialisedArchive();

function write(name: string, text: string): string {
  const file = path.join(archive.dir, name);
  fs.writeFileSync(file, text);
  return file;
}

test('a dry run lists every problem by line and column, and writes nothing', async () => {
  const csv = write('bad.csv', 'Title,Start date,Meetings\nA,31 Feb 2023,2\n,2023,0\n');
  const result = await run(['import-csv', 'visits', csv, '--dry-run', '--db', archive.db]);
  expect(result.code).toBe(1);
  expect(result.err.split('\n')).toEqual([
    '2 of 2 rows cannot be imported into visits, so nothing would be imported. Fix each problem listed.',
    expect.stringMatching(/^ {2}line 2: Start date: Start date 31 Feb 2023 is not a day/),
    '  line 3: Title: Title is required.',
  ]);
  expect((await run(['list', 'visits', '--json', '--db', archive.db])).out).toMatch(/"total": 0/);
});

test('meetings name their visit by its title, as an export of the Meetings table writes it', async () => {
  const visits = write('visits.csv', 'Title;Start date\nTalks in Astana;Sep 2023\n');
  expect((await run(['import-csv', 'visits', visits, '--db', archive.db])).code).toBe(0);
  const meetings = write(
    'meetings.csv',
    'Date;Visit;Venue\n19 Sep 2023;Talks in Astana;Ministry\n20 Sep 2023;Talks in Astana;Akorda\n',
  );
  const result = await run(['import-csv', 'meetings', meetings, '--db', archive.db]);
  expect(result).toMatchObject({ code: 0, err: '' });
  const listed = await run([
    'list',
    'meetings',
    '--columns',
    'date,visit',
    '--json',
    '--db',
    archive.db,
  ]);
  expect(JSON.parse(listed.out).rows).toEqual([
    expect.objectContaining({ date: '2023-09-20', visit: 'Talks in Astana' }),
    expect.objectContaining({ date: '2023-09-19', visit: 'Talks in Astana' }),
  ]);
});

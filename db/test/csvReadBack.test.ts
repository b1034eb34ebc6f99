import { describe, expect, test } from 'vitest';
import { importCsv, previewCsvImport } from '../csv/csvImport.js';
import { listRecords } from '../query/query.js';
import { undo } from '../write/write.js';
import { input, names } from './csvInput.js';
import { create } from './fixtures.js';
import { tempArchive } from './tempArchive.js';
import { parseQuery } from '../query/compileQuery.js';

describe('reading back what exports write, and what spreadsheets write', () => {
  test('links named as the tables show them: found by name, other spelling or date, else refused', () => {
    const { db } = tempArchive();
    const aigerim = create(db, 'people', { name: 'Айгерим Касымова', aliases: ['Aigerim K.'] });
    create(db, 'people', { name: 'Twin' });
    create(db, 'people', { name: 'twin' });
    const early = create(db, 'visits', {
      title: 'Talks',
      start_date: '2021-03',
      end_date: '2021-03',
    });
    create(db, 'visits', { title: 'Talks', start_date: '2023' });
    const ministry = create(db, 'organisations', { name: 'Ministry' });
    const meetings = previewCsvImport(
      db,
      input('meetings', 'Visit,Date\ntalks,12 Mar 2021\nTalks,\nTalks,2022\nNowhere,2021\n'),
    );
    expect(meetings.problems.map((p) => [p.line, p.field, p.message])).toEqual([
      [3, 'Visit', expect.stringMatching(/^2 visits .* “Talks”, so “Visit” cannot tell which/)],
      [4, 'Visit', expect.stringMatching(/none of them holds this date/)],
      [5, 'Visit', expect.stringMatching(/There is no visit “Nowhere” in the archive/)],
    ]);
    const visits = previewCsvImport(
      db,
      input('visits', 'Title,Traveller\nA,aigerim k.\nB,Twin\nC,Nobody\n'),
    );
    expect(visits.problems.map((p) => [p.line, p.field])).toEqual([
      [3, 'Traveller'],
      [4, 'Traveller'],
    ]);
    expect(visits.problems[0]!.message).toMatch(/Add a column “Traveller id” to say which/);
    const positions = previewCsvImport(db, input('positions', 'Person,Title\nNobody,Envoy\n'));
    expect(positions.problems.map((p) => [p.line, p.field])).toEqual([[2, 'Person']]);
    const withId = `Title,Traveller,Traveller id\nB,Twin,${aigerim}\n`;
    expect(previewCsvImport(db, input('visits', withId)).problems).toEqual([]);

    // An organisation and its departments import together; the file's own rows come first.
    const orgs =
      'Name,Part of\nDesk,Department\nDepartment,Ministry\nMinistry,\nLoop A,Loop B\nLoop B,Loop A\n';
    const org = previewCsvImport(db, input('organisations', orgs));
    expect(org.problems.map((p) => [p.line, p.message])).toEqual([
      [5, expect.stringMatching(/part of itself/)],
      [6, expect.stringMatching(/part of itself/)],
    ]);
    expect(early).not.toBe(ministry);
  });

  test('departments are saved after the organisation they are part of, in one action', async () => {
    const { db } = tempArchive();
    create(db, 'organisations', { name: 'Ministry' });
    const csv = 'Name,Part of\nDesk,Department\nDepartment,Ministry\nMinistry,\n';
    await importCsv(db, input('organisations', csv), { backup: false });
    const rows = listRecords(
      db,
      parseQuery({
        table: 'organisations',
        columns: ['name', 'parent', 'parent_id', 'created_at'],
      }),
    ).rows;
    const byName = (name: string) => rows.filter((r) => r.name === name);
    expect(byName('Ministry')).toHaveLength(2);
    const newMinistry = byName('Ministry').find(
      (r) => r.parent === null && r.created_at !== rows[0]!.created_at,
    );
    expect(byName('Department')[0]!.parent).toBe('Ministry');
    expect(byName('Desk')[0]!.parent).toBe('Department');
    expect(newMinistry).toBeDefined();
    undo(db);
    expect(names(db, 'organisations')).toEqual(['Ministry']);
  });

  test('dates written as the tables show them, or as a Russian Excel writes them, are read back', () => {
    const { db } = tempArchive();
    const csv =
      'Title,Start date,End date,Status\nA,19 Sep 2023,21 September 2023,Completed\nB,Sep 2023,,PLANNED\nC,2023,05.10.2023,\nD,31 Feb 2023,,\n';
    const preview = previewCsvImport(db, input('visits', csv));
    expect(preview.sample.slice(0, 3)).toEqual([
      { title: 'A', start_date: '2023-09-19', end_date: '2023-09-21', status: 'completed' },
      { title: 'B', start_date: '2023-09', end_date: null, status: 'planned' },
      { title: 'C', start_date: '2023', end_date: '2023-10-05', status: null },
    ]);
    expect(preview.problems).toMatchObject([
      { line: 5, field: 'Start date', message: expect.stringMatching(/31 Feb 2023 is not a day/) },
    ]);
  });

  test('an empty cell leaves the field to its default: a visit without a status is planned', async () => {
    const { db } = tempArchive();
    await importCsv(db, input('visits', 'Title,Status,City\nA,,\nB,Cancelled,Almaty\n'), {
      backup: false,
    });
    const rows = listRecords(
      db,
      parseQuery({
        table: 'visits',
        columns: ['title', 'status', 'city'],
        sort: [{ field: 'title' }],
      }),
    ).rows;
    expect(rows.map((r) => [r.title, r.status, r.city])).toEqual([
      ['A', 'planned', null],
      ['B', 'cancelled', 'Almaty'],
    ]);
  });
});

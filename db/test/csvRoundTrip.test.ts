import fs from 'node:fs';
import path from 'node:path';
import type { Database } from 'better-sqlite3';
import { describe, expect, test } from 'vitest';
import type { Query, SaveInput, TableName } from '../api.js';
import { exportCsv } from '../csv/csvExport.js';
import { importCsv } from '../csv/csvImport.js';
import { listRecords } from '../query/query.js';
import { saveRecords, undo } from '../write/write.js';
import { create } from './fixtures.js';
import { tempArchive } from './tempArchive.js';
import { parseQuery } from '../query/compileQuery.js';

const PIECES = [
  'Назарбаев',
  'Ердоган',
  'محمد بن سلمان',
  '习近平',
  '🇰🇿 делегация 🤝',
  'say "hello"',
  'a, b; c\td',
  'line one\nline two',
  'first\r\nsecond',
  'lone\rreturn',
  '=HYPERLINK("x")',
  "'apostrophe",
  '-minus',
  '@at',
  'Müller',
];

function seeded(seed: number): () => number {
  let s = seed;
  return () => (s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
}

function randomText(next: () => number, words: number): string {
  return Array.from({ length: words }, () => PIECES[Math.floor(next() * PIECES.length)]!).join(' ');
}

/** Every row a query lists, page by page, as arrays of its columns, in a stable order. */
function allRows(db: Database, query: Query & { columns: string[] }): unknown[][] {
  const rows: unknown[][] = [];
  for (let offset = 0; ; offset += 1000) {
    const page = listRecords(
      db,
      parseQuery({ ...query, limit: 1000, offset, withTotal: false }),
    ).rows;
    rows.push(...page.map((r) => query.columns.map((c) => r[c])));
    if (page.length < 1000) break;
  }
  return rows
    .map((r) => JSON.stringify(r))
    .sort()
    .map((r) => JSON.parse(r) as unknown[]);
}

async function exportThenImport(
  source: { db: Database; dir: string },
  target: Database,
  table: TableName,
  columns: string[],
) {
  const file = path.join(source.dir, `${table}.csv`);
  await exportCsv(source.db, parseQuery({ table, columns }), file, {
    dates: 'shown',
    delimiter: 'semicolon',
  });
  const bytes = fs.readFileSync(file);
  return importCsv(target, { table, file: bytes.toString('base64') }, { backup: false }).catch(
    (e: { details?: unknown }) => {
      throw new Error(JSON.stringify(e.details));
    },
  );
}

describe('a file the archive exported imports back to the same records', () => {
  test('10,000 people in every alphabet, with quotes, delimiters and line breaks', async () => {
    const next = seeded(7);
    const source = tempArchive();
    const countries = ['KZ', 'RU', 'CN', 'SA', null];
    const inputs: SaveInput[] = Array.from({ length: 10_000 }, (_, i) => ({
      table: 'people',
      values: {
        name: `${randomText(next, 2)} ${i}`,
        honorific: next() < 0.5 ? randomText(next, 1) : null,
        country: countries[i % 5] ?? null,
        // A file holds one other spelling per line, so each is one line.
        aliases:
          next() < 0.3 ? [`alias ${i}`, `${randomText(next, 2)} ${i}`.replace(/[\r\n]/g, ' ')] : [],
        notes: next() < 0.5 ? randomText(next, 6) : null,
      },
    }));
    saveRecords(source.db, inputs);
    const target = tempArchive();
    const columns = ['name', 'honorific', 'country', 'aliases', 'notes'];
    const result = await exportThenImport(source, target.db, 'people', columns);
    expect(result).toMatchObject({ rows: 10_000, encoding: 'utf-8', delimiter: 'semicolon' });
    const imported = allRows(target.db, { table: 'people', columns });
    expect(imported).toEqual(allRows(source.db, { table: 'people', columns }));
    expect(imported).toHaveLength(10_000);

    undo(target.db);
    expect(listRecords(target.db, parseQuery({ table: 'people' })).total).toBe(0);
    // 20,000 saves through the one write path: a loaded machine needs more than the default.
  }, 180_000);

  test('linked records named as the tables show them, and dates written as shown', async () => {
    const next = seeded(11);
    const source = tempArchive();
    const db = source.db;
    const people = Array.from({ length: 12 }, (_, i) =>
      create(db, 'people', {
        name: `${randomText(next, 1).replace(/[\r\n]/g, ' ')} person ${i}`,
        aliases: [`Alias ${i}`],
      }),
    );
    const ministry = create(db, 'organisations', { name: 'Министерство иностранных дел' });
    const department = create(db, 'organisations', {
      name: 'Департамент Азии',
      parent_id: ministry,
    });
    const orgs = [
      ministry,
      department,
      create(db, 'organisations', { name: '外交部', acronym: 'MFA' }),
    ];
    create(db, 'organisations', { name: 'Отдел Китая', parent_id: department });
    const dates = ['2021', '2022-03', '2023-09-19'];
    // Titles repeat in different years: a meeting's date tells its visit.
    const visits = Array.from({ length: 9 }, (_, i) => {
      const year = 2019 + i;
      const start = i % 3 === 0 ? `${year}` : i % 3 === 1 ? `${year}-03` : `${year}-09-19`;
      return {
        id: create(db, 'visits', {
          title: `Working visit ${i % 3} «${randomText(next, 1).replace(/[\r\n]/g, ' ')}»`,
          traveller_id: people[i % people.length],
          start_date: start,
          end_date: i % 3 === 2 ? `${year}-09-21` : null,
          status: 'completed',
          country: 'KZ',
        }),
        start,
      };
    });
    for (const [i, visit] of visits.entries()) {
      for (let m = 0; m < 3; m++) {
        create(db, 'meetings', {
          visit_id: visit.id,
          date: visit.start.length === 10 ? visit.start : `${visit.start.slice(0, 4)}-0${4 + m}`,
          venue: randomText(next, 2),
          summary: randomText(next, 5),
          outcomes: `${i}.${m}: ${randomText(next, 3)}`,
        });
      }
    }
    for (let i = 0; i < 6; i++) {
      create(db, 'positions', {
        person_id: people[i],
        organisation_id: orgs[i % 3],
        title: randomText(next, 2),
        start_date: dates[i % 3],
      });
      create(db, 'events', {
        title: `Forum ${i} ${randomText(next, 1)}`,
        organiser_id: orgs[i % 3],
        start_date: dates[i % 3],
        status: 'held',
      });
    }

    const target = tempArchive().db;
    const tables: [TableName, string[]][] = [
      ['people', ['name', 'aliases']],
      ['organisations', ['name', 'acronym', 'parent']],
      ['visits', ['title', 'traveller', 'start_date', 'end_date', 'status', 'country']],
      ['meetings', ['visit', 'date', 'venue', 'summary', 'outcomes']],
      ['positions', ['person', 'organisation', 'title', 'start_date']],
      ['events', ['title', 'organiser', 'start_date', 'status']],
    ];
    for (const [table, columns] of tables) {
      // Exports carry the id, times and counts too: they are left out with a note.
      const written = [...columns, 'id', 'created_at'];
      if (table === 'visits') written.push('meeting_count');
      const result = await exportThenImport(source, target, table, written);
      expect(result.columns.filter((c) => c.note).map((c) => c.header)).toEqual(
        table === 'visits' ? ['Id', 'Created', 'Meetings'] : ['Id', 'Created'],
      );
      expect([table, allRows(target, { table, columns })]).toEqual([
        table,
        allRows(db, { table, columns }),
      ]);
    }
  });
});

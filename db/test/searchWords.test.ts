// A search's last word typed past the prefix indexes (four letters or more) is asked as the whole
// words it begins, read from the meetings' word list (0009_meetings_words.sql): the list must hold
// every word the meetings hold, however they were written, or the search would miss them.
import type { Database } from 'better-sqlite3';
import { describe, expect, test } from 'vitest';
import { QuerySchema } from '../api.js';
import { derivedProblems } from '../check/derivedCheck.js';
import { rebuildDerived } from '../check/repairDerived.js';
import { listRecords, plannedQuery } from '../query/query.js';
import { saveRecord } from '../write/write.js';
import { withBulkLoad } from '../demo/demoBulkLoad.js';
import { create } from './fixtures.js';
import { tempArchive } from './tempArchive.js';

/** The meetings a search finds through the grid's query, newest first. */
function found(db: Database, search: string): string[] {
  const q = QuerySchema.parse({ table: 'meetings', search, limit: 1000, withTotal: true });
  const { rows, total } = listRecords(db, q);
  expect(total).toBe(rows.length);
  return rows.map((r) => String(r.id)).sort();
}

/** The same search asked of the meetings' own index as a prefix, as FTS5 reads it. */
function asPrefix(db: Database, match: string): string[] {
  return (
    db
      .prepare(
        `SELECT m.id FROM meetings m WHERE m.deleted_at IS NULL AND m.rid IN
          (SELECT rowid & 4294967295 FROM meetings_fts WHERE meetings_fts MATCH ?)`,
      )
      .pluck()
      .all(match) as string[]
  ).sort();
}

function meetings(db: Database): string[] {
  const visit = create(db, 'visits', { title: 'Working visit', start_date: '2024-03-01' });
  const texts = [
    { summary: 'Meeting on connectivity corridors', city: 'Astana' },
    { summary: 'Meetings of the ministers', venue: 'Café Europa' },
    { summary: 'Встреча с министром энергетики', city: 'Ташкент' },
    { summary: 'Встречи делегаций', outcomes: 'Connectivity agreement' },
    { summary: 'Ministerial meeting', atmosphere: 'Cordial' },
  ];
  return texts.map((values, i) =>
    create(db, 'meetings', { visit_id: visit, date: `2024-03-0${i + 1}`, ...values }),
  );
}

describe('a search typed past the prefix indexes', () => {
  test('is asked as the whole words its last word begins, and finds what the prefix finds', () => {
    const { db } = tempArchive();
    meetings(db);
    const q = QuerySchema.parse({ table: 'meetings', search: 'connect meeti' });
    const params = plannedQuery(db, q).params.filter((p) => typeof p === 'string');
    expect(params).toContainEqual('"connect" AND ("meeting" OR "meetings")');
    for (const [search, match] of [
      ['meeti', '"meeti" *'],
      ['connect meeti', '"connect" "meeti" *'],
      ['MINIST', '"minist" *'],
      ['cafe', '"cafe" *'],
      ['Café', '"cafe" *'],
      ['встре', '"встре" *'],
      ['Министр', '"министр" *'],
      ['"connectivity corr', '"connectivity corr" *'],
      ['zzzz', '"zzzz" *'],
    ] as const) {
      expect(found(db, search), search).toEqual(asPrefix(db, match));
    }
    expect(found(db, 'встре')).toHaveLength(2);
    expect(found(db, 'Café')).toHaveLength(1);
  });

  test('finds the words of meetings created, edited, loaded in bulk and repaired', () => {
    const { db } = tempArchive();
    const [first] = meetings(db);
    expect(found(db, 'zanzib')).toEqual([]);
    saveRecord(db, { table: 'meetings', id: first!, values: { venue: 'Zanzibari pavilion' } });
    expect(found(db, 'zanzib')).toEqual([first]);
    // An edit may take a word away: the list keeps it, and the search finds no meeting.
    saveRecord(db, { table: 'meetings', id: first!, values: { venue: 'Ægir hall' } });
    expect(found(db, 'zanzib')).toEqual([]);
    expect(found(db, 'ægir')).toEqual([first]);

    const loaded = withBulkLoad(db, ['meetings'], () =>
      create(db, 'meetings', { date: '2025-01-01', summary: 'Quadrilateral consultations' }),
    );
    expect(found(db, 'quadril')).toEqual([loaded]);

    // A word lost from the list is a meeting the search misses: the check says so, the repair
    // gives it back.
    const dance = create(db, 'meetings', { date: '2025-01-02', venue: 'Quadrille ballroom' });
    db.exec("DELETE FROM meetings_words WHERE word = 'quadrilateral'");
    expect(found(db, 'quadril')).toEqual([dance]);
    expect(derivedProblems(db)).toMatchObject([{ kind: 'words', table: 'meetings' }]);
    rebuildDerived(db);
    expect(derivedProblems(db)).toEqual([]);
    expect(found(db, 'quadril')).toEqual([loaded, dance].sort());
  });
});

import { describe, expect, test } from 'vitest';
import { derivedProblems } from '../check/derivedCheck.js';
import { openArchive } from '../open/open.js';
import { rebuildDerived } from '../check/repairDerived.js';
import { deleteRecords } from '../write/write.js';
import { create, snapshot } from './fixtures.js';
import { tempArchive, track } from './tempArchive.js';

/** One record of every table that has derived data, one meeting and one organisation trashed. */
function filled() {
  const archive = tempArchive();
  const { db } = archive;
  const org = create(db, 'organisations', { name: 'ОБСЕ', acronym: 'OSCE', aliases: ['Ärzte'] });
  const person = create(db, 'people', { name: 'Ivan IVANOV', aliases: ['И. Иванов'] });
  create(db, 'positions', {
    person_id: person,
    organisation_id: org,
    title: 'Envoy',
    start_date: '2021',
  });
  const visit = create(db, 'visits', {
    title: 'Visit to Astana',
    start_date: '2023-09',
    end_date: '2023-10-02',
  });
  create(db, 'meetings', { visit_id: visit, date: '2023-09-19', venue: 'Akimat' });
  const trashed = create(db, 'meetings', { visit_id: visit, date: '2023-09-20', summary: 'Water' });
  deleteRecords(db, { table: 'meetings', ids: [trashed] });
  create(db, 'events', { title: 'Forum', start_date: '2024-02', organiser_id: org });
  create(db, 'topics', { name: 'Connectivity' });
  create(db, 'sources', { title: 'Press release', date: '2023-09-21', text: 'The visit…' });
  return { ...archive, visit, person, trashed };
}

describe('derivedProblems', () => {
  test('a sound archive, trashed records included, has none; checking writes nothing', () => {
    const { db } = filled();
    const before = snapshot(db);
    expect(derivedProblems(db)).toEqual([]);
    expect(snapshot(db)).toBe(before);
    expect(db.prepare('SELECT count(*) FROM temp.sqlite_master').pluck().get()).toBe(0);
  });

  test('names each kind of damage with its table and record', () => {
    const { db, visit, person, trashed } = filled();
    db.exec(`
      UPDATE visits SET meeting_count = meeting_count + 5;
      UPDATE visits SET title_fold = 'x', end_date_lo = '2023-10-01';
      UPDATE people SET aliases_fold = '';
      INSERT INTO meetings_fts (meetings_fts, rowid, venue, city, summary, outcomes, atmosphere)
        SELECT 'delete', date_key, venue, city, summary, outcomes, atmosphere FROM meetings_by_date WHERE id = '${trashed}';
      DELETE FROM meetings_words WHERE word = 'akimat';
    `);
    const found = derivedProblems(db).map(({ kind, table, id }) => ({ kind, table, id }));
    expect(found).toEqual([
      { kind: 'fts', table: 'meetings', id: trashed },
      { kind: 'words', table: 'meetings', id: undefined },
      { kind: 'count', table: 'visits', id: visit },
      { kind: 'fold', table: 'visits', id: visit },
      { kind: 'span', table: 'visits', id: visit },
      { kind: 'fold', table: 'people', id: person },
    ]);
    expect(derivedProblems(db).map((p) => p.detail)).toContain(
      `visits.end_date_lo of ${visit} holds “2023-10-01”, but its end_date “2023-10-02” gives “2023-10-02”, so filters and sorts on end_date see the wrong value.`,
    );
  });

  test('sees a damaged full-text index on an archive opened for reading only', () => {
    const { db, file } = filled();
    db.exec(
      "INSERT INTO topics_fts (topics_fts, rowid, name, description) SELECT 'delete', rid, name, description FROM topics",
    );
    db.close();
    const reader = track(openArchive(file, { readonly: true }));
    expect(derivedProblems(reader)).toMatchObject([{ kind: 'fts', table: 'topics' }]);
  });

  test('rebuildDerived makes it sound again and touches no record nor the change log', () => {
    const { db } = filled();
    const sound = snapshot(db);
    db.exec(`
      UPDATE visits SET meeting_count = 7, start_date_hi = NULL;
      UPDATE organisations SET name_fold = 'osce', aliases_fold = 'ärzte x';
      UPDATE positions SET start_date_lo = '2020-01-01';
      INSERT INTO events_fts (events_fts, rowid, title, city, summary) SELECT 'delete', rid, title, city, summary FROM events;
      DELETE FROM meetings_words WHERE word = 'akimat';
    `);
    expect(derivedProblems(db)).toHaveLength(7);
    rebuildDerived(db);
    expect(derivedProblems(db)).toEqual([]);
    expect(snapshot(db)).toBe(sound);
  });
});

import { describe, expect, test } from 'vitest';
import { SCHEMA_VERSION } from '../migrate.js';
import { TABLES } from '../api.js';
import { archiveStats, checkArchive, countStatements } from '../check/stats.js';
import { deleteRecords } from '../write/write.js';
import { create } from './fixtures.js';
import { tempArchive } from './tempArchive.js';

describe('archiveStats', () => {
  test('counts live records per table, the trash and the changes', () => {
    const { db, file } = tempArchive();
    const a = create(db, 'visits', { title: 'A' });
    create(db, 'visits', { title: 'B' });
    create(db, 'people', { name: 'C' });
    deleteRecords(db, { table: 'visits', ids: [a] });
    const stats = archiveStats(db, file);
    expect(stats).toMatchObject({
      path: file,
      schemaVersion: SCHEMA_VERSION,
      inTrash: 1,
      changes: 4,
    });
    expect(stats.counts).toEqual({
      visits: 1,
      meetings: 0,
      people: 1,
      organisations: 0,
      positions: 0,
      events: 0,
      topics: 0,
      sources: 0,
    });
    expect(stats.sizeBytes).toBeGreaterThan(0);
  });

  test('counts through indexes, never reading the rows of a table', () => {
    const { db } = tempArchive();
    for (const table of TABLES) {
      const { all, trashed } = countStatements(table);
      for (const sql of [all, trashed]) {
        const plan = db
          .prepare(`EXPLAIN QUERY PLAN ${sql}`)
          .all()
          .map((row) => (row as { detail: string }).detail);
        expect(plan, `${sql}: ${plan.join('; ')}`).toEqual([
          expect.stringMatching(new RegExp(`^(SCAN|SEARCH) ${table} USING COVERING INDEX `)),
        ]);
      }
    }
  });

  test('the trash of every table counts apart from its live records', () => {
    const { db, file } = tempArchive();
    const visit = create(db, 'visits', { title: 'A' });
    create(db, 'meetings', { visit_id: visit, summary: 'kept' });
    const binned = create(db, 'meetings', { visit_id: visit, summary: 'binned' });
    const person = create(db, 'people', { name: 'D' });
    create(db, 'people', { name: 'E' });
    deleteRecords(db, { table: 'meetings', ids: [binned] });
    deleteRecords(db, { table: 'people', ids: [person] });
    const stats = archiveStats(db, file);
    expect(stats.inTrash).toBe(2);
    expect(stats.counts).toMatchObject({ visits: 1, meetings: 1, people: 1 });
  });
});

describe('checkArchive', () => {
  test('a sound archive has no problems', () => {
    const { db } = tempArchive();
    create(db, 'visits', { title: 'A' });
    expect(checkArchive(db)).toEqual({ ok: true, problems: [] });
  });

  test('finds a reference to a record that does not exist', () => {
    const { db } = tempArchive();
    db.pragma('foreign_keys = OFF');
    db.prepare(
      "INSERT INTO meetings (id, visit_id, created_at, updated_at) VALUES ('m1', 'lost-visit', 'x', 'x')",
    ).run();
    db.pragma('foreign_keys = ON');
    const result = checkArchive(db);
    expect(result.ok).toBe(false);
    expect(result.problems).toEqual([
      'A record in meetings (row 1) refers through visit_id to a record of visits that does not exist.',
    ]);
  });

  test('finds a full-text index out of step with its records', () => {
    const { db } = tempArchive();
    const indexes = db
      .prepare("SELECT name FROM sqlite_master WHERE sql LIKE 'CREATE VIRTUAL TABLE % USING fts5%'")
      .pluck()
      .all() as string[];
    if (!indexes.includes('topics_fts')) return;
    create(db, 'topics', { name: 'Water' });
    // Change the text behind the index's back: triggers fire only on the columns they watch.
    db.prepare('DELETE FROM topics_fts').run();
    const result = checkArchive(db);
    expect(result.ok).toBe(false);
    expect(result.problems[0]).toMatch(
      /^The full-text index topics_fts does not match its records/,
    );
  });

  test('lists a few derived problems of each kind and table, and counts the rest', () => {
    const { db } = tempArchive();
    for (let i = 0; i < 12; i++) create(db, 'topics', { name: `Topic ${i}` });
    db.exec("UPDATE topics SET name_fold = 'x'");
    const { ok, problems } = checkArchive(db);
    expect(ok).toBe(false);
    expect(problems).toHaveLength(11);
    expect(problems[0]).toMatch(
      /^topics\.name_fold of .* holds “x”, but its name “Topic 0” gives “topic 0”/,
    );
    expect(problems[10]).toBe('…and 2 more folded text problem(s) in topics.');
  });
});

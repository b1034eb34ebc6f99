import fs from 'node:fs';
import type { Database } from 'better-sqlite3';
import countries from 'i18n-iso-countries';
import { beforeAll, describe, expect, test } from 'vitest';
import { dateSpan } from '../values/dates.js';
import { generateDemo, type DemoResult } from '../demo/demo.js';
import { fold } from '../values/fold.js';
import { schemaSnapshot } from '../schemaSnapshot.js';
import { column, newArchive, schema } from './demoArchive.js';

describe('generateDemo', () => {
  let db: Database;
  let result: DemoResult;
  const progress: [number, number][] = [];

  beforeAll(() => {
    db = newArchive();
    result = generateDemo(db, {
      visits: 1500,
      seed: 3,
      onProgress: (d, t) => progress.push([d, t]),
    });
  });

  test('writes the visits asked for, about 4.5 meetings each, and reports it', () => {
    expect(result.visits).toBe(1500);
    expect(column(db, 'SELECT count(*) FROM visits')).toEqual([1500]);
    expect(column(db, 'SELECT count(*) FROM meetings')).toEqual([result.meetings]);
    expect(result.meetings / result.visits).toBeGreaterThan(3.8);
    expect(result.meetings / result.visits).toBeLessThan(5.2);
    expect(result.rows).toBeGreaterThan(result.visits + result.meetings);
    expect(progress.at(-1)).toEqual([1500, 1500]);
  });

  test('leaves an archive that passes every check, with the schema the migrations define', () => {
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(db.pragma('foreign_key_check')).toEqual([]);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    const fts = column(
      db,
      "SELECT name FROM sqlite_master WHERE sql LIKE 'CREATE VIRTUAL TABLE% USING fts5(%'",
    );
    for (const name of fts as string[]) {
      expect(() =>
        db.exec(`INSERT INTO ${name} (${name}, rank) VALUES ('integrity-check', 1)`),
      ).not.toThrow();
    }
    expect(schema(db)).toEqual(schema(newArchive()));
    const snapshot = fs.readFileSync(new URL('../schema.sql', import.meta.url), 'utf8');
    expect(schemaSnapshot(db)).toBe(snapshot);
    expect(column(db, 'SELECT count(*) FROM change_log')).toEqual([0]);
  });

  test('keeps the full-text indexes and the triggers working after the load', () => {
    const hits = column(
      db,
      "SELECT count(*) FROM meetings_fts WHERE meetings_fts MATCH 'connectivity'",
    );
    expect(hits[0]).toBeGreaterThan(0);
    const visit = db
      .prepare('SELECT id, meeting_count FROM visits WHERE meeting_count > 0 LIMIT 1')
      .get() as {
      id: string;
      meeting_count: number;
    };
    db.prepare(
      "UPDATE meetings SET deleted_at = '2026-07-02T10:00:00.000Z' WHERE visit_id = ?",
    ).run(visit.id);
    expect(column(db, `SELECT meeting_count FROM visits WHERE id = '${visit.id}'`)).toEqual([0]);
    db.prepare('UPDATE meetings SET deleted_at = NULL WHERE visit_id = ?').run(visit.id);
    expect(column(db, `SELECT meeting_count FROM visits WHERE id = '${visit.id}'`)).toEqual([
      visit.meeting_count,
    ]);
  });

  test('counts each visit’s live meetings', () => {
    const wrong = column(
      db,
      'SELECT count(*) FROM visits v WHERE meeting_count != (SELECT count(*) FROM meetings m WHERE m.visit_id = v.id AND m.deleted_at IS NULL)',
    );
    expect(wrong).toEqual([0]);
  });

  test('stores text as NFC and fills every folded and date-span shadow column as the write path would', () => {
    db.function('fold_js', (v: unknown) => (typeof v === 'string' ? fold(v) : null));
    db.function('nfc_js', (v: unknown) => (typeof v === 'string' ? v.normalize('NFC') : null));
    db.function('lo_js', (v: unknown) =>
      typeof v === 'string' ? (dateSpan(v)?.lo ?? 'bad') : null,
    );
    db.function('hi_js', (v: unknown) =>
      typeof v === 'string' ? (dateSpan(v)?.hi ?? 'bad') : null,
    );
    const tables = column(
      db,
      "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE '%fts%'",
    ) as string[];
    let checked = 0;
    for (const table of tables) {
      const cols = new Set(
        column(db, `SELECT name FROM pragma_table_info('${table}')`) as string[],
      );
      for (const c of cols) {
        const checks: string[] = [];
        if (cols.has(`${c}_fold`) && c !== 'aliases') checks.push(`${c}_fold IS NOT fold_js(${c})`);
        if (cols.has(`${c}_fold`)) checks.push(`${c} IS NOT nfc_js(${c})`);
        if (cols.has(`${c}_lo`))
          checks.push(`${c}_lo IS NOT lo_js(${c}) OR ${c}_hi IS NOT hi_js(${c})`);
        for (const check of checks) {
          checked++;
          expect([table, c, column(db, `SELECT count(*) FROM ${table} WHERE ${check}`)[0]]).toEqual(
            [table, c, 0],
          );
        }
      }
    }
    expect(checked).toBeGreaterThan(30);
    const people = db.prepare('SELECT name, aliases, aliases_fold FROM people').all() as Record<
      string,
      string
    >[];
    for (const p of people) {
      expect(p.aliases_fold).toBe((JSON.parse(p.aliases!) as string[]).map(fold).join('\n'));
      expect(p.name).toBe(p.name!.normalize('NFC'));
    }
  });

  test('names counterparts in Latin, Cyrillic, Chinese and Arabic script, with aliases', () => {
    const names = column(db, 'SELECT name FROM people') as string[];
    for (const script of [
      /\p{Script=Latin}/u,
      /\p{Script=Cyrillic}/u,
      /\p{Script=Han}/u,
      /\p{Script=Arabic}/u,
    ]) {
      expect(names.some((n) => script.test(n))).toBe(true);
    }
    const aliases = column(
      db,
      "SELECT aliases FROM people WHERE name GLOB '*[А-я]*' LIMIT 1",
    )[0] as string;
    expect((JSON.parse(aliases) as string[]).some((a) => /^[A-Za-z .-]+$/.test(a))).toBe(true);
  });

  test('holds partial dates, every status, and one head under two titles', () => {
    expect(
      column(db, 'SELECT count(*) FROM visits WHERE length(start_date) = 7')[0],
    ).toBeGreaterThan(0);
    expect(
      column(db, 'SELECT count(*) FROM visits WHERE length(start_date) = 4')[0],
    ).toBeGreaterThan(0);
    expect(column(db, 'SELECT DISTINCT status FROM visits ORDER BY 1')).toEqual([
      'cancelled',
      'completed',
      'planned',
    ]);
    expect(column(db, 'SELECT DISTINCT status FROM events ORDER BY 1')).toEqual([
      'cancelled',
      'held',
      'planned',
    ]);
    const titles = column(
      db,
      "SELECT DISTINCT title FROM meeting_participants WHERE side = 'secretariat' AND person_id = (SELECT person_id FROM positions WHERE title = 'Secretary General')",
    );
    expect(titles).toEqual(expect.arrayContaining(['Executive Director', 'Secretary General']));
    expect(
      column(db, 'SELECT count(*) FROM organisations WHERE parent_id IS NOT NULL')[0],
    ).toBeGreaterThan(0);
    expect(
      column(
        db,
        'SELECT min(substr(start_date, 1, 4)) || max(substr(start_date, 1, 4)) FROM visits',
      ),
    ).toEqual(['19992026']);
  });

  test('uses valid ISO 3166 country codes only', () => {
    const codes = column(
      db,
      'SELECT country FROM visits UNION SELECT country FROM meetings UNION SELECT country FROM people UNION SELECT country FROM organisations UNION SELECT country FROM events',
    ).filter((c) => c !== null) as string[];
    expect(codes.length).toBeGreaterThan(20);
    for (const code of codes) expect([code, countries.isValid(code)]).toEqual([code, true]);
  });
});

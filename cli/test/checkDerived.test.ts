import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import type { Database } from 'better-sqlite3';
import { backupsDir } from '../../db/backup/preMigrationBackup.js';
import { openArchive } from '../../db/open/open.js';
import { create } from '../../db/test/fixtures.js';
import { run, tempDir } from './testIo.js';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

/** An archive file with a visit, two of its meetings and a person, closed. */
async function archiveWithVisit(): Promise<{ file: string; visit: string }> {
  const dir = tempDir();
  dirs.push(dir);
  const file = path.join(dir, 'archive.db');
  expect((await run(['init', '--db', file])).code).toBe(0);
  const db = openArchive(file);
  const visit = create(db, 'visits', {
    title: 'Visit to Astana',
    city: 'Astana',
    start_date: '2023-09',
    summary: 'Talks on connectivity',
  });
  create(db, 'meetings', { visit_id: visit, date: '2023-09-19', venue: 'Ministry' });
  create(db, 'meetings', { visit_id: visit, date: '2023-09-20', venue: 'Akimat' });
  create(db, 'people', { name: 'Ivan Ivanov', aliases: ['И. Иванов'] });
  db.close();
  return { file, visit };
}

function withDb<T>(file: string, fn: (db: Database) => T): T {
  const db = openArchive(file);
  try {
    return fn(db);
  } finally {
    db.close();
  }
}

/** Ways the derived data of a record can go wrong behind the write path's back. */
const DAMAGE: Record<string, { sql: string; names: RegExp }> = {
  'a full-text entry removed': {
    sql: `INSERT INTO visits_fts (visits_fts, rowid, title, city, purpose, summary)
            SELECT 'delete', rid, title, city, purpose, summary FROM visits`,
    names: /visits_fts/,
  },
  'meeting_count off by 5': {
    sql: 'UPDATE visits SET meeting_count = meeting_count + 5',
    names: /meeting_count/,
  },
  'a changed title_fold': {
    sql: "UPDATE visits SET title_fold = 'visit to almaty'",
    names: /title_fold/,
  },
  'a wrong date-span column': {
    sql: "UPDATE visits SET start_date_hi = '2023-09-01'",
    names: /start_date_hi/,
  },
  'a changed alias fold': {
    sql: "UPDATE people SET aliases_fold = 'x'",
    names: /aliases_fold/,
  },
  "a person's spellings lost": {
    sql: "UPDATE people SET spellings_fold = ''",
    names: /spellings_fold/,
  },
};

describe('archive check sees damaged derived data', () => {
  test('a sound archive is sound, and --repair leaves it alone without a backup', async () => {
    const { file } = await archiveWithVisit();
    expect(await run(['check', '--db', file])).toMatchObject({ code: 0, err: '' });
    const repair = await run(['check', '--repair', '--db', file]);
    expect(repair).toMatchObject({ code: 0, err: '' });
    expect(repair.out).toMatch(/^Nothing to repair/);
    expect(fs.existsSync(backupsDir(file))).toBe(false);
  });

  test.each(Object.entries(DAMAGE))(
    '%s: check exits 1 naming it, --repair fixes it after a backup, without a change',
    async (_, damage) => {
      const { file, visit } = await archiveWithVisit();
      const before = withDb(file, (db) => ({
        log: db.prepare('SELECT count(*) FROM change_log').pluck().get(),
        visit: db.prepare('SELECT updated_at, meeting_count FROM visits').get(),
      }));
      withDb(file, (db) => db.exec(damage.sql));

      const found = await run(['check', '--db', file]);
      expect(found.code).toBe(1);
      expect(found.err).toMatch(damage.names);

      const repaired = await run(['check', '--repair', '--db', file]);
      expect(repaired.err).toBe('');
      expect(repaired.code).toBe(0);
      expect(repaired.out).toMatch(damage.names);
      const backups = fs.readdirSync(backupsDir(file));
      expect(backups).toEqual([expect.stringMatching(/^pre-repair-/)]);
      // The backup is the archive as it was before the repair, damage included.
      const backup = await run(['check', '--db', path.join(backupsDir(file), backups[0]!)]);
      expect(backup.code).toBe(1);
      expect(backup.err).toMatch(damage.names);

      expect(await run(['check', '--db', file])).toMatchObject({ code: 0, err: '' });
      withDb(file, (db) => {
        expect(db.prepare('SELECT count(*) FROM change_log').pluck().get()).toBe(before.log);
        expect(db.prepare('SELECT updated_at, meeting_count FROM visits').get()).toEqual(
          before.visit,
        );
        // The search finds the visit again by a word of its summary.
        const hits = db
          .prepare(
            "SELECT v.id FROM visits_fts JOIN visits v ON v.rid = visits_fts.rowid WHERE visits_fts MATCH 'connectivity'",
          )
          .pluck()
          .all();
        expect(hits).toEqual([visit]);
      });
    },
  );
});

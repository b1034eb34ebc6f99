import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import type { Database } from 'better-sqlite3';
import { TimelineSummaryInputSchema } from '../api.js';
import { derivedProblems } from '../check/derivedCheck.js';
import { rebuildDerived } from '../check/repairDerived.js';
import { generateDemo } from '../demo/demo.js';
import { MIGRATIONS_DIR, SCHEMA_VERSION } from '../migrate.js';
import { openArchive } from '../open/open.js';
import { schemaSnapshot } from '../schemaSnapshot.js';
import { timelineSummary } from '../timeline/timelineSummary.js';
import { deleteRecords, redo, restoreRecords, saveRecord, undo } from '../write/write.js';
import { emptyTrash } from '../write/emptyTrash.js';
import { create, testContext } from './fixtures.js';
import { tempArchive, tempDir, track } from './tempArchive.js';

interface Visit {
  country: string | null;
  start_date_lo: string | null;
}

/** The whole archive's picture worked out here from the live visits, one by one. */
function expected(db: Database, lanes: 'one' | 'country') {
  const visits = db
    .prepare('SELECT country, start_date_lo FROM visits WHERE deleted_at IS NULL')
    .all() as Visit[];
  const cells = new Map<string, [string, string, number]>();
  let undated = 0;
  let first: string | null = null;
  for (const v of visits) {
    if (v.start_date_lo === null) {
      undated++;
      continue;
    }
    const lane = lanes === 'country' ? (v.country ?? '') : '';
    const month = v.start_date_lo.slice(0, 7);
    const key = `${lane}\u0000${month}`;
    const cell = cells.get(key) ?? [lane, month, 0];
    cell[2]++;
    cells.set(key, cell);
    if (first === null || v.start_date_lo < first) first = v.start_date_lo;
  }
  const sorted = [...cells.values()].sort((a, b) =>
    a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] < b[1] ? -1 : 1,
  );
  return { cells: sorted, total: visits.length - undated, undated, first };
}

function picture(db: Database, lanes: 'one' | 'country') {
  const s = timelineSummary(
    db,
    TimelineSummaryInputSchema.parse({ query: { table: 'visits' }, lanes }),
  );
  return { cells: s.cells, total: s.total, undated: s.undated, first: s.first };
}

function expectInStep(db: Database, step: string): void {
  for (const lanes of ['one', 'country'] as const) {
    expect(picture(db, lanes), `${step}, lanes ${lanes}`).toEqual(expected(db, lanes));
  }
  expect(derivedProblems(db), step).toEqual([]);
}

describe("the timeline's counts of visits by country and month", () => {
  test('hold what the visits give after a demo is loaded in bulk', () => {
    const { db } = tempArchive();
    generateDemo(db, { visits: 300, seed: 3 });
    const counted = db.prepare('SELECT count(*) FROM visit_month_counts').pluck().get();
    expect(counted).toBeGreaterThan(20);
    expectInStep(db, 'after the demo');
  });

  test('follow saves, the trash, undo and redo, and the trash emptied', async () => {
    const { db } = tempArchive();
    const ctx = testContext();
    expectInStep(db, 'empty');
    const a = create(
      db,
      'visits',
      { title: 'To Astana', country: 'KZ', start_date: '2024-05-03' },
      ctx,
    );
    const b = create(
      db,
      'visits',
      { title: 'To Tashkent', country: 'UZ', start_date: '2024-05-20' },
      ctx,
    );
    const c = create(db, 'visits', { title: 'Undated', country: 'KZ' }, ctx);
    const d = create(db, 'visits', { title: 'Nowhere', start_date: '2023-11' }, ctx);
    expectInStep(db, 'four created');

    saveRecord(db, { table: 'visits', id: b, values: { country: 'KZ' } }, ctx);
    expectInStep(db, 'a country changed');
    saveRecord(db, { table: 'visits', id: a, values: { start_date: '2024-06-01' } }, ctx);
    expectInStep(db, 'a date moved to another month');
    saveRecord(db, { table: 'visits', id: c, values: { start_date: '2025-01-09' } }, ctx);
    expectInStep(db, 'a date given');
    saveRecord(db, { table: 'visits', id: d, values: { title: 'Nowhere, renamed' } }, ctx);
    expectInStep(db, 'only the title changed');
    undo(db);
    undo(db);
    expectInStep(db, 'two undone');
    redo(db);
    expectInStep(db, 'one redone');

    deleteRecords(db, { table: 'visits', ids: [a, d] }, ctx);
    expectInStep(db, 'two in the trash');
    restoreRecords(db, { table: 'visits', ids: [d] }, ctx);
    expectInStep(db, 'one restored');
    undo(db);
    expectInStep(db, 'the restore undone');
    await emptyTrash(db);
    expectInStep(db, 'the trash emptied');
    expect(db.prepare('SELECT count(*) FROM visits').pluck().get()).toBe(2);
  });

  test('damage is found by the archive check and made right by the repair', () => {
    const { db } = tempArchive();
    generateDemo(db, { visits: 60, seed: 5 });
    db.exec(`UPDATE visit_month_counts SET visits = visits + 2
               WHERE (country, month) = (SELECT country, month FROM visit_month_counts LIMIT 1)`);
    db.exec(`INSERT INTO visit_month_counts VALUES ('ZZ', '1901-01', 4)`);
    const found = derivedProblems(db).filter((p) => p.table === 'visit_month_counts');
    expect(found).toHaveLength(2);
    expect(found.map((p) => p.detail).join('\n')).toMatch(
      /4 visit\(s\) are counted for the country ZZ in the month 1901-01, but 0 live visit\(s\)/,
    );
    rebuildDerived(db);
    expectInStep(db, 'repaired');
  });

  test('an archive of version 6 is given them when it is upgraded', () => {
    const dir = tempDir();
    const v6 = path.join(dir, 'migrations-v6');
    fs.mkdirSync(v6);
    for (const name of fs.readdirSync(MIGRATIONS_DIR).filter((n) => /^000[1-6]_/.test(n))) {
      fs.copyFileSync(path.join(MIGRATIONS_DIR, name), path.join(v6, name));
    }
    const file = path.join(dir, 'archive.db');
    const old = openArchive(file, { create: true, migrationsDir: v6 });
    generateDemo(old, { visits: 120, seed: 9 });
    old.close();

    const db = track(openArchive(file));
    expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    expect(schemaSnapshot(db)).toBe(schemaSnapshot(tempArchive().db));
    expectInStep(db, 'upgraded');
  });
});

// Kills the app while it upgrades a version 1 archive through every migration and a heavy test
// one, and checks that the archive is at a version whose schema is exactly what that version's
// migrations make (untouched at version 1, or complete up to a later one), and that the backup
// taken before is sound.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { createRandom } from '../db/demo/demoRandom.js';
import { applyMigrations, listMigrations } from '../db/migrate.js';
import { openArchive } from '../db/open/open.js';
import { backupsDir } from '../db/backup/preMigrationBackup.js';
import { schemaSnapshot } from '../db/schemaSnapshot.js';
import { soundness } from './crashCheck.js';
import { runAndKill } from './crashRun.js';

const PROBE_ROWS = 200_000;

/** A last migration heavy enough to be killed in the middle: a new table and a new column. */
const PROBE_MIGRATION = `
CREATE TABLE crash_probe (n INTEGER PRIMARY KEY, v TEXT NOT NULL);
WITH RECURSIVE c(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM c WHERE n < ${PROBE_ROWS})
INSERT INTO crash_probe SELECT n, hex(randomblob(16)) FROM c;
ALTER TABLE visits ADD COLUMN crash_note TEXT;
UPDATE visits SET crash_note = title;
`;

export interface MigrationCrashCounts {
  kills: number;
  /** Kills after which the archive was still at the old version, untouched. */
  old: number;
  /** Kills after which the archive was at a version between, complete up to it. */
  partway: number;
  /** Kills after which the upgrade was found complete. */
  upgraded: number;
  /** Pre-migration backups found and checked. */
  backupsChecked: number;
  problems: string[];
}

/** The schema each version has once its migrations ran, by version. */
function schemasByVersion(migrationsDir: string): Map<number, string> {
  const schemas = new Map<number, string>();
  const migrations = listMigrations(migrationsDir);
  for (const m of migrations) {
    const db = new Database(':memory:');
    applyMigrations(db, migrations.slice(0, m.version));
    schemas.set(m.version, schemaSnapshot(db));
    db.close();
  }
  return schemas;
}

function versionState(
  file: string,
  visits: number,
  schemas: Map<number, string>,
): { version: number; problems: string[] } {
  const db = new Database(file);
  try {
    const problems = soundness(db);
    const version = db.pragma('user_version', { simple: true }) as number;
    const visitCount = db.prepare('SELECT count(*) FROM visits').pluck().get() as number;
    if (visitCount !== visits) problems.push(`${visitCount} visits instead of ${visits}`);
    const expected = schemas.get(version);
    if (expected === undefined) problems.push(`unexpected version ${version}`);
    else if (schemaSnapshot(db) !== expected) {
      problems.push(`version ${version} with a schema that is not that version's`);
    }
    if (version === schemas.size) {
      const rows = db.prepare('SELECT count(*) FROM crash_probe').pluck().get() as number;
      const same = db
        .prepare('SELECT count(*) FROM visits WHERE crash_note IS title')
        .pluck()
        .get() as number;
      if (rows !== PROBE_ROWS || same !== visits) problems.push(`version ${version} incomplete`);
    }
    return { version, problems };
  } finally {
    db.close();
  }
}

function checkBackups(file: string): { checked: number; problems: string[] } {
  const dir = backupsDir(file);
  const names = fs.existsSync(dir) ? fs.readdirSync(dir).filter((n) => n.endsWith('.db')) : [];
  const problems: string[] = [];
  for (const name of names) {
    const db = new Database(path.join(dir, name), { readonly: true });
    try {
      problems.push(...soundness(db).map((p) => `backup ${name}: ${p}`));
      if (db.pragma('user_version', { simple: true }) !== 1) {
        problems.push(`backup ${name} is not at version 1`);
      }
    } finally {
      db.close();
    }
  }
  return { checked: names.length, problems };
}

export async function runMigrationCrashes(options: {
  kills: number;
  dir: string;
  writer: string;
  seed?: number;
}): Promise<MigrationCrashCounts> {
  const shipped = path.join(path.dirname(options.writer), 'migrations');
  const migrations = path.join(options.dir, 'migrations');
  const v1 = path.join(options.dir, 'migrations-v1');
  fs.cpSync(shipped, migrations, { recursive: true });
  fs.mkdirSync(v1);
  fs.copyFileSync(path.join(shipped, '0001_init.sql'), path.join(v1, '0001_init.sql'));
  const probeVersion = listMigrations(shipped).length + 1;
  fs.writeFileSync(
    path.join(migrations, `${String(probeVersion).padStart(4, '0')}_crash_probe.sql`),
    PROBE_MIGRATION,
  );
  const schemas = schemasByVersion(migrations);
  const base = path.join(options.dir, 'base.db');
  const db = openArchive(base, { create: true, migrationsDir: v1 });
  const visits = 300;
  // Written as schema v1 holds them: today's write path writes the newest schema only.
  const insert = db.prepare(
    `INSERT INTO visits (id, title, title_fold, created_at, updated_at)
     VALUES (?, ?, ?, '2024-01-01T00:00:00.000Z', '2024-01-01T00:00:00.000Z')`,
  );
  db.transaction(() => {
    for (let i = 0; i < visits; i++) insert.run(crypto.randomUUID(), `v${i}`, `v${i}`);
  })();
  db.close();

  const file = path.join(options.dir, 'archive.db');
  const fresh = () => {
    fs.rmSync(backupsDir(file), { recursive: true, force: true });
    fs.copyFileSync(base, file);
  };
  // How long an upgrade takes here, so that kills spread over all of it.
  fresh();
  const started = Date.now();
  await runAndKill(options.writer, ['migrate', file, migrations], 60_000);
  const span = Math.max(20, Date.now() - started);

  const random = createRandom(options.seed ?? 1);
  const counts: MigrationCrashCounts = {
    kills: 0,
    old: 0,
    partway: 0,
    upgraded: 0,
    backupsChecked: 0,
    problems: [],
  };
  for (let k = 1; k <= options.kills; k++) {
    fresh();
    await runAndKill(options.writer, ['migrate', file, migrations], random.int(span), true);
    const state = versionState(file, visits, schemas);
    const backups = checkBackups(file);
    counts.kills = k;
    if (state.version === 1) counts.old++;
    else if (state.version === probeVersion) counts.upgraded++;
    else counts.partway++;
    counts.backupsChecked += backups.checked;
    counts.problems.push(...[...state.problems, ...backups.problems].map((p) => `kill ${k}: ${p}`));
  }
  return counts;
}

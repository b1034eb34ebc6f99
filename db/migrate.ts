import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Database } from 'better-sqlite3';
import { ArchiveError } from './errors.js';
import { MIGRATION_STEPS } from './migrationSteps.js';
import type { OnOpenProgress } from './open/openProgress.js';

/** One numbered SQL file of `migrations/`: `0002_add_notes.sql` is version 2. */
export interface Migration {
  version: number;
  name: string;
  file: string;
}

/**
 * Beside the running module: the build copies db/migrations next to each bundle, so this one
 * path works from source, from tests and from the bundled CLI and Electron main.
 */
export const MIGRATIONS_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'migrations');

const MIGRATION_FILE = /^(\d{4})_([a-z0-9_]+)\.sql$/;

/** The migrations of a folder in order; a gap or a duplicate number is a packaging mistake. */
export function listMigrations(dir: string = MIGRATIONS_DIR): Migration[] {
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch {
    throw new ArchiveError('internal', 'errors.migrate.migrationsMissing', { dir });
  }
  const migrations = names
    .flatMap((name) => {
      const match = MIGRATION_FILE.exec(name);
      return match ? [{ version: Number(match[1]), name, file: path.join(dir, name) }] : [];
    })
    .sort((a, b) => a.version - b.version);
  migrations.forEach((m, i) => {
    if (m.version !== i + 1) {
      throw new ArchiveError('internal', 'errors.migrate.migrationsIncomplete', {
        expected: i + 1,
        name: m.name,
      });
    }
  });
  return migrations;
}

/** The schema version this build writes: the newest migration. */
export const SCHEMA_VERSION: number = listMigrations().length;

export function schemaVersion(db: Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/**
 * Brings the schema from its current version to the newest of `migrations`, one transaction per
 * migration with `user_version` set inside it, so a failure leaves the archive at the last
 * complete version. Foreign keys are off while migrating (a migration may rebuild a table, which
 * SQLite's documented procedure requires) and checked before each commit instead. `onProgress`
 * hears each migration begin, and how far its step has gone where the step says it.
 */
export function applyMigrations(
  db: Database,
  migrations: Migration[],
  onProgress?: OnOpenProgress,
): number[] {
  const applied: number[] = [];
  const from = schemaVersion(db);
  const pending = migrations.filter((m) => m.version > from);
  if (pending.length === 0) return applied;
  const foreignKeys = db.pragma('foreign_keys', { simple: true }) as number;
  db.pragma('foreign_keys = OFF');
  try {
    for (const migration of pending) {
      const sql = fs.readFileSync(migration.file, 'utf8');
      const { version } = migration;
      const latest = migrations.length;
      onProgress?.({ phase: 'upgrading', version, latest, fraction: null });
      db.transaction(() => {
        db.exec(sql);
        MIGRATION_STEPS[version]?.(db, (fraction) =>
          onProgress?.({ phase: 'upgrading', version, latest, fraction }),
        );
        const dangling = db.pragma('foreign_key_check') as unknown[];
        if (dangling.length > 0) {
          throw new ArchiveError('internal', 'errors.migrate.upgradingArchiveSchema', {
            version: migration.version,
            count: dangling.length,
            current: migration.version - 1,
          });
        }
        db.pragma(`user_version = ${migration.version}`);
      })();
      applied.push(migration.version);
    }
  } finally {
    db.pragma(`foreign_keys = ${foreignKeys ? 'ON' : 'OFF'}`);
  }
  return applied;
}

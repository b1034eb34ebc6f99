import fs from 'node:fs';
import path from 'node:path';
import DatabaseConstructor from 'better-sqlite3';
import type { Database } from 'better-sqlite3';
import { describe, expect, test } from 'vitest';
import { backupsDir } from '../backup/preMigrationBackup.js';
import { openArchive } from '../open/open.js';
import type { OpenProgress } from '../open/openProgress.js';
import { schemaFiveArchive } from './schemaFiveArchive.js';
import { tempDir } from './tempArchive.js';

/** A connection that writes to the archive's log and leaves it there (no checkpoint of its own). */
function writerKeepingLog(file: string): Database {
  const db = new DatabaseConstructor(file);
  db.pragma('wal_autocheckpoint = 0');
  db.prepare("UPDATE meetings SET city = 'Астана' WHERE rowid <= 50").run();
  return db;
}

/** The pre-migration backup's meetings in Astana, and its own check. */
function backupHolds(file: string): { astana: number; check: string; walFlag: number } {
  const dir = backupsDir(file);
  const [name] = fs.readdirSync(dir).filter((n) => /^pre-migration-v5-.*\.db$/.test(n));
  expect(name).toBeDefined();
  const backup = path.join(dir, name!);
  const db = new DatabaseConstructor(backup, { readonly: true });
  try {
    const astana = db.prepare("SELECT count(*) FROM meetings WHERE city = 'Астана'").pluck().get();
    const check = db.pragma('integrity_check', { simple: true }) as string;
    const header = fs.readFileSync(backup).subarray(18, 20);
    return { astana: astana as number, check, walFlag: header[0]! };
  } finally {
    db.close();
  }
}

describe('the backup taken before an upgrade', () => {
  test('says how far the copy has gone, and holds what was still in the log', () => {
    const file = schemaFiveArchive(tempDir(), 2000);
    const writer = writerKeepingLog(file);
    expect(fs.statSync(`${file}-wal`).size).toBeGreaterThan(0);
    const heard: OpenProgress[] = [];
    try {
      openArchive(file, { onProgress: (p) => heard.push(p) }).close();
    } finally {
      writer.close();
    }
    // Copied, then the copy checked, then the migrations.
    const phases = heard.map((p) => p.phase).filter((p, i, all) => p !== all[i - 1]);
    expect(phases.slice(0, 4)).toEqual(['checking', 'backingUp', 'checkingBackup', 'upgrading']);
    const copying = heard.filter((p) => p.phase === 'backingUp');
    expect(copying[0]).toEqual({ phase: 'backingUp', fraction: null });
    const fractions = copying.slice(1).map((p) => (p.phase === 'backingUp' ? p.fraction : null));
    expect(fractions.length).toBeGreaterThan(10);
    expect(fractions.every((f, i) => f !== null && f > 0 && f > (fractions[i - 1] ?? 0))).toBe(
      true,
    );
    expect(fractions.at(-1)).toBe(1);
    // The backup opens on its own (no log beside it), whole, with the log's changes in it.
    expect(backupHolds(file)).toEqual({ astana: 50, check: 'ok', walFlag: 1 });
  });

  test('is still whole when another reader keeps the log from being emptied', () => {
    const file = schemaFiveArchive(tempDir(), 500);
    const writer = writerKeepingLog(file);
    const reader = new DatabaseConstructor(file, { readonly: true });
    reader.exec('BEGIN');
    reader.prepare('SELECT count(*) FROM meetings').get();
    writer.prepare("UPDATE meetings SET city = 'Астана' WHERE rowid <= 70").run();
    try {
      openArchive(file).close();
    } finally {
      reader.exec('COMMIT');
      reader.close();
      writer.close();
    }
    expect(backupHolds(file)).toEqual({ astana: 70, check: 'ok', walFlag: 1 });
  });
});

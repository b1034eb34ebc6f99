/**
 * The large archive for the grid's benchmark, at the schema this build reads: web mode refuses
 * an archive it would have to upgrade when it opens it read-only, and bench.db is never written
 * here, so a copy is upgraded instead and kept until bench.db or the schema changes.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { applyMigrations, listMigrations, SCHEMA_VERSION, schemaVersion } from '../db/migrate.js';

const here = path.dirname(fileURLToPath(import.meta.url));

function versionOf(file: string): number {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    return schemaVersion(db);
  } finally {
    db.close();
  }
}

/** A copy of `benchFile` at the current schema, made (about a minute for 3 GB) when missing. */
export function gridArchive(benchFile: string): string {
  const copy = path.join(path.dirname(benchFile), 'grid-bench.db');
  const fresh =
    fs.existsSync(copy) &&
    fs.statSync(copy).mtimeMs >= fs.statSync(benchFile).mtimeMs &&
    versionOf(copy) === SCHEMA_VERSION;
  if (fresh) return copy;
  console.log(`Copying ${path.basename(benchFile)} to ${path.basename(copy)} to upgrade it...`);
  for (const suffix of ['', '-wal', '-shm']) fs.rmSync(copy + suffix, { force: true });
  fs.copyFileSync(benchFile, copy, fs.constants.COPYFILE_FICLONE);
  const wal = `${benchFile}-wal`;
  if (fs.existsSync(wal) && fs.statSync(wal).size > 0) fs.copyFileSync(wal, `${copy}-wal`);
  const db = new Database(copy);
  try {
    applyMigrations(db, listMigrations());
    db.pragma('wal_checkpoint(TRUNCATE)');
  } finally {
    db.close();
  }
  return copy;
}

export interface GridServer {
  url: string;
  stop(): Promise<void>;
}

const READY = /^Secretariat Archive: .+ at (http:\/\/127\.0\.0\.1:\d+\/\?token=\S+)$/m;

/** Web mode on `file`, read-only, in its own process as `archive serve` runs. */
export function startGridServer(file: string, rendererDir: string): Promise<GridServer> {
  const child: ChildProcess = spawn(
    process.execPath,
    ['--import', 'tsx', path.join(here, 'gridServer.ts'), file, rendererDir],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
      out += chunk;
      const url = READY.exec(out)?.[1];
      if (url) resolve({ url, stop });
    });
    child.once('exit', (code) => reject(new Error(`The grid's server exited (${code}).\n${out}`)));
  });
}

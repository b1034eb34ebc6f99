import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { openArchive } from '../../db/open/open.js';
import { saveRecords } from '../../db/write/write.js';
import { tempDir } from './testIo.js';

const root = path.resolve(import.meta.dirname, '..', '..');

/** The CLI as a user other than root when the tests run as root (for whom nothing is read-only). */
function cli(args: string[]): { code: number | null; out: string; err: string } {
  const asRoot = process.getuid?.() === 0;
  const ran = spawnSync(
    process.execPath,
    ['--import', 'tsx', path.join(import.meta.dirname, 'runCli.ts'), ...args],
    { cwd: root, encoding: 'utf8', ...(asRoot ? { uid: 65534, gid: 65534 } : {}) },
  );
  return { code: ran.status, out: ran.stdout, err: ran.stderr };
}

/** An archive with one topic, closed, in a folder its user may read but not write. */
function archiveInReadOnlyFolder(): string {
  const dir = tempDir();
  const file = path.join(dir, 'archive.db');
  const db = openArchive(file, { create: true });
  saveRecords(db, [{ table: 'topics', values: { name: 'Energy' } }]);
  db.close();
  fs.chmodSync(file, 0o666);
  fs.chmodSync(dir, 0o555);
  return file;
}

describe('an archive in a folder the user may not write to', () => {
  test('answers every command that only reads, saying nothing of saving', () => {
    const file = archiveInReadOnlyFolder();
    const out = tempDir();
    fs.chmodSync(out, 0o777);
    const runs = [
      cli(['list', 'topics', '--db', file, '--json']),
      cli(['stats', '--db', file]),
      cli(['check', '--db', file]),
      cli(['export', 'topics', '--db', file, '--out', path.join(out, 'topics.csv')]),
    ];
    for (const run of runs) {
      expect(run.err).not.toMatch(/saved|read-only/);
      expect(run.code).toBe(0);
    }
    expect(JSON.parse(runs[0]!.out).rows.map((r: { name: string }) => r.name)).toEqual(['Energy']);
    expect(fs.readFileSync(path.join(out, 'topics.csv'), 'utf8')).toContain('Energy');
    expect(fs.readdirSync(path.dirname(file))).toEqual(['archive.db']);
  });

  test('refuses a change at once, naming the folder as the reason', () => {
    const file = archiveInReadOnlyFolder();
    const csvDir = tempDir();
    fs.chmodSync(csvDir, 0o755);
    const csv = path.join(csvDir, 'topics.csv');
    fs.writeFileSync(csv, 'name\nTransport\n', { mode: 0o644 });
    const run = cli(['import-csv', 'topics', csv, '--db', file]);
    expect(run.code).toBe(1);
    expect(run.err).toContain(
      `Nothing was changed. The folder ${path.dirname(file)} that holds the archive cannot be written to`,
    );
    expect(run.err).not.toMatch(/archive file is read-only/);
  });
});

import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import DatabaseConstructor from 'better-sqlite3';
import { describe, expect, test } from 'vitest';
import { SCHEMA_VERSION } from '../../db/migrate.js';
import { schemaFiveArchive } from '../../db/test/schemaFiveArchive.js';
import type { CliIo } from '../cliIo.js';
import { serve } from '../serve.js';
import { tempDir } from './testIo.js';

const root = path.resolve(import.meta.dirname, '..', '..');

function cli(args: string[]): { code: number | null; out: string; err: string } {
  const ran = spawnSync(
    process.execPath,
    ['--import', 'tsx', path.join(import.meta.dirname, 'runCli.ts'), ...args],
    { cwd: root, encoding: 'utf8', env: { ...process.env, LANG: 'C.UTF-8' } },
  );
  return { code: ran.status, out: ran.stdout, err: ran.stderr };
}

describe('a command on an archive of an older schema', () => {
  test('says the upgrade on stderr as it goes, then works on the upgraded archive', () => {
    const file = schemaFiveArchive(tempDir(), 600);
    const run = cli(['stats', '--db', file]);
    expect(run.code).toBe(0);
    expect(run.out).toMatch(/600/);
    const said = run.err.trimEnd().split('\n');
    expect(said.slice(0, 2)).toEqual([
      'Checking the archive before upgrading it…',
      'Backing up the archive before upgrading it…',
    ]);
    // The backup's copy says its tenths, as a migration does.
    const copied = said.slice(2).filter((line) => line.startsWith('Backing up'));
    expect(copied.at(-1)).toBe('Backing up the archive before upgrading it: 100% copied');
    const copiedPercents = copied.map((line) => Number(/: (\d+)% copied$/.exec(line)?.[1]));
    expect(copiedPercents.every((p, i) => p % 10 === 0 && p > (copiedPercents[i - 1] ?? 0))).toBe(
      true,
    );
    expect(said[2 + copied.length]).toBe('Checking the backup before upgrading the archive…');
    const lines = [said[0]!, said[1]!, ...said.slice(3 + copied.length)];
    expect(lines[2]).toBe(`Upgrading the archive to schema version 6 of ${SCHEMA_VERSION}…`);
    expect(lines.at(-1)).toBe(`The archive is upgraded to schema version ${SCHEMA_VERSION}.`);
    // The migrations after 6 say their phase; 6, which fills the trigram indexes, and 8, which
    // fills the meetings' full-text index in date order, their tenths.
    const later = Array.from({ length: SCHEMA_VERSION - 6 }, (_, i) => i + 7);
    const phases = later.map(
      (v) => `Upgrading the archive to schema version ${v} of ${SCHEMA_VERSION}…`,
    );
    expect(lines.slice(3, -1).filter((line) => line.endsWith('…'))).toEqual(phases);
    const percents = new Map<number, number[]>();
    for (const line of lines.slice(3, -1)) {
      if (phases.includes(line)) continue;
      const tenth = /^Upgrading the archive to schema version (6|8) of \d+: (\d+)% done$/.exec(
        line,
      );
      expect(tenth, line).not.toBeNull();
      const version = Number(tenth?.[1]);
      percents.set(version, [...(percents.get(version) ?? []), Number(tenth?.[2])]);
    }
    expect([...percents.keys()]).toEqual([6, 8]);
    for (const tenths of percents.values()) {
      // One line for each tenth, no more: a million rows say as much as a few hundred.
      expect(tenths.length).toBeGreaterThanOrEqual(5);
      expect(tenths.length).toBeLessThanOrEqual(10);
      expect(tenths.every((p, i) => p % 10 === 0 && p > (tenths[i - 1] ?? 0))).toBe(true);
      expect(tenths.at(-1)).toBe(100);
    }

    const db = new DatabaseConstructor(file, { readonly: true });
    expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    db.close();
    // Once upgraded, it opens saying nothing.
    const again = cli(['stats', '--db', file]);
    expect(again.code).toBe(0);
    expect(again.err).toBe('');
  });
});

describe('archive serve on an archive of an older schema', () => {
  test('says the upgrade on stderr before it prints its address', async () => {
    const file = schemaFiveArchive(tempDir(), 300);
    const said: string[] = [];
    const stop = new AbortController();
    const io: CliIo = {
      out: (line) => {
        said.push(`out: ${line}`);
        stop.abort();
      },
      err: (line) => void said.push(line),
      env: {},
      signal: stop.signal,
    };
    const renderer = path.join(tempDir(), 'renderer');
    fs.mkdirSync(renderer);
    fs.writeFileSync(path.join(renderer, 'index.html'), '<!doctype html><title>Archive</title>');
    const location = { file, explicit: true };
    expect(await serve({ location, port: 0, open: false, rendererDir: renderer }, io)).toBe(0);

    expect(said.slice(0, 2)).toEqual([
      'Checking the archive before upgrading it…',
      'Backing up the archive before upgrading it…',
    ]);
    const done = said.indexOf(`The archive is upgraded to schema version ${SCHEMA_VERSION}.`);
    expect(done).toBeGreaterThan(2);
    expect(said.slice(0, done).filter((line) => / 6 of \d+: 100% done$/.test(line))).toHaveLength(
      1,
    );
    expect(said[done + 1]).toMatch(/^out: /);
  });
});

import fs from 'node:fs';
import path from 'node:path';
import DatabaseConstructor from 'better-sqlite3';
import type { Database } from 'better-sqlite3';
import { describe, expect, test } from 'vitest';
import { SCHEMA_VERSION } from '../migrate.js';
import { openArchive } from '../open/open.js';
import type { OpenProgress } from '../open/openProgress.js';
import { schemaFiveArchive } from './schemaFiveArchive.js';
import { tempDir } from './tempArchive.js';

const TRIGRAM_TABLES = ['meetings_trigram', 'visits_trigram'].flatMap((index) =>
  ['data', 'idx', 'docsize', 'config'].map((part) => `${index}_${part}`),
);

/** Every row of the trigram indexes' own tables, as bytes. */
function trigramContent(db: Database): string {
  return JSON.stringify(
    TRIGRAM_TABLES.map((table) =>
      db
        .prepare(`SELECT * FROM ${table} ORDER BY 1, 2`)
        .raw()
        .all()
        .map((row) => (row as unknown[]).map((v) => (Buffer.isBuffer(v) ? v.toString('hex') : v))),
    ),
  );
}

describe('upgrading a version 5 archive', () => {
  test('says each phase, and how far the index build has gone', () => {
    const dir = tempDir();
    const file = schemaFiveArchive(dir, 400);
    const heard: OpenProgress[] = [];
    openArchive(file, { onProgress: (p) => heard.push(p) }).close();

    expect(heard.slice(0, 2)).toEqual([
      { phase: 'checking' },
      { phase: 'backingUp', fraction: null },
    ]);
    // The backup says how far its copy has gone, then that it checks the copy, then the
    // migrations begin.
    const migrating = heard.findIndex((p) => p.phase === 'upgrading');
    expect(heard[migrating - 1]).toEqual({ phase: 'checkingBackup' });
    const copied = heard.slice(2, migrating - 1);
    expect(copied.length).toBeGreaterThan(0);
    expect(copied.every((p) => p.phase === 'backingUp' && p.fraction !== null)).toBe(true);
    expect(copied.at(-1)).toEqual({ phase: 'backingUp', fraction: 1 });
    expect(heard[migrating]).toEqual({
      phase: 'upgrading',
      version: 6,
      latest: SCHEMA_VERSION,
      fraction: null,
    });
    // Migrations 6 and 8 say how far their index builds have gone; the others only their phase.
    const later = heard
      .slice(migrating + 1)
      .filter(
        (p) =>
          p.phase !== 'upgrading' || (p.version !== 6 && (p.version !== 8 || p.fraction === null)),
      );
    expect(later).toEqual(
      Array.from({ length: SCHEMA_VERSION - 6 }, (_, i) => ({
        phase: 'upgrading',
        version: 7 + i,
        latest: SCHEMA_VERSION,
        fraction: null,
      })),
    );
    const fractions = heard
      .slice(migrating + 1)
      .flatMap((p) => (p.phase === 'upgrading' && p.version === 6 ? [p.fraction] : []));
    expect(fractions.length).toBeGreaterThan(10);
    expect(fractions.every((f, i) => f !== null && f > 0 && f >= (fractions[i - 1] ?? 0))).toBe(
      true,
    );
    expect(fractions.at(-1)).toBe(1);
    const dated = heard.flatMap((p) =>
      p.phase === 'upgrading' && p.version === 8 && p.fraction !== null ? [p.fraction] : [],
    );
    expect(dated.length).toBeGreaterThan(10);
    expect(dated.every((f, i) => f > 0 && f >= (dated[i - 1] ?? 0))).toBe(true);
    expect(dated.at(-1)).toBe(1);
    // Opened again, a current archive says nothing.
    const again: OpenProgress[] = [];
    openArchive(file, { onProgress: (p) => again.push(p) }).close();
    expect(again).toEqual([]);
  });

  test('the indexes it fills are byte for byte what FTS5 rebuilds', () => {
    const dir = tempDir();
    const file = schemaFiveArchive(dir, 1500);
    openArchive(file).close();
    const copy = path.join(dir, 'rebuilt.db');
    fs.copyFileSync(file, copy);
    const upgraded = new DatabaseConstructor(file, { readonly: true });
    const rebuilt = new DatabaseConstructor(copy);
    try {
      rebuilt.exec("INSERT INTO meetings_trigram (meetings_trigram) VALUES ('rebuild')");
      rebuilt.exec("INSERT INTO visits_trigram (visits_trigram) VALUES ('rebuild')");
      const filled = trigramContent(upgraded);
      expect(upgraded.prepare('SELECT count(*) FROM meetings_trigram_docsize').pluck().get()).toBe(
        1500,
      );
      expect(filled).toBe(trigramContent(rebuilt));
    } finally {
      upgraded.close();
      rebuilt.close();
    }
  });
});

import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { ArchiveError } from '../errors.js';
import { SCHEMA_VERSION } from '../migrate.js';
import { openArchive } from '../open/open.js';
import { openArchiveOrReadOnly } from '../open/openArchiveOrReadOnly.js';
import { tempArchive, tempDir } from './tempArchive.js';

function digest(file: string): string {
  return crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');
}

/**
 * An archive whose newer schema is still in its write-ahead log, as a newer version leaves it
 * when it stops without checkpointing: the file and its log copied while the writer had them open
 * (only this test's own copy is read with fs, never a file SQLite has open in it).
 */
function newerInLog(): string {
  const { db, file } = tempArchive();
  db.pragma('wal_autocheckpoint = 0');
  db.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
  const copy = path.join(tempDir(), 'newer.db');
  fs.copyFileSync(file, copy);
  fs.copyFileSync(`${file}-wal`, `${copy}-wal`);
  db.close();
  return copy;
}

describe('an archive of a newer version whose change is still in its log', () => {
  test.each([
    ['openArchive', (file: string) => openArchive(file)],
    ['openArchive, creating', (file: string) => openArchive(file, { create: true })],
    ['openArchive, read-only', (file: string) => openArchive(file, { readonly: true })],
    ['openArchiveOrReadOnly', (file: string) => openArchiveOrReadOnly(file)],
  ])('is refused by %s, and neither the file nor its log change', (_, open) => {
    const file = newerInLog();
    const before = [digest(file), digest(`${file}-wal`)];
    expect(fs.statSync(`${file}-wal`).size).toBeGreaterThan(0);
    let refused: unknown;
    try {
      open(file);
    } catch (e) {
      refused = e;
    }
    expect(refused).toBeInstanceOf(ArchiveError);
    expect((refused as ArchiveError).code).toBe('archive_newer');
    expect([digest(file), digest(`${file}-wal`)]).toEqual(before);
  });
});

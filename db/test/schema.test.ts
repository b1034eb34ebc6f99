import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { SCHEMA_VERSION, listMigrations } from '../migrate.js';
import { schemaSnapshot } from '../schemaSnapshot.js';
import { tempArchive } from './tempArchive.js';

const schemaFile = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'schema.sql');

describe('db/schema.sql', () => {
  test('is what migrating an empty archive produces', () => {
    const { db } = tempArchive();
    const expected = fs.readFileSync(schemaFile, 'utf8');
    expect(
      schemaSnapshot(db) === expected,
      'db/schema.sql is out of date with db/migrations: run `npm run schema` and commit the result',
    ).toBe(true);
  });

  test('the schema version is the newest migration, and a new archive has it', () => {
    const { db } = tempArchive();
    expect(SCHEMA_VERSION).toBe(listMigrations().at(-1)?.version);
    expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
  });
});

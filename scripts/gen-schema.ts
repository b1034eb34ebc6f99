/**
 * Writes db/schema.sql: the schema every migration together produces, so that a reader (and a
 * reviewer of a new migration) sees the current schema in one place. Run with `npm run schema`.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { applyMigrations, listMigrations } from '../db/migrate.js';
import { schemaSnapshot } from '../db/schemaSnapshot.js';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const db = new Database(':memory:');
applyMigrations(db, listMigrations());
const out = path.join(root, 'db', 'schema.sql');
fs.writeFileSync(out, schemaSnapshot(db));
db.close();
console.log(`Wrote ${path.relative(root, out)}`);

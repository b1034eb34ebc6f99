import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { QuerySchema } from '../api.js';
import type { Query } from '../api.js';
import { MIGRATIONS_DIR } from '../migrate.js';
import { openArchive } from '../open/open.js';
import { listRecords } from '../query/query.js';
import { checkArchive } from '../check/stats.js';
import { redo, saveRecord, undo } from '../write/write.js';
import { create, refusal } from './fixtures.js';
import { tempArchive, tempDir, track } from './tempArchive.js';
import type { Database } from 'better-sqlite3';

function found(db: Database, query: Query): unknown[] {
  return listRecords(db, QuerySchema.parse(query)).rows.map((r) => r.id);
}

describe('other spellings', () => {
  test('find a person by any of them, in full or by the start of a word', () => {
    const { db } = tempArchive();
    const id = create(db, 'people', { name: 'Alexander Pankin', aliases: ['Aleksandr Pankin'] });
    create(db, 'people', { name: 'Alexander Lukin' });
    for (const search of [
      'Aleksandr Pankin',
      'Alexander Pankin',
      'Aleksandr P',
      'aleksandr pank',
    ]) {
      expect(found(db, { table: 'people', search }), search).toEqual([id]);
    }
    // "Aleks" starts both Alexanders, Alexander being Aleksander in another spelling.
    expect(found(db, { table: 'people', search: 'Aleks' })).toHaveLength(2);
  });

  test('find an organisation by any of them, and follow its edits, undo and redo', () => {
    const { db } = tempArchive();
    const id = create(db, 'organisations', {
      name: 'Organization for Security and Co-operation in Europe',
      aliases: ['ОБСЕ', 'Organisation pour la sécurité et la coopération en Europe', 'ОБСЕ', ' '],
    });
    const stored = db.prepare('SELECT aliases, aliases_fold FROM organisations').get();
    expect(stored).toEqual({
      aliases: '["ОБСЕ","Organisation pour la sécurité et la coopération en Europe"]',
      aliases_fold: 'обсе\norganisation pour la sécurité et la coopération en europe',
    });
    for (const search of ['обсе', 'securite', 'Organisation pour', 'coop']) {
      expect(found(db, { table: 'organisations', search }), search).toEqual([id]);
    }
    expect(
      found(db, {
        table: 'organisations',
        where: [{ field: 'aliases', op: 'contains', value: 'Обсе' }],
      }),
    ).toEqual([id]);
    // One spelling among several is matched whole, as for people.
    expect(
      found(db, {
        table: 'organisations',
        where: [{ field: 'aliases', op: 'equals', value: 'обсе' }],
      }),
    ).toEqual([id]);
    saveRecord(db, { table: 'organisations', id, values: { aliases: ['OSCE'] } });
    expect(found(db, { table: 'organisations', search: 'обсе' })).toEqual([]);
    expect(found(db, { table: 'organisations', search: 'OSCE' })).toEqual([id]);
    undo(db);
    expect(found(db, { table: 'organisations', search: 'обсе' })).toEqual([id]);
    redo(db);
    expect(found(db, { table: 'organisations', search: 'обсе' })).toEqual([]);
    expect(checkArchive(db)).toEqual({ ok: true, problems: [] });
  });

  test('of an organisation must be a list of text', () => {
    const { db } = tempArchive();
    const error = refusal(() =>
      saveRecord(db, { table: 'organisations', values: { name: 'X', aliases: 'OSCE' } }),
    );
    expect(error.details).toMatchObject([
      { path: 'values.aliases', message: 'Other spellings must be a list of text.' },
    ]);
  });
});

describe('upgrading a version 1 archive', () => {
  test('gives its organisations no other spellings, and keeps them searchable', () => {
    const dir = tempDir();
    const v1 = path.join(dir, 'migrations-v1');
    fs.mkdirSync(v1);
    fs.copyFileSync(path.join(MIGRATIONS_DIR, '0001_init.sql'), path.join(v1, '0001_init.sql'));
    const file = path.join(dir, 'archive.db');
    const old = openArchive(file, { create: true, migrationsDir: v1 });
    old
      .prepare(
        `INSERT INTO organisations (id, name, name_fold, acronym, acronym_fold, created_at, updated_at)
         VALUES ('o1', 'Shanghai Cooperation Organisation', 'shanghai cooperation organisation', 'SCO', 'sco', 'x', 'x')`,
      )
      .run();
    old.close();
    const db = track(openArchive(file));
    expect(db.prepare('SELECT aliases, aliases_fold FROM organisations').get()).toEqual({
      aliases: '[]',
      aliases_fold: '',
    });
    expect(found(db, { table: 'organisations', search: 'Shanghai' })).toEqual(['o1']);
    expect(found(db, { table: 'organisations', search: 'SCO' })).toEqual(['o1']);
    saveRecord(db, { table: 'organisations', id: 'o1', values: { aliases: ['ШОС'] } });
    expect(found(db, { table: 'organisations', search: 'шос' })).toEqual(['o1']);
    expect(checkArchive(db)).toEqual({ ok: true, problems: [] });
  });
});

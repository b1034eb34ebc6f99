import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, test } from 'vitest';
import { listBackups } from '../backup/backupRotation.js';
import { emptyTrash } from '../write/emptyTrash.js';
import { backupsDir } from '../backup/preMigrationBackup.js';
import { listRecords } from '../query/query.js';
import { QuerySchema } from '../api.js';
import { callApi, createHandlers } from '../service.js';
import { checkArchive } from '../check/stats.js';
import { deleteRecords, redo, restoreRecords, saveRecord, undo } from '../write/write.js';
import { create, snapshot } from './fixtures.js';
import { tempArchive } from './tempArchive.js';

function count(db: Database.Database, sql: string, ...params: unknown[]): number {
  return db
    .prepare(`SELECT count(*) FROM ${sql}`)
    .pluck()
    .get(...params) as number;
}

function exists(db: Database.Database, table: string, id: string): boolean {
  return count(db, `${table} WHERE id = ?`, id) === 1;
}

describe('emptying the trash', () => {
  test('backs up first, then deletes every trashed record and its links for good', async () => {
    const { db } = tempArchive();
    const person = create(db, 'people', { name: 'Ruslan Ivanov' });
    const topic = create(db, 'topics', { name: 'Connectivity' });
    const source = create(db, 'sources', { title: 'Press release' });
    const visit = create(db, 'visits', {
      title: 'Visit to Dushanbe',
      traveller_id: person,
      topic_ids: [topic],
      source_ids: [source],
    });
    const meeting = create(db, 'meetings', {
      visit_id: visit,
      date: '2023-04-02',
      venue: 'Palace of Nations',
      participants: [{ person_id: person }],
      topic_ids: [topic],
      source_ids: [source],
    });
    const live = create(db, 'visits', { title: 'Visit to Minsk' });
    deleteRecords(db, { table: 'visits', ids: [visit], meetings: 'trash' });
    deleteRecords(db, { table: 'people', ids: [person] });
    deleteRecords(db, { table: 'topics', ids: [topic] });
    deleteRecords(db, { table: 'sources', ids: [source] });
    const logged = count(db, 'change_log');

    const result = await emptyTrash(db);

    expect(result).toMatchObject({ deleted: 5, kept: 0 });
    expect(result.backup.kind).toBe('pre-empty-trash');
    const [backup] = listBackups(db.name);
    expect(path.basename(backup!.file)).toBe(result.backup.name);
    // The backup holds what the trash held.
    const copy = new Database(backup!.file, { readonly: true });
    expect(
      copy.prepare('SELECT id FROM visits WHERE deleted_at IS NOT NULL').pluck().all(),
    ).toEqual([visit]);
    copy.close();
    for (const [table, id] of [
      ['visits', visit],
      ['meetings', meeting],
      ['people', person],
      ['topics', topic],
      ['sources', source],
    ] as const) {
      expect(exists(db, table, id), table).toBe(false);
    }
    expect(exists(db, 'visits', live)).toBe(true);
    for (const link of ['meeting_participants', 'meeting_topics', 'visit_topics', 'source_links']) {
      expect(count(db, link), link).toBe(0);
    }
    expect(count(db, 'change_log')).toBe(logged);
    expect(checkArchive(db)).toEqual({ ok: true, problems: [] });
    const search = (table: 'visits' | 'meetings', text: string) =>
      listRecords(db, QuerySchema.parse({ table, search: text, trash: true })).total;
    expect(search('visits', 'Dushanbe')).toBe(0);
    expect(search('meetings', 'Palace')).toBe(0);
  });

  test('keeps what a live record still names, and what a kept record names', async () => {
    const { db } = tempArchive();
    const ministry = create(db, 'organisations', { name: 'Ministry of Foreign Affairs' });
    const department = create(db, 'organisations', {
      name: 'Second Asian Department',
      parent_id: ministry,
    });
    const traveller = create(db, 'people', { name: 'Kairat Sarybay' });
    const participant = create(db, 'people', { name: 'Andrey Rudenko' });
    const topic = create(db, 'topics', { name: 'Security' });
    const source = create(db, 'sources', { title: 'Minutes' });
    create(db, 'visits', { title: 'Visit', traveller_id: traveller, source_ids: [source] });
    create(db, 'positions', {
      person_id: participant,
      title: 'Director',
      organisation_id: department,
    });
    create(db, 'meetings', {
      date: '2023-01-01',
      participants: [{ person_id: participant }],
      topic_ids: [topic],
    });
    const gone = create(db, 'people', { name: 'Nobody' });
    deleteRecords(db, { table: 'organisations', ids: [ministry, department] });
    deleteRecords(db, { table: 'people', ids: [traveller, participant, gone] });
    deleteRecords(db, { table: 'topics', ids: [topic] });
    deleteRecords(db, { table: 'sources', ids: [source] });

    expect(await emptyTrash(db)).toMatchObject({ deleted: 1, kept: 6 });
    expect(exists(db, 'people', gone)).toBe(false);
    for (const [table, id] of [
      ['organisations', ministry],
      ['organisations', department],
      ['people', traveller],
      ['people', participant],
      ['topics', topic],
      ['sources', source],
    ] as const) {
      expect(exists(db, table, id), `${table} ${id}`).toBe(true);
    }
    expect(checkArchive(db)).toEqual({ ok: true, problems: [] });
  });

  test('with the backup refused, deletes nothing', async () => {
    const { db } = tempArchive();
    const topic = create(db, 'topics', { name: 'Energy' });
    deleteRecords(db, { table: 'topics', ids: [topic] });
    // A file where the backups folder should be: no backup can be written there.
    fs.writeFileSync(backupsDir(db.name), '');
    const before = snapshot(db);
    const handlers = createHandlers(db, db.name);
    const answer = await callApi(handlers, 'emptyTrash', {});
    expect(answer.ok).toBe(false);
    if (!answer.ok) expect(answer.error.message).toMatch(/\.$/);
    expect(snapshot(db)).toBe(before);
  });

  test('undo and redo of a change to a record deleted for good answer with a sentence', async () => {
    const { db } = tempArchive();
    const topic = create(db, 'topics', { name: 'Trade' });
    deleteRecords(db, { table: 'topics', ids: [topic] });
    restoreRecords(db, { table: 'topics', ids: [topic] });
    undo(db);
    await emptyTrash(db);
    expect(exists(db, 'topics', topic)).toBe(false);
    const before = snapshot(db);
    const handlers = createHandlers(db, db.name);
    const undone = await callApi(handlers, 'undo', {});
    expect(undone).toMatchObject({
      ok: false,
      error: {
        code: 'refused',
        message:
          'This change cannot be undone: the topic it changed was deleted for good when the trash was emptied. Nothing was changed.',
      },
    });
    expect(snapshot(db)).toBe(before);
    expect(() => redo(db)).toThrow(/cannot be redone/);
    expect(snapshot(db)).toBe(before);
  });

  test('undo of a change naming a record deleted for good is refused whole', async () => {
    const { db } = tempArchive();
    const person = create(db, 'people', { name: 'Person' });
    const meeting = create(db, 'meetings', {
      date: '2023-01-01',
      venue: 'Old venue',
      participants: [{ person_id: person }],
    });
    deleteRecords(db, { table: 'people', ids: [person] });
    saveRecord(db, { table: 'meetings', id: meeting, values: { participants: [], venue: 'New' } });
    await emptyTrash(db);
    expect(exists(db, 'people', person)).toBe(false);
    const before = snapshot(db);
    expect(() => undo(db)).toThrow(
      'This change cannot be undone: it names a record that was deleted for good when the trash was emptied. Nothing was changed.',
    );
    expect(snapshot(db)).toBe(before);
  });
});

import { describe, expect, test } from 'vitest';
import { deleteRecords, restoreRecords, saveRecord } from '../write/write.js';
import type { RecordDetail } from '../api.js';
import { recordHistory } from '../write/changeLog.js';
import { createHandlers } from '../service.js';
import { create, expectRefusedAndUnchanged, refusal, snapshot, testContext } from './fixtures.js';
import { tempArchive } from './tempArchive.js';

describe('saveRecord', () => {
  test('creates a record with a UUID, audit times and a create row in the change log', () => {
    const { db } = tempArchive();
    const ctx = testContext();
    const { record } = saveRecord(
      db,
      { table: 'visits', values: { title: 'Working visit to Astana', start_date: '2023-09' } },
      ctx,
    );
    expect(record.id).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
    expect(record).toMatchObject({
      title: 'Working visit to Astana',
      status: 'planned',
      created_at: '2026-01-01T09:00:00.000Z',
      updated_at: '2026-01-01T09:00:00.000Z',
      deleted_at: null,
    });
    const [change, ...rest] = recordHistory(db, 'visits', String(record.id));
    expect(rest).toEqual([]);
    expect(change).toMatchObject({ op: 'create', before: null, user: 'registry', undone: 0 });
    expect(JSON.parse(change!.after!)).toMatchObject({ title: 'Working visit to Astana' });
  });

  test('an update changes only the given values and logs before and after', () => {
    const { db } = tempArchive();
    const ctx = testContext();
    const id = create(db, 'visits', { title: 'Visit', city: 'Baku', country: 'AZ' }, ctx);
    const { record } = saveRecord(db, { table: 'visits', id, values: { city: 'Ganja' } }, ctx);
    expect(record).toMatchObject({ title: 'Visit', city: 'Ganja', country: 'AZ' });
    expect(record.updated_at).toBe('2026-01-01T09:00:01.000Z');
    const update = recordHistory(db, 'visits', id)[1]!;
    expect(update.op).toBe('update');
    expect(JSON.parse(update.before!)).toMatchObject({ city: 'Baku' });
    expect(JSON.parse(update.after!)).toMatchObject({ city: 'Ganja' });
  });

  test('saving unchanged values writes no change', () => {
    const { db } = tempArchive();
    const id = create(db, 'topics', { name: 'Connectivity' });
    saveRecord(db, { table: 'topics', id, values: { name: 'Connectivity' } });
    expect(recordHistory(db, 'topics', id)).toHaveLength(1);
  });

  test('text is stored NFC and every shadow column follows it', () => {
    const { db } = tempArchive();
    const decomposed = 'Ре\u0301зник'.normalize('NFD');
    const person = create(db, 'people', {
      name: 'ИВАНОВ',
      aliases: ['Ivanov', ' Иванов А. ', 'Ivanov', ''],
      notes: `  ${decomposed}  `,
    });
    const row = db.prepare('SELECT * FROM people WHERE id = ?').get(person) as Record<
      string,
      string
    >;
    expect(row.name_fold).toBe('иванов');
    expect(row.notes).toBe(decomposed.normalize('NFC'));
    expect(row.notes_fold).toBe(decomposed.normalize('NFC').toLowerCase());
    expect(JSON.parse(row.aliases!)).toEqual(['Ivanov', 'Иванов А.']);
    expect(row.aliases_fold).toBe('ivanov\nиванов а.');
    const visit = create(db, 'visits', { title: 'Ärzte', start_date: '2024-02', end_date: '2024' });
    const v = db.prepare('SELECT * FROM visits WHERE id = ?').get(visit) as Record<string, string>;
    expect(v).toMatchObject({ title_fold: 'ärzte', start_date_lo: '2024-02-01' });
    expect(v).toMatchObject({
      start_date_hi: '2024-02-29',
      end_date_lo: '2024-01-01',
      end_date_hi: '2024-12-31',
    });
    saveRecord(db, { table: 'visits', id: visit, values: { start_date: null, title: 'ÉTÉ' } });
    const after = db.prepare('SELECT * FROM visits WHERE id = ?').get(visit) as Record<
      string,
      unknown
    >;
    expect(after).toMatchObject({ title_fold: 'été', start_date_lo: null, start_date_hi: null });
  });

  test('country codes are kept in capitals', () => {
    const { db } = tempArchive();
    const id = create(db, 'people', { name: 'A', country: 'kz' });
    expect(db.prepare('SELECT country FROM people WHERE id = ?').pluck().get(id)).toBe('KZ');
  });

  test('a meeting saves its participants and topics with it', () => {
    const { db } = tempArchive();
    const person = create(db, 'people', { name: 'Aliya' });
    const org = create(db, 'organisations', { name: 'Ministry of Foreign Affairs' });
    const topic = create(db, 'topics', { name: 'Food security' });
    const meeting = create(db, 'meetings', {
      date: '2023-05-02',
      participants: [{ person_id: person, organisation_id: org, title: 'Deputy Minister' }],
      topic_ids: [topic],
    });
    const rows = db.prepare('SELECT * FROM meeting_participants WHERE meeting_id = ?').all(meeting);
    expect(rows).toMatchObject([
      {
        person_id: person,
        organisation_id: org,
        title: 'Deputy Minister',
        side: 'counterpart',
        ord: 0,
      },
    ]);
    const topics = db.prepare('SELECT topic_id FROM meeting_topics WHERE meeting_id = ?').pluck();
    expect(topics.all(meeting)).toEqual([topic]);
  });

  test('an update of an unknown or trashed record is not_found; a stale edit is a conflict', () => {
    const { db } = tempArchive();
    const ctx = testContext();
    expect(
      refusal(() => saveRecord(db, { table: 'topics', id: 'nope', values: { name: 'x' } })).code,
    ).toBe('not_found');
    const id = create(db, 'topics', { name: 'Energy' }, ctx);
    const opened = Number(db.prepare('SELECT version FROM topics').pluck().get());
    saveRecord(db, { table: 'topics', id, values: { description: 'Grids' } }, ctx);
    const stale = refusal(() =>
      saveRecord(
        db,
        { table: 'topics', id, values: { name: 'Power' }, expectedVersion: opened },
        ctx,
      ),
    );
    expect(stale.code).toBe('conflict');
    expect(db.prepare('SELECT name FROM topics').pluck().get()).toBe('Energy');
    db.prepare("UPDATE topics SET deleted_at = 'x'").run();
    expect(refusal(() => saveRecord(db, { table: 'topics', id, values: { name: 'y' } })).code).toBe(
      'not_found',
    );
  });
});

describe('a stale edit', () => {
  test('is refused even when both saves land in the same millisecond', () => {
    const { db } = tempArchive();
    const frozen = { user: 'registry', now: () => '2026-01-01T09:00:00.000Z' };
    const id = create(db, 'topics', { name: 'Energy' }, frozen);
    const handlers = createHandlers(db, ':memory:');
    // What an editor read, and sends back with its save.
    const { record } = handlers.getRecord({ table: 'topics', id }) as RecordDetail;
    const edit = (values: Record<string, unknown>) =>
      saveRecord(
        db,
        { table: 'topics', id, values, expectedVersion: Number(record.version) },
        frozen,
      );
    edit({ description: 'Grids' });
    expect(refusal(() => edit({ name: 'Power' })).code).toBe('conflict');
    expect(db.prepare('SELECT name, description FROM topics').get()).toEqual({
      name: 'Energy',
      description: 'Grids',
    });
  });
});

describe('deleteRecords and restoreRecords', () => {
  test('move records to the trash and back, each with a logged before and after', () => {
    const { db } = tempArchive();
    const ctx = testContext();
    const id = create(db, 'people', { name: 'Person', aliases: ['P.'] }, ctx);
    expect(deleteRecords(db, { table: 'people', ids: [id, id] }, ctx)).toEqual({ count: 1 });
    const row = db.prepare('SELECT deleted_at, updated_at FROM people WHERE id = ?');
    expect(row.get(id)).toEqual({
      deleted_at: '2026-01-01T09:00:01.000Z',
      updated_at: '2026-01-01T09:00:01.000Z',
    });
    // Deleting what is already in the trash changes nothing.
    expect(deleteRecords(db, { table: 'people', ids: [id] }, ctx)).toEqual({ count: 0 });
    expect(restoreRecords(db, { table: 'people', ids: [id] }, ctx)).toEqual({ count: 1 });
    expect(row.get(id)).toMatchObject({ deleted_at: null });
    const [, deleted, restored, ...rest] = recordHistory(db, 'people', id);
    expect(rest).toEqual([]);
    expect(deleted).toMatchObject({ op: 'delete', user: 'registry' });
    expect(JSON.parse(deleted!.before!)).toMatchObject({ deleted_at: null, aliases: ['P.'] });
    expect(JSON.parse(deleted!.after!)).toMatchObject({ deleted_at: '2026-01-01T09:00:01.000Z' });
    expect(restored).toMatchObject({ op: 'restore' });
    expect(JSON.parse(restored!.after!)).toMatchObject({ deleted_at: null });
  });

  test('a visit with meetings is refused until the user says what becomes of them', () => {
    const { db } = tempArchive();
    const visit = create(db, 'visits', { title: 'Visit' });
    create(db, 'meetings', { visit_id: visit });
    expectRefusedAndUnchanged(
      db,
      () => deleteRecords(db, { table: 'visits', ids: [visit] }),
      'refused',
      'This visit has 1 meeting. Choose whether it goes to the trash with it or stays without a visit.',
    );
  });

  test('an unknown id refuses the whole request and writes nothing', () => {
    const { db } = tempArchive();
    const id = create(db, 'topics', { name: 'Energy' });
    const before = snapshot(db);
    const error = refusal(() => deleteRecords(db, { table: 'topics', ids: [id, 'ghost'] }));
    expect(error.code).toBe('not_found');
    expect(error.details).toMatchObject([
      { path: 'ids.1', message: 'There is no topic with the id ghost.' },
    ]);
    expect(snapshot(db)).toBe(before);
  });
});

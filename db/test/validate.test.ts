import { describe, expect, test } from 'vitest';
import type { Database } from 'better-sqlite3';
import { saveRecord } from '../write/write.js';
import { create, refusal, snapshot } from './fixtures.js';
import { tempArchive } from './tempArchive.js';

function refusedSave(db: Database, input: Parameters<typeof saveRecord>[1]) {
  const before = snapshot(db);
  const changes = db.prepare('SELECT count(*) FROM change_log').pluck();
  const logged = changes.get();
  const error = refusal(() => saveRecord(db, input));
  expect(snapshot(db)).toBe(before);
  expect(changes.get()).toBe(logged);
  return error;
}

describe('a refused save', () => {
  test('lists every problem at once and writes nothing', () => {
    const { db } = tempArchive();
    create(db, 'visits', { title: 'Existing visit' });
    const error = refusedSave(db, {
      table: 'visits',
      values: {
        start_date: '2023-02-30',
        end_date: 'next spring',
        country: 'XX',
        agenda: 'talks',
        traveller_id: 'no-such-person',
        status: 'postponed',
      },
    });
    expect(error.code).toBe('validation_failed');
    expect(error.message).toBe('The visit was not saved: 7 problems to fix.');
    expect(Object.fromEntries(error.details!.map((d) => [d.path, d.message]))).toEqual({
      'values.agenda':
        'There is no field "agenda" on visits. Fields you can set: “title”, “traveller_id”, “city”, “country”, “start_date”, “end_date”, “purpose”, “summary”, “status”, “topic_ids”, and “source_ids”.',
      'values.traveller_id':
        'Traveller: there is no person with the id no-such-person in the archive.',
      'values.country':
        'Country "XX" is not a country we know. Write its name, such as Kazakhstan, or its two-letter code, KZ.',
      'values.start_date':
        'Start date 2023-02-30 is not a day of the calendar. Check the day and the month.',
      'values.end_date':
        'End date "next spring" is not a date. Write it as a year, a month or a day: 2023, 2023-09 or 2023-09-19.',
      'values.status':
        'Status "postponed" is not one of the choices: Planned, Completed, or Cancelled.',
      'values.title': 'Title is required.',
    });
  });

  test('a status emptied or a participant without a person is refused with a sentence', () => {
    const { db } = tempArchive();
    const id = create(db, 'visits', { title: 'Visit' });
    const emptied = refusedSave(db, { table: 'visits', id, values: { status: null } });
    expect(emptied.details).toMatchObject([
      {
        path: 'values.status',
        message: 'Status cannot be empty. Choose one of: Planned, Completed, or Cancelled.',
      },
    ]);
    const nobody = refusedSave(db, {
      table: 'meetings',
      values: { date: '2024-01-01', participants: [{ person_id: '' }, { title: 'Minister' }] },
    });
    expect(nobody.details?.map((d) => d.message)).toEqual([
      'Participant 1: Person: choose who took part.',
      'Participant 2: Person: choose who took part.',
    ]);
    expect(db.prepare('SELECT count(*) FROM meetings').pluck().get()).toBe(0);
  });

  test('an end date before the start date is refused, on create and on update', () => {
    const { db } = tempArchive();
    const error = refusedSave(db, {
      table: 'events',
      values: { title: 'Forum', start_date: '2024-05-10', end_date: '2024-04' },
    });
    expect(error.details).toMatchObject([
      { path: 'values.end_date', message: 'End date 2024-04 is before start date 2024-05-10.' },
    ]);
    // A partial end date that covers the start is not before it.
    const id = create(db, 'events', {
      title: 'Forum',
      start_date: '2024-05-10',
      end_date: '2024-05',
    });
    const update = refusedSave(db, { table: 'events', id, values: { start_date: '2025' } });
    expect(update.details?.[0]?.path).toBe('values.end_date');
  });

  test('references must exist and not be in the trash', () => {
    const { db } = tempArchive();
    const person = create(db, 'people', { name: 'Trashed Person' });
    db.prepare("UPDATE people SET deleted_at = '2026-01-01T00:00:00.000Z'").run();
    const error = refusedSave(db, {
      table: 'meetings',
      values: {
        visit_id: 'missing-visit',
        participants: [{ person_id: person }, { person_id: 'ghost', side: 'host' }],
        topic_ids: ['missing-topic'],
      },
    });
    expect(error.details?.map((d) => d.path)).toEqual([
      'values.visit_id',
      'values.participants.0.person_id',
      'values.participants.1.side',
      'values.topic_ids.0',
    ]);
    expect(error.details?.[1]?.message).toBe(
      `Participant 1: the person ${person} is in the trash. Restore it first, or choose another.`,
    );
  });

  test('required fields of every table', () => {
    const { db } = tempArchive();
    const required: [Parameters<typeof saveRecord>[1]['table'], string[]][] = [
      ['people', ['values.name']],
      ['organisations', ['values.name']],
      ['positions', ['values.person_id', 'values.title']],
      ['events', ['values.title']],
      ['topics', ['values.name']],
      ['sources', ['values.title']],
      ['meetings', ['values.date']],
    ];
    for (const [table, paths] of required) {
      const error = refusedSave(db, { table, values: {} });
      expect(
        error.details?.map((d) => d.path),
        table,
      ).toEqual(paths);
    }
    // Blank text is no value.
    expect(refusedSave(db, { table: 'topics', values: { name: '   ' } }).details).toMatchObject([
      { path: 'values.name', message: 'Name is required.' },
    ]);
  });

  test('an organisation cannot be its own ancestor', () => {
    const { db } = tempArchive();
    const ministry = create(db, 'organisations', { name: 'Ministry' });
    const department = create(db, 'organisations', { name: 'Department', parent_id: ministry });
    const desk = create(db, 'organisations', { name: 'Desk', parent_id: department });
    expect(
      refusedSave(db, { table: 'organisations', id: ministry, values: { parent_id: desk } })
        .details?.[0]?.path,
    ).toBe('values.parent_id');
    expect(
      refusedSave(db, { table: 'organisations', id: ministry, values: { parent_id: ministry } })
        .details?.[0]?.message,
    ).toBe('An organisation cannot be its own parent.');
  });

  test('values of the wrong type and malformed input are refused', () => {
    const { db } = tempArchive();
    const error = refusedSave(db, {
      table: 'people',
      values: { name: 42, aliases: 'Ivanov', country: ['KZ'] },
    });
    expect(error.details?.map((d) => d.path)).toEqual([
      'values.name',
      'values.aliases',
      'values.country',
    ]);
    const malformed = refusal(() => saveRecord(db, { table: 'nope', values: {} } as never));
    expect(malformed.code).toBe('invalid_input');
  });
});

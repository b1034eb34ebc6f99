import { describe, expect, test } from 'vitest';
import { generateDemo } from '../demo/demo.js';
import { recordHistory } from '../write/history.js';
import { callApi, createHandlers } from '../service.js';
import { deleteRecords, restoreRecords, saveRecord, undo } from '../write/write.js';
import { create, refusal, testContext } from './fixtures.js';
import { tempArchive } from './tempArchive.js';

describe('recordHistory', () => {
  test('lists a record’s changes oldest first, with the fields each one changed', () => {
    const { db } = tempArchive();
    const ctx = testContext();
    const topic = create(db, 'topics', { name: 'Connectivity' }, ctx);
    const id = create(db, 'visits', { title: 'Visit to Almaty', start_date: '2023-09' }, ctx);
    saveRecord(
      db,
      {
        table: 'visits',
        id,
        values: { title: 'Visit to Astana', start_date: '2023-09-19', topic_ids: [topic] },
      },
      ctx,
    );
    deleteRecords(db, { table: 'visits', ids: [id] }, ctx);
    restoreRecords(db, { table: 'visits', ids: [id] }, ctx);

    const history = recordHistory(db, { table: 'visits', id });
    expect(history.map((h) => h.op)).toEqual(['create', 'update', 'delete', 'restore']);
    expect(history.map((h) => h.seq)).toEqual([...history.map((h) => h.seq)].sort((a, b) => a - b));
    expect(history[0]).toMatchObject({ user: 'registry', at: '2026-01-01T09:00:01.000Z' });
    expect(history[0]?.undone).toBe(false);
    // A create lists the values it set; the archive's own columns are left out.
    expect(history[0]?.changes).toEqual([
      { field: 'title', before: null, after: 'Visit to Almaty' },
      { field: 'start_date', before: null, after: '2023-09' },
      { field: 'status', before: null, after: 'planned' },
    ]);
    expect(history[1]?.changes).toEqual([
      { field: 'title', before: 'Visit to Almaty', after: 'Visit to Astana' },
      { field: 'start_date', before: '2023-09', after: '2023-09-19' },
      { field: 'topic_ids', before: [], after: [topic] },
    ]);
    // Moving to the trash and back changes no field: the op says what happened.
    expect(history[2]?.changes).toEqual([]);
    expect(history[3]?.changes).toEqual([]);
    expect(history[1]?.txn).not.toBe(history[0]?.txn);
  });

  test('a meeting’s participants are one field, compared by what they say', () => {
    const { db } = tempArchive();
    const person = create(db, 'people', { name: 'Kairat Umarov' });
    const org = create(db, 'organisations', { name: 'Ministry of Foreign Affairs' });
    const id = create(db, 'meetings', {
      date: '2023-09-19',
      participants: [{ person_id: person, title: 'Deputy Minister' }],
    });
    const [p] = db.prepare('SELECT id FROM meeting_participants').pluck().all() as string[];
    saveRecord(db, {
      table: 'meetings',
      id,
      values: {
        participants: [{ id: p, person_id: person, title: 'Minister', organisation_id: org }],
      },
    });
    const [, update] = recordHistory(db, { table: 'meetings', id });
    expect(update?.changes).toEqual([
      {
        field: 'participants',
        before: [
          {
            id: p,
            person_id: person,
            organisation_id: null,
            title: 'Deputy Minister',
            side: 'counterpart',
          },
        ],
        after: [
          {
            id: p,
            person_id: person,
            organisation_id: org,
            title: 'Minister',
            side: 'counterpart',
          },
        ],
      },
    ]);
  });

  test('an undone change is marked, and stays listed until a new action replaces it', () => {
    const { db } = tempArchive();
    const id = create(db, 'topics', { name: 'Security' });
    saveRecord(db, { table: 'topics', id, values: { description: 'Regional security' } });
    undo(db);
    const history = recordHistory(db, { table: 'topics', id });
    expect(history.map((h) => [h.op, h.undone])).toEqual([
      ['create', false],
      ['update', true],
    ]);
  });

  test('a record with no logged change has an empty history; an unknown one is not found', async () => {
    const { db, file } = tempArchive();
    generateDemo(db, { visits: 3, seed: 2 });
    const visit = db.prepare('SELECT id FROM visits LIMIT 1').pluck().get() as string;
    expect(recordHistory(db, { table: 'visits', id: visit })).toEqual([]);
    expect(refusal(() => recordHistory(db, { table: 'visits', id: 'ghost' })).code).toBe(
      'not_found',
    );
    const answer = await callApi(createHandlers(db, file), 'recordHistory', {
      table: 'visits',
      id: 'ghost',
    });
    expect(answer).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });
});

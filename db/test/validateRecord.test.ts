import { describe, expect, test } from 'vitest';
import type { Database } from 'better-sqlite3';
import type { SaveInput } from '../api.js';
import { ArchiveError } from '../errors.js';
import { callApi, createHandlers } from '../service.js';
import { validateRecord } from '../write/validateRecord.js';
import { deleteRecords, saveRecord } from '../write/write.js';
import { create, refusal, snapshot } from './fixtures.js';
import { tempArchive } from './tempArchive.js';

/** An archive with a few linked records, and the ids of them. */
function archive() {
  const { db, file } = tempArchive();
  const person = create(db, 'people', { name: 'Kairat Umarov' });
  const ministry = create(db, 'organisations', { name: 'Ministry of Foreign Affairs' });
  const department = create(db, 'organisations', { name: 'Department', parent_id: ministry });
  const visit = create(db, 'visits', { title: 'Visit to Astana', start_date: '2023-09' });
  const topic = create(db, 'topics', { name: 'Connectivity' });
  const trashed = create(db, 'topics', { name: 'Old topic' });
  deleteRecords(db, { table: 'topics', ids: [trashed] });
  return { db, file, person, ministry, department, visit, topic, trashed };
}

const ROLL_BACK = new Error('roll back');

/** What saveRecord refuses the input with: its details, or [] when it would save (rolled back). */
function saveProblems(db: Database, input: SaveInput): unknown[] {
  const before = snapshot(db);
  let details: unknown[] = [];
  try {
    db.transaction(() => {
      try {
        saveRecord(db, input);
      } catch (e) {
        if (!(e instanceof ArchiveError) || e.code !== 'validation_failed') throw e;
        details = e.details ?? [];
      }
      throw ROLL_BACK;
    })();
  } catch (e) {
    if (e !== ROLL_BACK) throw e;
  }
  expect(snapshot(db)).toBe(before);
  return details;
}

describe('validateRecord', () => {
  test('lists exactly the problems saveRecord would refuse with', () => {
    const a = archive();
    const inputs: SaveInput[] = [
      { table: 'visits', values: {} },
      {
        table: 'visits',
        values: {
          start_date: '2023-02-30',
          end_date: 'soon',
          country: 'XX',
          agenda: 'x',
          traveller_id: 'ghost',
          status: 'postponed',
        },
      },
      { table: 'visits', values: { title: 'T', start_date: '2024-05-10', end_date: '2024-04' } },
      { table: 'visits', id: a.visit, values: { end_date: '2023-08' } },
      { table: 'meetings', values: { city: 'Astana' } },
      {
        table: 'meetings',
        values: {
          visit_id: a.visit,
          participants: [
            { person_id: a.person, organisation_id: 'no-org' },
            { person_id: 'ghost', side: 'host' },
            { title: 'Minister' },
          ],
          topic_ids: [a.topic, a.trashed, 'missing'],
        },
      },
      { table: 'meetings', values: { date: '2023', participants: 'everyone' } },
      { table: 'organisations', id: a.ministry, values: { parent_id: a.department } },
      { table: 'organisations', id: a.ministry, values: { parent_id: a.ministry } },
      { table: 'people', values: { name: '', aliases: 'not a list' } },
      { table: 'positions', values: { person_id: a.person } },
    ];
    for (const input of inputs) {
      const expected = saveProblems(a.db, input);
      expect(expected.length).toBeGreaterThan(0);
      expect(validateRecord(a.db, input).problems).toEqual(expected);
    }
  });

  test('a valid create or update has no problems, and nothing is written', () => {
    const a = archive();
    const before = snapshot(a.db);
    const valid: SaveInput[] = [
      { table: 'visits', values: { title: 'Visit to Bishkek', start_date: '2024-03' } },
      {
        table: 'meetings',
        values: {
          visit_id: a.visit,
          participants: [{ person_id: a.person, organisation_id: a.ministry, title: 'Minister' }],
          topic_ids: [a.topic],
        },
      },
      { table: 'visits', id: a.visit, values: { city: 'Astana' } },
    ];
    for (const input of valid) {
      expect(validateRecord(a.db, input)).toEqual({ problems: [] });
      expect(saveProblems(a.db, input)).toEqual([]);
    }
    expect(snapshot(a.db)).toBe(before);
  });

  test('an update of a record that is gone, trashed or changed since is refused as a save is', () => {
    const a = archive();
    const cases: SaveInput[] = [
      { table: 'topics', id: a.trashed, values: { name: 'x' } },
      { table: 'visits', id: 'ghost', values: { title: 'x' } },
      { table: 'visits', id: a.visit, values: { title: 'x' }, expectedVersion: 7 },
    ];
    for (const input of cases) {
      const saved = refusal(() => saveRecord(a.db, input));
      expect(refusal(() => validateRecord(a.db, input)).code).toBe(saved.code);
    }
  });

  test('through the API', async () => {
    const a = archive();
    const handlers = createHandlers(a.db, a.file);
    const result = await callApi(handlers, 'validateRecord', {
      table: 'visits',
      values: { start_date: '2023-13' },
    });
    expect(result.ok && result.value.problems.map((p) => p.path)).toEqual([
      'values.start_date',
      'values.title',
    ]);
  });
});

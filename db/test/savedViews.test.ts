import { describe, expect, test } from 'vitest';
import type { Database } from 'better-sqlite3';
import type { SaveViewInput } from '../api.js';
import { deleteView, listViews, saveView } from '../settings/savedViews.js';
import { callApi, createHandlers } from '../service.js';
import { tempArchive } from './tempArchive.js';
import { refusal } from './fixtures.js';

const russia2021: SaveViewInput = {
  name: 'Russia 2021',
  table: 'visits',
  state: {
    where: [
      { field: 'country', op: 'in', value: ['RU'] },
      { field: 'start_date', op: 'between', value: ['2021', '2021-12-31'] },
    ],
    sort: [{ field: 'start_date', dir: 'desc' }],
    columns: ['title', 'start_date'],
    widths: { title: 300 },
  },
};

function rows(db: Database): unknown[] {
  return db.prepare('SELECT * FROM saved_views ORDER BY rid').all();
}

describe('saved views', () => {
  test('a new view gets an id and comes back with its state, defaults filled in', () => {
    const { db } = tempArchive();
    const view = saveView(db, { ...russia2021, state: { where: [], search: 'forum' } });
    expect(view.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(view).toMatchObject({ name: 'Russia 2021', table: 'visits' });
    expect(view.state).toEqual({ where: [], search: 'forum', sort: [], columns: [], widths: {} });
    expect(listViews(db, { table: 'visits' })).toEqual([view]);
  });

  test('keeps filters, sort, columns and widths as given', () => {
    const { db } = tempArchive();
    const view = saveView(db, russia2021);
    const [listed] = listViews(db, {});
    expect(listed?.state).toEqual({ search: '', ...russia2021.state });
    expect(listed?.id).toBe(view.id);
  });

  test('with an id, renames and rewrites the view in place', () => {
    const { db } = tempArchive();
    const first = saveView(db, russia2021);
    const renamed = saveView(db, {
      id: first.id,
      name: '  Russia, all years ',
      table: 'visits',
      state: { where: [{ field: 'country', op: 'equals', value: 'RU' }] },
    });
    expect(renamed.id).toBe(first.id);
    expect(renamed.name).toBe('Russia, all years');
    expect(renamed.created_at).toBe(first.created_at);
    expect(renamed.state.where).toEqual([{ field: 'country', op: 'equals', value: 'RU' }]);
    expect(listViews(db, {})).toHaveLength(1);
  });

  test('lists by name, ignoring case, and by table when asked', () => {
    const { db } = tempArchive();
    for (const name of ['beta', 'Alpha', 'Émile', 'gamma']) {
      saveView(db, { name, table: 'visits', state: {} });
    }
    saveView(db, { name: 'Almaty meetings', table: 'meetings', state: {} });
    expect(listViews(db, { table: 'visits' }).map((v) => v.name)).toEqual([
      'Alpha',
      'beta',
      'Émile',
      'gamma',
    ]);
    expect(listViews(db, {}).map((v) => v.name)).toEqual([
      'Almaty meetings',
      'Alpha',
      'beta',
      'Émile',
      'gamma',
    ]);
    expect(listViews(db, { table: 'people' })).toEqual([]);
  });

  test('a name used by another view of the table is refused, whatever its case', () => {
    const { db } = tempArchive();
    saveView(db, russia2021);
    const saved = saveView(db, { name: 'Other', table: 'visits', state: {} });
    const other = { id: saved.id, name: saved.name, table: saved.table, state: saved.state };
    const before = rows(db);
    const clash = refusal(() => saveView(db, { ...russia2021, name: ' RUSSIA 2021 ' }));
    expect(clash.code).toBe('conflict');
    expect(clash.message).toBe(
      'A view named “Russia 2021” already exists for Visits. Choose another name.',
    );
    expect(refusal(() => saveView(db, { ...other, name: 'russia 2021' })).code).toBe('conflict');
    expect(rows(db)).toEqual(before);
    // The same name on another table, or the view keeping its own name, is fine.
    saveView(db, { ...russia2021, table: 'meetings', state: {} });
    saveView(db, { ...other, name: 'OTHER' });
  });

  test('fields the table does not have are refused, wherever the state names them', () => {
    const { db } = tempArchive();
    const bad: SaveViewInput['state'][] = [
      { where: [{ field: 'nope', op: 'equals', value: 'x' }] },
      { sort: [{ field: 'date', dir: 'asc' }] },
      { columns: ['title', 'venue'] },
      { widths: { budget: 100 } },
    ];
    const paths = bad.map((state) => {
      const e = refusal(() => saveView(db, { name: 'Bad', table: 'visits', state }));
      expect(e.code).toBe('invalid_input');
      expect(e.message).toMatch(/^The view “Bad” was not saved: The table visits has no field/);
      return e.details?.[0]?.path;
    });
    expect(paths).toEqual([
      'state.where.0.field',
      'state.sort.0.field',
      'state.columns.1',
      'state.widths.budget',
    ]);
    expect(rows(db)).toEqual([]);
  });

  test('a filter that cannot run is refused', () => {
    const { db } = tempArchive();
    const e = refusal(() =>
      saveView(db, {
        name: 'Bad',
        table: 'visits',
        state: { where: [{ field: 'start_date', op: 'contains', value: '2021' }] },
      }),
    );
    expect(e.details?.[0]?.path).toBe('state.where.0.op');
    expect(rows(db)).toEqual([]);
  });

  test('an unknown id is refused with not_found, on save and on delete', () => {
    const { db } = tempArchive();
    expect(refusal(() => saveView(db, { ...russia2021, id: 'gone' })).code).toBe('not_found');
    expect(refusal(() => deleteView(db, { id: 'gone' })).code).toBe('not_found');
    expect(rows(db)).toEqual([]);
  });

  test('delete removes the view', () => {
    const { db } = tempArchive();
    const view = saveView(db, russia2021);
    expect(deleteView(db, { id: view.id })).toEqual({ count: 1 });
    expect(listViews(db, {})).toEqual([]);
  });

  test('through the API, and out of the change log', async () => {
    const { db, file } = tempArchive();
    const handlers = createHandlers(db, file);
    const saved = await callApi(handlers, 'saveView', russia2021);
    expect(saved.ok).toBe(true);
    const listed = await callApi(handlers, 'listViews', { table: 'visits' });
    expect(listed.ok && listed.value.map((v) => v.name)).toEqual(['Russia 2021']);
    const clash = await callApi(handlers, 'saveView', russia2021);
    expect(clash).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(db.prepare('SELECT count(*) FROM change_log').pluck().get()).toBe(0);
  });
});

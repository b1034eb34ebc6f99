import type Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { API_METHODS, type ApiMethod } from '../../db/api.js';
import { callApi, type Handlers } from '../../db/service.js';
import { openDemoArchive, type DemoArchive } from './demoArchive.js';
import { archiveDigest } from './archiveDigest.js';

const INJECTION = 'title; DROP TABLE visits--';
const query = { table: 'visits' };
const queryInputs: unknown[] = [
  null,
  'visits',
  [],
  {},
  { table: 'nope' },
  { table: 'change_log' },
  { ...query, limit: '5' },
  { ...query, limit: 100_000 },
  { ...query, offset: -1 },
  { ...query, extra: 1 },
  { ...query, where: [{ field: INJECTION, op: 'equals', value: 'x' }] },
  { ...query, where: [{ field: 'title', op: 'like', value: 'x' }] },
  { ...query, where: [{ field: 'title', op: 'equals', value: { $ne: 1 } }] },
  { ...query, where: [{ field: 'title', op: 'equals', value: 'x', sql: '1=1' }] },
  { ...query, sort: [{ field: INJECTION }] },
  { ...query, sort: [{ field: 'title', dir: 'up' }] },
  { ...query, columns: [INJECTION] },
  { ...query, search: 42 },
];
const ids = { table: 'visits', ids: ['x'] };
const idsInputs: unknown[] = [
  {},
  { table: 'visits' },
  { table: 'visits', ids: [] },
  { table: 'visits', ids: 'x' },
  { table: 'visits', ids: [1] },
  { table: 'nope', ids: ['x'] },
  { ...ids, extra: true },
];
const empty: unknown[] = [null, 'x', [], { x: 1 }];

/** Inputs every method must refuse: wrong types, unknown keys, unknown fields, SQL as a name. */
const MALFORMED: Record<ApiMethod, unknown[]> = {
  listRecords: queryInputs,
  countRecords: queryInputs,
  getRecord: [
    {},
    { table: 'visits' },
    { table: 'visits', id: 5 },
    { table: 'visits', id: '' },
    { table: 'change_log', id: 'x' },
    { table: 'visits', id: 'x', extra: 1 },
  ],
  saveRecord: [
    {},
    { table: 'visits' },
    { table: 'visits', values: 'x' },
    { table: 'nope', values: { title: 'x' } },
    { table: 'visits', values: { [INJECTION]: 'x' } },
    { table: 'visits', values: { title: 'x' }, extra: 1 },
    { table: 'visits', id: 5, values: { title: 'x' } },
  ],
  deleteRecords: [...idsInputs, { ...ids, meetings: 'drop' }, { ...ids, meetings: null }],
  restoreRecords: idsInputs,
  undo: empty,
  redo: empty,
  stats: empty,
  loadDemo: [null, { visits: 0 }, { visits: '10' }, { visits: 1.5 }, { seed: -1 }, { x: 1 }],
  timeline: [...queryInputs, { table: 'meetings' }],
  timelineSummary: [
    null,
    {},
    { query: { table: 'meetings' } },
    { query: { table: 'visits' }, lanes: 'region' },
    { query: { table: 'visits' }, extra: 1 },
    ...queryInputs.map((query) => ({ query })),
  ],
  exportCsv: [
    null,
    {},
    { query: { table: 'nope' } },
    { query: { table: 'visits' }, delimiter: 'pipe' },
    { query: { table: 'visits' }, dates: 'long' },
    { query: { table: 'visits' }, extra: 1 },
  ],
  listBackups: empty,
  backUpNow: empty,
  restoreBackup: [null, {}, { name: '' }, { name: 5 }, { name: 'x', extra: 1 }],
  getBackupFolder: empty,
  setBackupFolder: [null, { folder: '' }, { folder: 5 }, { create: 'yes' }, { reset: 1 }, { x: 1 }],
  readPressRelease: [null, {}, { text: '' }, { text: 5 }, { text: 'x', sourceDate: 'May' }],
  savePressRelease: [
    null,
    {},
    { draft: {} },
    { draft: { visit: { title: 'x' } } },
    { draft: 'x', extra: 1 },
  ],
  validateRecord: [
    {},
    { table: 'visits' },
    { table: 'nope', values: {} },
    { table: 'visits', values: 'x' },
  ],
  recordHistory: [{}, { table: 'visits' }, { table: 'visits', id: 5 }, { table: 'nope', id: 'x' }],
  listViews: [null, { table: 'nope' }, { x: 1 }],
  saveView: [
    {},
    { name: 'x', table: 'visits' },
    { name: '', table: 'visits', state: {} },
    { name: 'x', table: 'nope', state: {} },
    { name: 'x', table: 'visits', state: { where: 'x' } },
    { name: 'x', table: 'visits', state: { widths: { title: 1 } } },
  ],
  deleteView: [null, {}, { id: '' }, { id: 5 }, { id: 'x', extra: 1 }],
  getUiState: [null, {}, { key: '' }, { key: 'Bad Key' }, { key: INJECTION }],
  putUiState: [null, {}, { key: 'BAD', value: 1 }, { key: 'table.visits', value: 1, extra: 1 }],
  mergeRecords: [
    {},
    { table: 'visits', keepId: 'a', mergeId: 'b' },
    { table: 'people', keepId: 'a' },
    { table: 'people', keepId: '', mergeId: 'b' },
    { table: 'people', keepId: 'a', mergeId: 5 },
    { table: 'people', keepId: 'a', mergeId: 'b', extra: 1 },
  ],
  emptyTrash: empty,
  previewCsvImport: [null, {}, { table: 'nope', file: 'eA==' }, { table: 'visits', file: '' }],
  importCsv: [null, {}, { table: 'nope', file: 'eA==' }, { table: 'visits', file: 5 }],
};

let archive: DemoArchive;
let db: Database.Database;
let handlers: Handlers;

beforeAll(async () => {
  archive = await openDemoArchive({ visits: 20, seed: 7 });
  ({ db, handlers } = archive);
});

afterAll(() => archive.close());

describe('callApi', () => {
  test('has malformed inputs for every method', () => {
    expect(Object.keys(MALFORMED).sort()).toEqual([...API_METHODS].sort());
  });

  test.each(API_METHODS)(
    '%s refuses malformed input with a typed error and changes nothing',
    async (method) => {
      const before = archiveDigest(db);
      for (const input of MALFORMED[method]) {
        const result = await callApi(handlers, method, input);
        expect(result.ok, `${method} ${JSON.stringify(input)}`).toBe(false);
        if (result.ok) continue;
        expect(['invalid_input', 'validation_failed']).toContain(result.error.code);
        expect(result.error.message).toMatch(/\.$/);
        expect(JSON.stringify(result.error)).not.toMatch(
          /\n\s+at |SQLITE_|DROP TABLE visits--\b.*FROM/,
        );
      }
      expect(archiveDigest(db)).toBe(before);
    },
  );

  test('names the problem with its path', async () => {
    const result = await callApi(handlers, 'listRecords', { table: 'visits', limit: '5' });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', details: [{ path: 'limit' }] },
    });
  });

  test('refuses an unknown method, naming the methods', async () => {
    for (const method of ['dropTables', '__proto__', 'constructor', 'toString']) {
      const result = await callApi(handlers, method, {});
      expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
      if (!result.ok) expect(result.error.message).toContain('listRecords, countRecords');
    }
  });

  test('refuses demo records in an archive that holds records', async () => {
    const before = archiveDigest(db);
    const result = await callApi(handlers, 'loadDemo', { visits: 5 });
    expect(result).toMatchObject({ ok: false, error: { code: 'refused' } });
    expect(archiveDigest(db)).toBe(before);
  });

  test('turns a failure inside a handler into an ApiError without a stack', async () => {
    const failing = {
      ...handlers,
      stats: () => {
        throw new Error('no such table: secret_internal_name');
      },
    };
    const result = await callApi(failing, 'stats', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(JSON.stringify(result)).not.toContain('secret_internal_name');
  });

  test('answers valid input with the value', async () => {
    const result = await callApi(handlers, 'countRecords', { table: 'visits' });
    expect(result).toEqual({ ok: true, value: { count: 20 } });
  });
});

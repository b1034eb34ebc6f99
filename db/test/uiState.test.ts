import { describe, expect, test } from 'vitest';
import { callApi, createHandlers } from '../service.js';
import { getUiState, putUiState } from '../settings/uiState.js';
import { tempArchive } from './tempArchive.js';

function settings(db: ReturnType<typeof tempArchive>['db']): unknown[] {
  return db.prepare('SELECT key, value FROM settings ORDER BY key').all();
}

describe('interface state', () => {
  test('a key never written answers null', () => {
    const { db } = tempArchive();
    expect(getUiState(db, { key: 'table.visits' })).toEqual({ value: null });
  });

  test('a value comes back as it was put, and a second put replaces it', () => {
    const { db } = tempArchive();
    const layout = { columns: ['title', 'city'], widths: { title: 240 }, search: 'Минск' };
    expect(putUiState(db, { key: 'table.visits', value: layout })).toEqual({ value: layout });
    expect(getUiState(db, { key: 'table.visits' })).toEqual({ value: layout });
    putUiState(db, { key: 'table.visits', value: [1, 'two', false] });
    expect(getUiState(db, { key: 'table.visits' })).toEqual({ value: [1, 'two', false] });
    expect(getUiState(db, { key: 'table.meetings' })).toEqual({ value: null });
  });

  test('keys are kept apart from other settings, under ui.', () => {
    const { db } = tempArchive();
    putUiState(db, { key: 'sidebar', value: true });
    expect(settings(db)).toEqual([{ key: 'ui.sidebar', value: 'true' }]);
  });

  test('null forgets the key', () => {
    const { db } = tempArchive();
    putUiState(db, { key: 'sidebar', value: 'wide' });
    expect(putUiState(db, { key: 'sidebar', value: null })).toEqual({ value: null });
    expect(settings(db)).toEqual([]);
  });

  test('is not in the change log, so undo never touches it', () => {
    const { db } = tempArchive();
    putUiState(db, { key: 'sidebar', value: 'wide' });
    expect(db.prepare('SELECT count(*) FROM change_log').pluck().get()).toBe(0);
  });

  test('a value over 64 KB is refused with a sentence, and nothing is written', async () => {
    const { db, file } = tempArchive();
    const handlers = createHandlers(db, file);
    await callApi(handlers, 'putUiState', { key: 'table.visits', value: 'kept' });
    const big = { search: 'x'.repeat(64 * 1024) };
    const result = await callApi(handlers, 'putUiState', { key: 'table.visits', value: big });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    if (!result.ok) expect(result.error.message).toMatch(/more than the 64 KB/);
    expect(getUiState(db, { key: 'table.visits' })).toEqual({ value: 'kept' });
  });

  test('a value of exactly 64 KB is kept', () => {
    const { db } = tempArchive();
    const value = 'x'.repeat(64 * 1024 - 2);
    expect(putUiState(db, { key: 'big', value }).value).toBe(value);
  });

  test('a value that is not JSON data is refused, and nothing is written', () => {
    const { db } = tempArchive();
    const circular: Record<string, unknown> = {};
    circular.self = circular;
    for (const value of [undefined, circular, 10n, () => 1]) {
      expect(() => putUiState(db, { key: 'odd', value })).toThrow(/not plain data/);
    }
    expect(settings(db)).toEqual([]);
  });

  test('a key the schema refuses never reaches the archive', async () => {
    const { db, file } = tempArchive();
    const result = await callApi(createHandlers(db, file), 'putUiState', {
      key: "x'; DROP TABLE settings; --",
      value: 1,
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(settings(db)).toEqual([]);
  });
});
